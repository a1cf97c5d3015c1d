# ece-client build: spec -> convert -> patch -> generate -> package.
# `make generate` and `make test` are all a fresh machine needs (Python 3.11+, Node.js with npm).

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PINNED := $(shell sed -n 's/.*"pinned": *"\([^"]*\)".*/\1/p' spec/lock.json)
ECE_VERSION ?= $(PINNED)
SPEC_MIRROR ?= ../shared/specs
export SPEC_MIRROR

# The pinned release lives in generated/ (committed); other releases build under build/releases/.
ifeq ($(ECE_VERSION),$(PINNED))
  WORK := build/$(ECE_VERSION)
  GEN_ROOT := generated
  SPEC_FILE := spec/swagger.json
  DIST_NEEDS := venv
else
  WORK := build/releases/$(ECE_VERSION)
  GEN_ROOT := $(WORK)/generated
  SPEC_FILE := $(WORK)/swagger.json
  DIST_NEEDS := generate
endif

# Every release in spec/lock.json, oldest first; RELEASES="2.13.0 3.8.0" narrows dist-all and test-releases.
ALL_RELEASES = $(shell $(PYTHON) scripts/releases.py list)
RELEASES ?= $(ALL_RELEASES)
JOBS ?= 2

.PHONY: help venv node spec convert patch generate install test check-generated typecheck lint bench pin clean
.PHONY: dist dist-all test-releases api-diff api-changes check-api-changes patch-all compat-table

help:
	@echo "make generate   virtualenv, pinned spec, regeneration, install (ECE_VERSION=$(ECE_VERSION))"
	@echo "make test       the test suite"
	@echo "make check-generated   fail if generated/ differs from a fresh regeneration"
	@echo "make lint       ruff over the hand-written code"
	@echo "make typecheck  mypy over the shipped package"
	@echo "make bench      benchmarks, written to docs/benchmarks.md"
	@echo "make pin ECE_VERSION=X SPEC_URL=URL   pin a new spec release"
	@echo "make dist [ECE_VERSION=X]   wheel and sdist of a release's SDK (X.<revision>) in dist/; dist-all: every release"
	@echo "make test-releases [RELEASES=\"X Y\"]   build, install in a fresh virtualenv and smoke-test each release"
	@echo "make api-diff FROM=X TO=Y   what changed for SDK users between two releases"
	@echo "make api-changes / check-api-changes   rewrite / check docs/api-changes/"
	@echo "make compat-table   generate every release and rewrite README's compatibility table"

$(VENV)/.installed: requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

node: node_modules/.installed

spec: venv
	$(PY) scripts/pull_spec.py --release $(ECE_VERSION) --mirror "$(SPEC_MIRROR)" --out $(SPEC_FILE)

convert: spec node
	$(PY) scripts/convert_spec.py $(SPEC_FILE) $(WORK)/openapi.json

patch: convert
	$(PY) scripts/patch_spec.py $(WORK)/openapi.json $(WORK)/openapi.patched.json $(ECE_VERSION)

generate: patch
	$(PY) scripts/generate.py $(WORK)/openapi.patched.json $(GEN_ROOT)
	@if [ "$(GEN_ROOT)" = generated ]; then $(MAKE) --no-print-directory install; fi

# Install the package (generated/ + overrides/) into the virtualenv, as a user would get it.
install: venv
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation --force-reinstall .

test: install node
	$(PY) -m pytest

check-generated: patch
	@rm -rf build/check && mkdir -p build/check
	$(PY) scripts/generate.py $(WORK)/openapi.patched.json build/check
	@if diff -r -q generated/ece_client build/check/ece_client; then \
		echo "check-generated: generated/ is exactly what regeneration gives"; \
	else \
		echo "check-generated: generated/ differs from regeneration (run make generate and commit)"; exit 1; \
	fi

# ruff over the hand-written code (generated/ is formatted by the pipeline itself).
lint: venv
	$(VENV)/bin/ruff check overrides scripts tests examples
	$(VENV)/bin/ruff format --check overrides scripts tests examples

# mypy over the package as it is shipped: generated/ and overrides/ merged, like the wheel.
typecheck: venv
	@rm -rf build/typecheck && mkdir -p build/typecheck
	cp -r generated/ece_client build/typecheck/ && cp -r overrides/ece_client/. build/typecheck/ece_client/
	cd build/typecheck && ../../$(PY) -m mypy --python-version 3.11 --no-incremental ece_client

# Bench tools (the peers: pydantic, msgspec, datamodel-code-generator) go into the virtualenv only here.
$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

bench: install patch $(VENV)/.bench-installed
	$(PY) scripts/bench.py

pin: venv
	$(PY) scripts/pull_spec.py pin --release $(ECE_VERSION) --url "$(SPEC_URL)"

# ---- one SDK per ECE release (scripts/releases.py says where each release's build lives)

# Wheel and sdist of ECE_VERSION's SDK, versioned <release>.<revision>, into dist/.
dist: $(DIST_NEEDS)
	$(PY) scripts/build_dist.py $(ECE_VERSION) --outdir dist

dist-all: venv node
	$(MAKE) --no-print-directory -j$(JOBS) $(addprefix dist-,$(RELEASES))

dist-%:
	$(MAKE) --no-print-directory dist ECE_VERSION=$*

test-releases: venv node
	$(PY) scripts/release_matrix.py --jobs $(JOBS) $(RELEASES)

api-diff: venv node
	@test -n "$(FROM)" -a -n "$(TO)" || { echo "usage: make api-diff FROM=<release> TO=<release>" >&2; exit 2; }
	@$(MAKE) --no-print-directory patch ECE_VERSION=$(FROM) >/dev/null
	@$(MAKE) --no-print-directory patch ECE_VERSION=$(TO) >/dev/null
	@$(PY) scripts/api_diff.py $(FROM) $(TO)

# The patched spec of every release (what the API changelog compares).
patch-all: venv node
	@for release in $(ALL_RELEASES); do $(MAKE) --no-print-directory patch ECE_VERSION=$$release >/dev/null || exit 1; done

api-changes: patch-all
	$(PY) scripts/api_changes.py write

check-api-changes: patch-all
	$(PY) scripts/api_changes.py check

compat-table: venv node
	$(MAKE) --no-print-directory -j$(JOBS) $(addprefix generate-,$(filter-out $(PINNED),$(ALL_RELEASES)))
	$(PY) scripts/compat_table.py --write

generate-%:
	$(MAKE) --no-print-directory generate ECE_VERSION=$*

clean:
	rm -rf build dist spec/swagger.json
