# sitmap: two commands do all the set-up on a fresh machine.
#   make run   - set up, ingest the demo corpus, serve the dashboard on http://localhost:8501
#   make test  - set up (including Debian's Chromium for the browser tests) and run the tests
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export SITMAP_DATA_DIR ?= $(CURDIR)/var
# Offline mirror of the source data: ../shared/data/kosovo when it is there, else download.
SHARED_MIRROR := $(abspath $(CURDIR)/../shared/data/kosovo)
export SITMAP_DATA_MIRROR ?= $(if $(wildcard $(SHARED_MIRROR)/SOURCES.md),$(SHARED_MIRROR),)
PORT ?= 8501

.PHONY: help setup venv assets browser data test run bench eval lint clean

help:
	@echo "make run    set up and serve the dashboard on the demo corpus (http://localhost:$(PORT))"
	@echo "make test   set up and run the whole test suite"
	@echo "make bench  run the benchmark scripts (prints figures and baselines)"
	@echo "make eval   score geoparsing and event extraction on every labelled set"

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

# The map's JavaScript and CSS, pinned in package.json, installed from the npm registry and
# copied to the folder Streamlit serves (dashboard/static/vendor, git-ignored).
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

dashboard/static/vendor/.copied: node_modules/.package-lock.json scripts/copy_assets.py
	$(PYTHON) scripts/copy_assets.py
	touch $@

assets: dashboard/static/vendor/.copied

# Debian's Chromium for the Playwright browser tests (never a downloaded browser build).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; \
	fi

data: venv
	$(BIN)/sitmap data sync
	$(BIN)/sitmap data build

setup: venv assets data

test: setup browser
	$(BIN)/python -m pytest -n 2 --dist loadgroup

run: setup
	$(BIN)/sitmap ingest samples/corpus/
	$(BIN)/sitmap serve --port $(PORT)

bench: setup
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script; done

# Accuracy on the labelled sets: ../shared/dev (tuned on), eval/heldout and eval/blind2 (blind).
EVAL_SETS := $(wildcard $(CURDIR)/../shared/dev/articles.jsonl) $(wildcard eval/*/articles.jsonl)
eval: setup
	@for set in $(dir $(EVAL_SETS)); do \
	  echo "== geoparse: $$set"; $(BIN)/sitmap eval geoparse $$set | tail -n 3; \
	  echo "== events:   $$set"; $(BIN)/sitmap eval events $$set | tail -n 3; \
	done

lint: venv
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) var node_modules dashboard/static/vendor
