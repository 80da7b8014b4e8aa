# `make run` opens the app, `make test` runs the checks. Both build .venv when it is missing.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM := ui/translations/diplomat_en.qm

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || $$(tools/find-python) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# English interface: compiled from the .ts source with Qt's lrelease at build time
$(QM): ui/translations/diplomat_en.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) $(QM)
	QT_QPA_PLATFORM= $(VENV)/bin/diplomat-studio

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests benchmarks

test: $(STAMP) $(QM) lint
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) benchmarks/render_bench.py

clean:
	rm -rf $(VENV) build *.egg-info

translations: $(STAMP)
	$(PY) tools/update_translations.py
