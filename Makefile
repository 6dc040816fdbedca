# Two commands do everything on a fresh machine:
#   make demo   build the bundled sample corpus and write out/report.html (+ .md, .json)
#   make test   run the test suite
# Both create and fill .venv from pinned requirements; re-running is cheap.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean-venv

$(STAMP): requirements.txt requirements-dev.txt constraints.txt pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	$(BIN)/pip install -q --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/wiretrace build samples/ --db out/demo.db
	$(BIN)/wiretrace report --db out/demo.db --format html --out out/report.html
	$(BIN)/wiretrace report --db out/demo.db --format md --out out/report.md
	$(BIN)/wiretrace report --db out/demo.db --format json --out out/report.json
	$(BIN)/wiretrace report --db out/demo.db --format csv --out out/csv
	$(BIN)/wiretrace network --db out/demo.db --format gexf --out out/network.gexf
	$(BIN)/wiretrace stories --db out/demo.db
	@echo "Report written to out/report.html (also out/report.md, out/report.json, out/csv/, out/network.gexf)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Quality and speed figures quoted in the README (several minutes; scale.py takes longest).
bench: $(STAMP)
	$(BIN)/python bench/clean_textbench.py
	$(BIN)/python -m bench.train_lineclf
	$(BIN)/python bench/extract_eval.py
	$(BIN)/python -m bench.cluster_eval
	$(BIN)/python -m bench.dedup_eval
	$(BIN)/python bench/nlp_bench.py
	$(BIN)/python -m bench.scale --sizes 10000,50000,100000 --pipeline 187

clean-venv:
	rm -rf $(VENV)
