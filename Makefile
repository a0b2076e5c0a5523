# Florava shop: `make run` to try it, `make test` before every commit. `make help` lists all.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export DJANGO_SETTINGS_MODULE ?= shop.settings.dev

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the pinned dependencies

migrate: install ## Apply database migrations
	$(PY) manage.py migrate --noinput

demo: migrate ## Load (or refresh) the demo shop: pages, catalogue, articles, users
	$(PY) manage.py load_demo_data
	$(PY) manage.py db_worker --batch --no-startup-delay  # run the queued tasks (search index) now

run: demo ## Install, migrate, load the demo shop and serve it on http://127.0.0.1:$(PORT), with the task worker (emails)
	@echo "Serving on http://127.0.0.1:$(PORT)  (logins in README.md)"
	$(PY) manage.py db_worker & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

worker: install ## Only the background task worker (sends the queued emails), as production runs it
	$(PY) manage.py db_worker
# `make serve`: the production settings on this machine, over plain HTTP (no TLS here, so no HTTPS
# redirect, HSTS or Secure-only cookies). A real deployment sets DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS
# and keeps those three on (README, "Serving in production").
SERVE_WORKERS ?= $(shell echo $$(( $$(nproc) * 2 + 1 )))
SERVE_ENV = DJANGO_SETTINGS_MODULE=shop.settings.production \
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .serve-secret-key)}" \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-localhost,127.0.0.1}" \
	DJANGO_SECURE_SSL_REDIRECT=false DJANGO_SECURE_HSTS_SECONDS=0 DJANGO_SECURE_COOKIES=false

.serve-secret-key:
	$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@

serve: install .serve-secret-key ## Production settings here: collectstatic, migrate, gunicorn + WhiteNoise on http://127.0.0.1:$(PORT)
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	@echo "Serving the production settings on http://127.0.0.1:$(PORT) with $(SERVE_WORKERS) gunicorn workers"
	$(SERVE_ENV) $(VENV)/bin/gunicorn shop.wsgi:application --bind 127.0.0.1:$(PORT) \
		--workers $(SERVE_WORKERS) --access-logfile -

bench: demo ## Time the main pages on the demo shop: median/p95 ms, queries, peak memory
	$(PY) manage.py bench_pages

lint: install ## ruff lint and format check, djLint on the templates, django-upgrade check (Django 5.2)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates shop/payments/templates --lint
	find shop blog tests -name '*.py' -not -path '*/migrations/*' -print0 | xargs -0 $(VENV)/bin/django-upgrade --target-version 5.2 --check

audit: install ## Known vulnerabilities in the pinned dependencies (pip-audit; needs the network, not in CI)
	$(VENV)/bin/pip-audit --strict -r requirements.txt -r requirements-dev.txt

format: install ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# axe-core for the accessibility checks, pinned in package-lock.json (npm ci installs exactly that).
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund; \
	else echo "!!! npm not found: axe-core is missing, the accessibility checks will be SKIPPED (apt-get install npm)"; fi

browser-check:
	@test -x "$${E2E_CHROMIUM:-/usr/bin/chromium}" || echo "!!! No Chromium at $${E2E_CHROMIUM:-/usr/bin/chromium}: the browser tests will be SKIPPED (apt-get install chromium)"

test: lint node_modules/.package-lock.json browser-check ## The whole suite: lint, Django checks, migrations check, pytest with the browser tests
	DJANGO_SETTINGS_MODULE=shop.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=shop.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=shop.settings.test $(PY) -m pytest $(PYTEST_ARGS)

e2e: install node_modules/.package-lock.json browser-check ## Only the browser tests (journeys, accessibility) in headless Chromium
	DJANGO_SETTINGS_MODULE=shop.settings.test $(PY) -m pytest tests/e2e $(PYTEST_ARGS)

.PHONY: help install migrate demo run worker serve bench lint format test e2e browser-check audit
