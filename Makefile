# OfficerDesk — see INTERFACES in the README. Every target works on a fresh machine.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test lint bench fuzz installer installer-test hq-deploy-test hq system-deps clean

# re-installs when the dependencies (pyproject.toml) or the extras named here change
$(STAMP): pyproject.toml Makefile
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[desktop,dev,hq]'
	touch $(STAMP)

system-deps:
	bash scripts/system-deps.sh

run: $(STAMP)
	$(VENV)/bin/officerdesk demo

lint: $(STAMP)
	$(VENV)/bin/ruff check officerdesk tests bench
	$(VENV)/bin/mypy officerdesk
	$(VENV)/bin/lint-imports --no-logo

test: system-deps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen bash scripts/with-postgres.sh $(VENV)/bin/pytest -q -p no:cacheprovider $(PYTEST_ARGS)

bench: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen bash scripts/with-postgres.sh $(PY) -m bench

# The OpenAPI fuzz of `make test`, deeper and with a new seed each run (OFFICERDESK_FUZZ_SEED to repeat one)
fuzz: $(STAMP)
	OFFICERDESK_FUZZ_EXAMPLES=$${OFFICERDESK_FUZZ_EXAMPLES:-1000} OFFICERDESK_FUZZ_SEED=$${OFFICERDESK_FUZZ_SEED:-} \
	  $(VENV)/bin/pytest -q -s -p no:cacheprovider tests/hq/test_openapi_fuzz.py

# The desktop bundle (dist/officerdesk/, its self-test run outside the venv), a tarball and a .deb
installer: $(STAMP)
	$(PY) -m pip install -q -e '.[desktop,installer]'
	PY=$(PY) bash installer/build-linux.sh
	bash installer/linux/build-deb.sh

# Optional, root on Debian/Ubuntu: install the .deb with apt-get, self-test it, remove it (user data kept)
installer-test: installer
	bash installer/linux/test-deb.sh

# Optional, root: installer/hq/deploy.sh against a throw-away PostgreSQL; a laptop enrols and syncs through it
hq-deploy-test: system-deps $(STAMP)
	LAPTOP_PY=$(PY) bash installer/hq/test-deploy.sh

hq: $(STAMP)
	$(VENV)/bin/officerdesk-hq serve --host 127.0.0.1 --port 8765

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache
