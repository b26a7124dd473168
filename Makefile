# lexoffice-import — one target per concern. Every target creates .venv itself.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DEMO_INPUT := reference/examples/faktura-kunden.csv
DEMO_WORKBOOK := reference/examples/faktura-kunden.xlsx
DEMO_OUT   := demo-output

.PHONY: all demo test lint typecheck bench fuzz mutate check clean browser-deps locale reference-pages

all: check

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Runtime install only (what `make demo` needs).
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

# Runtime plus test, lint and type-check tools (PEP 735 dependency groups).
$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e . --group dev
	@touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	@$(PY) -m compileall -q importer schemas reference
	@$(VENV)/bin/lexoffice-import check $(DEMO_INPUT) --out $(DEMO_OUT); code=$$?; \
	  echo; echo "Exit-Code $$code (0 = bereit, 1 = bitte prüfen). Ausgaben im Ordner $(DEMO_OUT)/:"; \
	  ls -1 $(DEMO_OUT); \
	  echo; echo "Dieselben Kunden als Excel-Arbeitsmappe: $(VENV)/bin/lexoffice-import check $(DEMO_WORKBOOK) --out $(DEMO_OUT)"; \
	  test $$code -le 1

# Headless Chromium for tests/test_browser.py and tests/test_reference_print.py, and pdftoppm
# (poppler-utils) for the quick reference's page images: Debian's packages, installed only when
# missing and we are root with apt-get; otherwise a note (the browser tests then skip, or fail
# with REQUIRE_BROWSER=1).
browser-deps:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/pdftoppm ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "Installiere chromium, chromium-driver und poppler-utils (Debian) für die Browser-Tests ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null; \
	else \
	  echo "Hinweis: /usr/bin/chromium, /usr/bin/chromedriver oder /usr/bin/pdftoppm fehlt; installieren Sie die Debian-Pakete chromium, chromium-driver und poppler-utils, sonst werden die Browser-Tests übersprungen."; \
	fi

# The quick reference printed to PDF and each page as PNG, for docs/ (make test checks the pages).
REFERENCE_PNG := docs/schnellreferenz
reference-pages: $(VENV)/.installed browser-deps
	$(VENV)/bin/lexoffice-import reference --pdf $(REFERENCE_PNG).pdf
	pdftoppm -png -r 80 $(REFERENCE_PNG).pdf $(REFERENCE_PNG)-seite
	rm -f $(REFERENCE_PNG).pdf

# One pytest worker a CPU (pytest-xdist): the suite took 9 of CI's 10 minutes in one process.
test: $(VENV)/.installed-dev browser-deps
	$(PY) -m pytest -q -n auto

# ruff, and import-linter's contracts in pyproject.toml: the one-way layers of importer/.
lint: $(VENV)/.installed-dev
	$(PY) -m ruff check importer schemas reference tests
	$(PY) -m ruff format --check importer schemas reference tests
	$(VENV)/bin/lint-imports

typecheck: $(VENV)/.installed-dev
	$(PY) -m mypy

# Benchmarks run in an environment with the runtime dependencies only, as users install the
# tool: test tools change what other libraries import (pandera loads hypothesis's strategies
# when hypothesis is installed). frictionless is installed there only, as the tool `make bench`
# compares `check` with (tests/benchmarks/compare.py); it is no dependency. Byte-compile the project first: the editable install leaves
# no .pyc files, and where PYTHONDONTWRITEBYTECODE is set every run would compile anew.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/python -m pip install --quiet -e .
	$(BENCH_VENV)/bin/python -m pip install --quiet frictionless
	@touch $@

bench: $(BENCH_VENV)/.installed
	$(BENCH_VENV)/bin/python -m compileall -q importer schemas reference
	$(BENCH_VENV)/bin/python tests/benchmarks/run.py

# click's own messages in German: the catalog importer/locale/de/LC_MESSAGES/lexoffice_import.po
# compiled to the .mo the package ships (commit both; tests/test_trust.py checks they agree).
locale: $(VENV)/.installed-dev
	$(VENV)/bin/pybabel compile -d importer/locale -D lexoffice_import -l de

# The property tests with many examples each, then FUZZ_SECONDS of mutating the real-export
# corpus (tests/fuzz_corpus.py; a problem's input is kept in .fuzz-found/).
FUZZ_SECONDS ?= 300
FUZZ_SEED ?= 1
fuzz: $(VENV)/.installed-dev
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q tests -m hypothesis
	$(PY) -m compileall -q importer schemas reference
	$(PY) tests/fuzz_corpus.py --seconds $(FUZZ_SECONDS) --seed $(FUZZ_SEED)

# Mutation testing of the modules that carry the guarantees ([tool.mutmut] in pyproject.toml):
# mutmut plants one small bug at a time into a copy under mutants/ and runs only the tests
# that call the changed function; tests/mutation_score.py then prints the score per module.
# Not part of `make test`. One module: make mutate MUTANTS='importer.writer.*'
# (schemas/contacts.py is 'schemas.contacts.*'). Results stay in mutants/ between runs.
MUTANTS ?=
$(VENV)/.installed-mutate: pyproject.toml $(VENV)/.installed-dev
	$(PY) -m pip install --quiet -e . --group dev --group mutate
	@touch $@

mutate: $(VENV)/.installed-mutate
	$(VENV)/bin/mutmut run --max-children 2 $(MUTANTS)
	$(PY) tests/mutation_score.py --survivors

check: lint typecheck test

clean:
	rm -rf $(VENV) $(BENCH_VENV) $(DEMO_OUT) .pytest_cache .mypy_cache .ruff_cache .hypothesis .fuzz-found tests/benchmarks/_generated mutants
