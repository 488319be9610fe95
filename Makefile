# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

PACKAGE_STAMP := $(VENV)/.package-installed

.PHONY: run test typecheck setup translations bench clean package

run: setup
	$(BIN)/helpdesk

# The hub's tests also run against a throwaway PostgreSQL server (installed and started by
# the script when it can, skipped with a reason when it cannot).
test: setup typecheck
	bash scripts/with-postgres.sh env QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

# mypy over src/ (configured in pyproject.toml): the calls between screens and services, and
# everything else, are checked before a test runs.
typecheck: setup
	$(BIN)/mypy

setup: $(STAMP) translations

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	PYTHON=$(PYTHON) bash scripts/install-system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP) $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts sources from the code (run after changing any user-visible string).
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -extensions py -locations none src/helpdesk \
		-ts resources/translations/helpdesk_nl.ts resources/translations/helpdesk_fr.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -extensions py -locations none src/helpdesk \
		-ts resources/translations/helpdesk_en.ts
	$(BIN)/python scripts/fill_english_plurals.py resources/translations/helpdesk_en.ts

# The desk app frozen into one folder (dist/helpdesk) and a .tar.gz of it, its smoke test, the
# NSIS script compiled when makensis is there, and its size and start-up next to a frozen bare
# PySide6 window (PACKAGE_ARGS=--no-bench skips that). See docs/packaging.md.
package: setup $(PACKAGE_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/build.py $(PACKAGE_ARGS)

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install --quiet -e '.[package,test]'
	touch $(PACKAGE_STAMP)

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(QM) build dist
