# Two entry points for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test setup translations bench clean mutation

run: setup
	$(BIN)/helpdesk

# The hub's tests also run against a throwaway PostgreSQL server (installed and started by
# the script when it can, skipped with a reason when it cannot).
test: setup
	bash scripts/with-postgres.sh env QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

setup: $(STAMP) translations

$(STAMP): pyproject.toml scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
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

# Mutation testing over sync/, the period and figure code, the hub's request handling and the
# store's migration step (docs/testing.md). Too slow for CI: run it before closing an issue
# that touches them. MUTANTS='helpdesk.sync.protocol*' narrows it to one module.
mutation: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2 $(MUTANTS)
	$(BIN)/python scripts/mutation_scores.py

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) $(QM)
