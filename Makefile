# kabar: `make demo` and `make test` work on a fresh machine (Python 3.11+).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB := demo.db

.PHONY: install demo test test-all bench screenshots clean

$(BIN)/kabar: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(BIN)/kabar

install: $(BIN)/kabar

demo: install
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@echo "== Ingesting the bundled sample articles (examples/articles) into $(DEMO_DB)"
	$(BIN)/kabar ingest examples/articles --db $(DEMO_DB)
	@echo; echo "== What the store holds"
	$(BIN)/kabar stats --db $(DEMO_DB)
	@echo; echo "== Documents, with the publication date kabar found and where it found it"
	$(BIN)/kabar documents --db $(DEMO_DB)
	@echo; echo "== Search: 'kunjungan' (Indonesian-aware: also finds 'mengunjungi', 'berkunjung')"
	$(BIN)/kabar search kunjungan --db $(DEMO_DB) --limit 5
	@echo; echo "== Search: gempa"
	$(BIN)/kabar search gempa --db $(DEMO_DB) --limit 3
	@echo; echo "== Stories: the same news told by several outlets, grouped (and continuing topics as storylines)"
	$(BIN)/kabar stories --db $(DEMO_DB)
	@echo; echo "== The briefing of the story most outlets told (Markdown; --lang en for English, --format html)"
	$(BIN)/kabar brief $$($(BIN)/kabar stories --db $(DEMO_DB) --format json | $(BIN)/python -c \
		"import json,sys; print(max(json.load(sys.stdin), key=lambda s: len(s['documents']))['id'])") --db $(DEMO_DB)
	@echo; echo "== Read it all in the browser (stories, briefings, storylines, search, exports):"
	@echo "   $(BIN)/kabar serve --db $(DEMO_DB)    then open http://127.0.0.1:8000/"

test: install
	$(BIN)/pytest

test-all: install
	$(BIN)/pytest -m "slow or not slow"

bench: install
	$(BIN)/python benchmarks/analyze.py
	$(BIN)/python benchmarks/serve_load.py

# Screenshots of every page at 1366 and 390 px into tests/artifacts/ (committed; README shows two).
screenshots: install
	KABAR_E2E_ARTIFACTS=tests/artifacts $(BIN)/pytest tests/e2e/test_every_page.py -q

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
