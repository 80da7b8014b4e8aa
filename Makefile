# `make run` opens the app, `make test` runs the checks. Both build .venv when it is missing.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint contracts bench clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || $$(tools/find-python) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,cluster]'
	touch $(STAMP)

# the system libraries of Qt's window plugin first: one line with the install command if any is missing
run: $(STAMP)
	@QT_QPA_PLATFORM= $(PY) -m ui.syscheck
	QT_QPA_PLATFORM= $(VENV)/bin/diplomat-studio

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests benchmarks tools

# The layers of app/ and the core's independence from the GUI (pyproject.toml [tool.importlinter])
contracts: $(STAMP)
	$(VENV)/bin/lint-imports

test: $(STAMP) lint contracts
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) benchmarks/render_bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# Re-extract the interface strings, fill the English and compile the committed .qm
translations: $(STAMP)
	$(PY) tools/update_translations.py
