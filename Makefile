# The two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
MODEL := models/current.tar.gz
# pytest workers of `make test` (CI has 2 cores); `make test TEST_WORKERS=0` runs in one process
TEST_WORKERS ?= 2
# Everything the trained model depends on: retrain when any of it changes.
MODEL_INPUTS := config.yml $(shell find domain data bot/nlu bot/reading/faq.py bot/lang/lemmas.py bot/reading/language.py bot/lang/*/language.py -type f -name '*.y*ml' -o -type f -name '*.py' 2>/dev/null | grep -v __pycache__)

export PYTHONDONTWRITEBYTECODE := 1
export TF_CPP_MIN_LOG_LEVEL := 3
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: install train web run test unit e2e validate core-test lint bench bench-ablation profile nlu-report patients report purge clean safety-case

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(PY) || { py=$$(scripts/find_python310.sh) && echo "creating $(VENV) with $$py" && $$py -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade "pip<24.1" 2>&1 | grep -v "is ignored" || true
	$(PY) -m pip install -q -r requirements-dev.txt 2>&1 | grep -v "is ignored" || true
	$(PY) -m pip install -q --no-deps -e . 2>&1 | grep -v "is ignored" || true
	$(PY) -c "import rasa, rasa_sdk, lingua, bot" 
	@touch $@

train: $(MODEL)

$(MODEL): $(VENV)/.installed $(MODEL_INPUTS)
	@mkdir -p models
	@start=$$(date +%s); $(RASA) train --domain domain --fixed-model-name current --out models --quiet && \
	  echo "trained $(MODEL) in $$(( $$(date +%s) - start )) s"
	@touch $@

WEB_DIST := web/dist/widget.js
# The widget's own texts are the catalogues' `widget:` sections (scripts/widget_strings.py
# writes web/src/strings.generated.js from them before the build).
WEB_INPUTS := web/package.json web/package-lock.json web/build.mjs $(shell find web/src web/demo -type f 2>/dev/null) \
  $(wildcard bot/catalogue/*.yml) scripts/widget_strings.py

web: $(WEB_DIST)

$(WEB_DIST): $(WEB_INPUTS) | $(VENV)/.installed
	@command -v npm >/dev/null || { echo "error: Node.js and npm are needed to build the web widget (apt-get install nodejs npm)"; exit 1; }
	$(PY) scripts/widget_strings.py
	cd web && npm ci --no-audit --no-fund --silent && npm run build --silent
	@touch $@

run: install train web
	$(PY) -m bot.practice
	scripts/run.sh

validate: install
	$(PY) scripts/validate_data.py

core-test: install train web
	$(RASA) test core --stories tests/stories --model $(MODEL) --fail-on-prediction-errors --out results/core

unit: install
	$(PY) -m pytest tests/unit -q

e2e: install train
	$(PY) -m pytest tests/e2e -q

test: install train web
	@start=$$(date +%s); \
	$(MAKE) --no-print-directory lint validate core-test && \
	$(PY) -m pytest tests -q -rs -n $(TEST_WORKERS) --dist loadgroup --junitxml=results/junit.xml && \
	echo "all tests passed in $$(( $$(date +%s) - start )) s"

safety-case: install
	$(PY) scripts/safety_case.py

lint: install
	$(VENV)/bin/ruff check bot actions tests scripts bench

bench: install train
	$(PY) -m bench.run

bench-ablation: install train
	$(PY) -m bench.ablation

profile: install train
	$(PY) -m bench.profile

nlu-report: install train
	$(PY) -m bot.operations.reports.nlu_report

patients: install train
	$(PY) -m bench.street

ENDPOINTS ?= endpoints.yml

report: install
	$(PY) -m bot.operations.reports.usage_report --endpoints $(ENDPOINTS)

purge: install
	$(PY) -m bot.operations.retention --endpoints $(ENDPOINTS)

clean:
	rm -rf models results .pytest_cache
