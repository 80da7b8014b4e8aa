# `make run` opens the app, `make test` runs the checks. Both build .venv when it is missing.
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $$(tools/find-python) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	QT_QPA_PLATFORM= $(VENV)/bin/diplomat-studio

lint: $(STAMP)
	$(VENV)/bin/ruff check app ui tests benchmarks

test: $(STAMP) lint
	$(PY) -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(PY) benchmarks/render_bench.py

clean:
	rm -rf $(VENV) build *.egg-info
