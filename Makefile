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

# Where ECE_VERSION's build lives, as scripts/releases.py defines it: the pinned release in
# generated/ (committed), any other under build/releases/<release>/.
LAYOUT := $(shell $(PYTHON) scripts/releases.py layout $(ECE_VERSION))
ifneq ($(words $(LAYOUT)),4)
  $(error scripts/releases.py layout $(ECE_VERSION) failed)
endif
WORK := $(word 1,$(LAYOUT))
SPEC_FILE := $(word 2,$(LAYOUT))
GEN_ROOT := $(word 3,$(LAYOUT))
DIST_DIR := $(word 4,$(LAYOUT))
# The pinned build's generated/ is made by `make generate`, any other release's by dist itself.
ifeq ($(GEN_ROOT),generated)
  DIST_NEEDS := venv
  REFERENCE := docs/reference
  SITE := build/site
  DOCS_NEEDS := patch
else
  DIST_NEEDS := generate
  REFERENCE := $(WORK)/reference
  SITE := $(WORK)/site
  DOCS_NEEDS := generate
endif

# Every release in spec/lock.json, oldest first; RELEASES="2.13.0 3.8.0" narrows dist-all and test-releases.
ALL_RELEASES = $(shell $(PYTHON) scripts/releases.py list)
RELEASES ?= $(ALL_RELEASES)
JOBS ?= 2

.PHONY: help venv node spec convert patch generate install test check-generated typecheck lint bench pin clean
.PHONY: reference docs browser
.PHONY: dist dist-all test-releases api-diff api-changes check-api-changes patch-all compat-table

help:
	@echo "make generate   virtualenv, pinned spec, regeneration, install (ECE_VERSION=$(ECE_VERSION))"
	@echo "make install    development install: the virtualenv imports ece_client from generated/ + overrides/"
	@echo "make test       the test suite"
	@echo "make check-generated   fail if generated/ differs from a fresh regeneration"
	@echo "make lint       ruff over the hand-written code"
	@echo "make typecheck  mypy over the shipped package, mypy --strict over overrides/ and scripts/"
	@echo "make bench      benchmarks, written to docs/benchmarks.md"
	@echo "make pin ECE_VERSION=X SPEC_URL=URL   pin a new spec release"
	@echo "make dist [ECE_VERSION=X]   wheel and sdist of a release's SDK (X.<revision>) in dist/; dist-all: every release"
	@echo "make test-releases [RELEASES=\"X Y\"]   build, install in a fresh virtualenv and smoke-test each release"
	@echo "make api-diff FROM=X TO=Y   what changed for SDK users between two releases"
	@echo "make api-changes / check-api-changes   rewrite / check docs/api-changes/"
	@echo "make compat-table   generate every release and rewrite README's compatibility table"
	@echo "make docs [ECE_VERSION=X]   the API reference (docs/reference/) and the documentation site (build/site/)"

$(VENV)/.installed: requirements-dev.txt requirements-docs.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -r requirements-docs.txt
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
	@if [ "$(GEN_ROOT)" = generated ]; then \
		$(MAKE) --no-print-directory install && \
		$(PY) scripts/docs_reference.py $(WORK)/openapi.patched.json generated docs/reference; \
	fi

# Development install: `import ece_client` in the virtualenv loads generated/ and overrides/ themselves
# (scripts/dev_install.py), so pytest always tests the source trees. Wheels: make dist.
install: venv
	$(PY) scripts/dev_install.py

test: install node browser
	$(PY) -m pytest

check-generated: patch
	@rm -rf build/check && mkdir -p build/check
	$(PY) scripts/generate.py $(WORK)/openapi.patched.json build/check
	@if diff -r -q -x __pycache__ generated/ece_client build/check/ece_client; then \
		echo "check-generated: generated/ is exactly what regeneration gives"; \
	else \
		echo "check-generated: generated/ differs from regeneration (run make generate and commit)"; exit 1; \
	fi
	@$(PY) scripts/docs_reference.py $(WORK)/openapi.patched.json build/check build/check/reference >/dev/null
	@if diff -r -q docs/reference build/check/reference; then \
		echo "check-generated: docs/reference/ is exactly what the spec and the package give"; \
	else \
		echo "check-generated: docs/reference/ differs (run make generate or make reference, and commit)"; exit 1; \
	fi

# ruff over the hand-written code (generated/ is formatted by the pipeline itself).
lint: venv
	$(VENV)/bin/ruff check overrides scripts tests examples hatch_build.py
	$(VENV)/bin/ruff format --check overrides scripts tests examples hatch_build.py

# mypy over the package as it is shipped (generated/ and overrides/ merged, like the wheel), then
# mypy --strict over the hand-written code: overrides/ and the scripts (imports are checked, not reported).
HAND_WRITTEN = $(shell cd overrides && find ece_client -name '*.py' | sort)
STRICT_SCRIPTS = $(sort $(wildcard scripts/*.py)) hatch_build.py
MYPY = $(PY) -m mypy --python-version 3.11 --no-incremental

typecheck: venv
	@rm -rf build/typecheck && mkdir -p build/typecheck
	cp -r generated/ece_client build/typecheck/ && cp -r overrides/ece_client/. build/typecheck/ece_client/
	cd build/typecheck && ../../$(MYPY) ece_client
	cd build/typecheck && ../../$(MYPY) --strict --follow-imports=silent $(HAND_WRITTEN)
	MYPYPATH=build/typecheck $(MYPY) --strict --follow-imports=silent $(STRICT_SCRIPTS)

# The API reference of ECE_VERSION (Markdown): docs/reference/ for the pinned release (committed,
# checked by check-generated), $(WORK)/reference for the others.
reference: $(DOCS_NEEDS)
	$(PY) scripts/docs_reference.py $(WORK)/openapi.patched.json $(GEN_ROOT) $(REFERENCE)

# The documentation site (MkDocs + Material, --strict): build/site, or $(WORK)/site for another release.
docs: reference
	$(PY) scripts/docs_site.py --release $(ECE_VERSION) --reference $(REFERENCE) --site $(SITE)

# Debian's Chromium for the documentation's browser test (tests/pipeline/test_docs.py).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Bench tools (the peers: pydantic, msgspec, datamodel-code-generator) go into the virtualenv only here.
$(VENV)/.bench-installed: requirements-bench.txt $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $@

bench: install patch $(VENV)/.bench-installed
	$(PY) scripts/bench.py

# Pin a new spec: lock its URL and sha256, make it the default, set the package version, README's
# intro and compatibility row. ECE_VERSION must be given: pinning the current release to a new
# document by accident would silently change what every build is made from.
pin: venv
	@if [ "$(origin ECE_VERSION)" != "command line" ] && [ "$(origin ECE_VERSION)" != "environment" ]; then \
		echo "make pin: say which release: make pin ECE_VERSION=<release> SPEC_URL=<url>" >&2; exit 2; fi
	$(PY) scripts/pull_spec.py pin --release $(ECE_VERSION) --url "$(SPEC_URL)"

# ---- one SDK per ECE release (scripts/releases.py says where each release's build lives)

# Wheel and sdist of ECE_VERSION's SDK, versioned <release>.<revision>, into dist/.
dist: $(DIST_NEEDS)
	$(PY) scripts/build_dist.py $(ECE_VERSION) --outdir $(DIST_DIR)

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
