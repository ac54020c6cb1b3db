# Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8501

.PHONY: run test lint bench browser-deps system-deps db-deps proxy-deps replicas clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Stamp files make the install step cheap when pyproject.toml has not changed.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed system-deps
	$(BIN)/streamlit run app.py --server.port $(PORT)

# Pango and a font for the handout PDF (WeasyPrint), from Debian, when they are missing.
system-deps:
	@if ! ldconfig -p | grep -q libpangoft2-1.0 || [ ! -d /usr/share/fonts/truetype/dejavu ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; \
	  else echo "Pango is missing: run 'sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core'"; exit 1; fi; \
	fi

# Debian's chromium (never a browser download) and axe-core from npm for the accessibility checks.
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "chromium is missing: run 'sudo apt-get install chromium'"; exit 1; fi; \
	fi
	@[ -f node_modules/axe-core/axe.min.js ] || npm ci --no-audit --no-fund --silent

# Debian's PostgreSQL server binaries (initdb, pg_ctl) for the database tests, which start their
# own throwaway server; the app itself needs none (SQLite by default).
db-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	  else echo "PostgreSQL is missing: run 'sudo apt-get install postgresql'"; exit 1; fi; \
	fi

# Debian's HAProxy for `make replicas` and the replica tests, which run it as a child process
# in front of two app servers; in containers the official haproxy image does the same job.
proxy-deps:
	@if ! command -v haproxy >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy; \
	  else echo "HAProxy is missing: run 'sudo apt-get install haproxy'"; exit 1; fi; \
	fi

# Two app servers behind HAProxy and a throwaway PostgreSQL, as compose.yaml runs them but
# without containers; Ctrl-C stops everything.
replicas: $(VENV)/.installed system-deps db-deps proxy-deps
	$(BIN)/python -m deploy.replicas

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(VENV)/.installed-dev system-deps browser-deps db-deps proxy-deps lint
	$(BIN)/python -m pytest

# Figures for the README: ratios measured side by side in one run (never timed assertions).
bench: $(VENV)/.installed-dev browser-deps db-deps proxy-deps
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) node_modules .pytest_cache
