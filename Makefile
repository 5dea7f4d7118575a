# Every target installs what it needs: a fresh machine needs only Python 3.11+ and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
GEN_VENV := generator/.venv
GEN_PY := $(GEN_VENV)/bin/python
# The pins the environment is installed from (make floors installs one from others).
CONSTRAINTS ?= requirements/constraints.txt

.DEFAULT_GOAL := help
.PHONY: help install bench mutation demo spec-diff test test-only unit lint format generate check-generated unasync check-unasync cassettes compat pythons floors lock clean

help:
	@echo "make demo             start a local in-memory server and run examples/threads_demo.py"
	@echo "make test             regeneration + unasync checks, ruff, mypy --strict, the whole suite"
	@echo "make unit             the tests that need no server (about two minutes)"
	@echo "make generate         regenerate langgraph_threads_client/_generated from openapi.yaml"
	@echo "make check-generated  fail if the generated code differs from a fresh regeneration"
	@echo "make unasync          derive langgraph_threads_client/_sync from _async"
	@echo "make format           ruff format + fixes, then unasync"
	@echo "make cassettes        re-record the vcrpy cassettes from every server (starts each itself)"
	@echo "make compat           every operation live against every server, this client vs the SDK"
	@echo "make pythons          the whole suite on Python 3.12, 3.13, 3.14 (those that run here)"
	@echo "make floors           the suite and the examples on the oldest dependencies pyproject allows"
	@echo "make spec-diff        openapi.yaml against the server's published spec (offline)"
	@echo "make bench            benchmarks against langgraph_sdk and raw httpx (figures, not tests)"
	@echo "make mutation         mutation testing of the rule modules against tests/unit (slow)"

$(VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c $(CONSTRAINTS) -e ".[test,httpx2]"
	touch $@

install: $(VENV)/.installed

$(GEN_VENV)/.installed: generator/requirements.txt
	$(PYTHON) -m venv $(GEN_VENV)
	$(GEN_PY) -m pip install --quiet --upgrade pip
	$(GEN_PY) -m pip install --quiet -r generator/requirements.txt
	touch $@

GOLDEN := --spec tests/generator/fixture_openapi.yaml --target tests/generator/golden

# The package, and the golden output of the generator's customisations (tests/generator).
generate: $(GEN_VENV)/.installed
	$(GEN_PY) generator/generate.py
	$(GEN_PY) generator/generate.py $(GOLDEN)

check-generated: $(GEN_VENV)/.installed
	$(GEN_PY) generator/generate.py --check
	$(GEN_PY) generator/generate.py --check $(GOLDEN)

# openapi.yaml against the spec the pinned server publishes; departures in spec/departures.yaml.
spec-diff: install
	$(PY) scripts/spec_diff.py

unasync: install
	$(PY) scripts/unasync.py

check-unasync: install
	$(PY) scripts/unasync.py --check

# Format the hand-written code, then derive _sync/ from the formatted _async/.
format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .
	$(PY) scripts/unasync.py

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy
	$(PY) -m pyright --pythonpath $(abspath $(PY))
	@# Every public symbol's type known, none ambiguous (what py.typed promises its users).
	@# (--verifytypes finds the package by the python on PATH, whatever --pythonpath says)
	@out=$$(PATH="$(abspath $(VENV))/bin:$$PATH" $(PY) -m pyright --verifytypes \
		langgraph_threads_client --ignoreexternal) || { echo "$$out"; exit 1; }; \
		echo "$$out" | grep "^Type completeness"

bench: install
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e ".[test,httpx2,bench]"
	$(PY) -m bench

# Mutants of the modules where a wrong line is a wrong outcome ([tool.mutmut] in pyproject.toml),
# each run against the unit tests. Not part of `make test`: it takes tens of minutes. Survivors
# are listed by `mutmut results`; the reviewed equivalent ones are in tests/mutation/equivalent.md.
# MUTANTS narrows the run to some mutants, e.g. MUTANTS='langgraph_threads_client._exit_codes*';
# MUTATION_JOBS is how many mutants run at once (one by default: the run shares the machine).
MUTANTS ?=
MUTATION_JOBS ?= 1
mutation: install
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e ".[test,mutation]"
	nice -n 10 $(PY) -m mutmut run --max-children $(MUTATION_JOBS) $(MUTANTS)
	$(PY) -m mutmut results

demo: install
	$(PY) -m tests.server.launch -- $(PY) examples/threads_demo.py

test: check-generated check-unasync lint test-only

# pytest exits 5 when it collected nothing: that is a failure here too.
# TEST_WORKERS processes share the tests, a file to each at a time (its tests share module
# fixtures); each starts its own live server. TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= 2
IN_PROCESSES := -n $(TEST_WORKERS) --dist loadfile
test-only: install $(GEN_VENV)/.installed
	$(PY) -m pytest $(IN_PROCESSES)

# No server, no generator: unit tests, the scripts' tests and the recorded cassettes.
UNIT_TESTS := tests/unit tests/scripts tests/replay

unit: install
	$(PY) -m pytest -m "not live" $(UNIT_TESTS)

# Servers other than the current one run from their own venvs under .compat/ (built once);
# Aegra also needs PostgreSQL's initdb on PATH (postgres and pg_isready beside it) and
# Python >= 3.12 (AEGRA_PYTHON).
cassettes: install
	$(PY) -m pytest tests/replay --record-cassettes

compat: install
	$(PY) scripts/compat.py --output .compat/table.md

# The whole suite on newer Pythons (make test runs it on 3.11), each in its own venv under
# .pythons/: python3.12, python3.13 and python3.14 where they run, or PYTHONS='python3.13 ...'.
PYTHONS ?=
pythons: $(GEN_VENV)/.installed
	$(PYTHON) scripts/pythons.py --pytest-args="$(IN_PROCESSES)" $(PYTHONS)

# The whole suite with httpx and httpx2 at the floors pyproject.toml declares, and the examples
# with every runtime dependency at its floor; environments under .floors/ (scripts/floors.py).
floors: install $(GEN_VENV)/.installed
	$(PY) scripts/floors.py --python "$(PYTHON)" --pytest-args="$(IN_PROCESSES)"

lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -e ".[test,httpx2,bench,mutation]"
	{ echo "# Pins for make test, make demo, make bench and make mutation: the server version the spec is checked"; \
	  echo "# against, and every tool. Regenerate with: make lock"; \
	  .lock-venv/bin/pip freeze --all | grep -v "^-e \|^langgraph-threads-client\|^# Editable\|^pip=="; } > requirements/constraints.txt
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) $(GEN_VENV) .pythons .floors .mypy_cache .ruff_cache .pytest_cache
