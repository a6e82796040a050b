# Sioo Desk — everything a fresh machine needs is installed by these targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= var/demo.sqlite

.PHONY: run test lint typecheck contracts pytest bench translations frozen-db screenshot clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# A plain path entry rather than setuptools' import hook: 30 ms less at every start.
	$(BIN)/python -m pip install --quiet -e ".[test]" --config-settings editable_mode=compat
	touch $(STAMP)

## make run: install, make the demo database when there is none, open the app on it.
run: $(STAMP)
	test -f $(DEMO_DB) || $(BIN)/sioo-desk --db $(DEMO_DB) demo
	$(BIN)/sioo-desk --db $(DEMO_DB)

## make test: install, lint, layer contracts, type checks and the whole suite, offscreen.
test: lint contracts typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check sioo_desk tests db/env.py
	$(BIN)/ruff format --check sioo_desk tests db/env.py

contracts: $(STAMP)
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

## make bench: start-up to first paint against a bare PySide6 window (not part of make test).
bench: $(STAMP)
	# Bytecode as an installed application has it, even where PYTHONDONTWRITEBYTECODE is set.
	$(BIN)/python -m compileall -q sioo_desk
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/bench_startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/bench_participants.py
	$(BIN)/python tests/bench/bench_schedule.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/bench_portfolio.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/bench_groups.py
	$(BIN)/python tests/bench/bench_certificates.py

## make translations: pick up new source strings into the .ts, then build the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate sioo_desk/ui/*.py sioo_desk/app.py -ts resources/translations/sioo_desk_nl.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/sioo_desk_nl.ts -qm resources/translations/sioo_desk_nl.qm

## make frozen-db: keep a database of the current schema, holding demo data, for the
## migration tests. Run it before adding a migration.
frozen-db: $(STAMP)
	$(BIN)/python -m tests.frozen_db

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache var

## make screenshot: the README's picture of the main window.
screenshot: $(STAMP)
	$(BIN)/python -m tests.screenshot
