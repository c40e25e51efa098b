# Two set-up commands: `make demo` and `make test`. Each creates .venv and installs what it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.system-packages

.PHONY: demo test lint bench clean system

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e ".[dev,ray]"
	touch $(STAMP)

# Debian's Chromium (browser tests) and PostgreSQL (store tests): real components, installed here.
$(SYSSTAMP):
	@if ! command -v chromium >/dev/null || ! test -x /usr/lib/postgresql/15/bin/initdb; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium postgresql >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium postgresql >/dev/null; fi; \
	fi
	@mkdir -p $(VENV) && touch $(SYSSTAMP)

system: $(SYSSTAMP)

demo: $(STAMP)
	$(BIN)/sukien run examples/ --db sqlite:///sukien.db --report report/

test: $(STAMP) $(SYSSTAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q -p no:cacheprovider -W ignore::pytest.PytestRemovedIn10Warning

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

bench: $(STAMP)
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) sukien.db report/ .pytest_cache
