# Diogel — the verbs a newcomer can guess. `make help` lists them.
SHELL := /bin/bash
PY := .venv/bin/python
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help install browser run test lint types unit audit validate train conversations scale evaluate e2e bench clean

help: ## list the verbs
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

install: ## create .venv (Python 3.10) and install pinned packages
	@bash scripts/bootstrap.sh requirements-dev.txt

browser: ## install Debian's Chromium for the browser tests (needs root)
	@bash scripts/install_chromium.sh

run: install ## set up, train if needed, and serve the widget on http://localhost:8080
	@$(PY) -m bot run

lint: install ## ruff
	@$(PY) -m ruff check bot actions tests $(wildcard bench)

types: install ## mypy on bot/ and actions/
	@$(PY) -m mypy bot actions

unit: install ## unit tests (no trained model needed); the gateway's also in its own venv
	@$(PY) -m pytest tests/unit -q
	@PYTHONPATH=. .venv-gateway/bin/python -m pytest tests/unit/web -q -p no:cacheprovider

audit: install ## pip-audit the public gateway's environment (needs PyPI's vulnerability API)
	@.venv-gateway/bin/python -m pip install --quiet pip-audit && .venv-gateway/bin/python -m pip_audit -r requirements-gateway.txt -s pypi --strict

validate: install ## content check, Welsh parity, rasa data validate
	@$(PY) -m bot validate

train: install ## train the model if data or config changed
	@$(PY) -m bot train

conversations: train ## conversation tests, urgent regression set, live stack, review loop
	@$(PY) -m bot test-conversations
	@$(PY) -m pytest tests/model -q -p no:warnings

evaluate: train ## cross-validated F1 per language, urgent recall/false alarms, reply language; writes reports/
	@$(PY) -m bot evaluate

scale: train ## replicas on throwaway PostgreSQL and Redis, with faults
	@$(PY) -m pytest tests/scale -q -p no:warnings

e2e: train browser ## browser tests in Debian's Chromium
	@$(PY) -m pytest tests/e2e -q -p no:warnings

test: lint types unit validate train conversations scale evaluate e2e ## everything CI runs
	@echo "make test: all checks passed"

bench: train ## benchmarks (prints figures; not part of make test)
	@PYTHONPATH=. $(PY) -m bench

clean: ## remove built files (keeps .venv)
	rm -rf build models var reports results .pytest_cache .mypy_cache .ruff_cache
