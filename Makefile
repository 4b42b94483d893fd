# CoopDesk: `make run` to use it, `make test` to check it. scripts/bootstrap.sh prepares .venv and the
# system packages on first use (and again only when pyproject.toml changes).
#
#   make run ARGS="--db /path/to/file.sqlite3"     make test PYTEST_ARGS="-k budget -x"
#   make bench QUICK=1                              make demo DEMO_DB=/tmp/demo.sqlite3

VENV        := .venv
PYTHON      := $(VENV)/bin/python
BOOTSTRAP   := scripts/bootstrap.sh
DEMO_DB     ?= demo.sqlite3
ARGS        ?=
PYTEST_ARGS ?=
QUICK       ?=
TS          := resources/translations/coopdesk_fr.ts
QM          := resources/translations/coopdesk_fr.qm
OFFSCREEN   := QT_QPA_PLATFORM=offscreen

.DEFAULT_GOAL := help
.PHONY: help run test lint gates format demo bench screenshots translations clean distclean \
	bootstrap-run bootstrap-test package package-check icons guide-images

help:
	@echo "make run          start CoopDesk (ARGS=... are passed on)"
	@echo "make test         lint gates, then the test suite (PYTEST_ARGS=...)"
	@echo "make lint         ruff, ruff format --check, mypy, import-linter"
	@echo "make format       ruff format + ruff check --fix"
	@echo "make demo         (re)build the demo database $(DEMO_DB)"
	@echo "make bench        benchmarks into bench.json (QUICK=1 for a short run)"
	@echo "make screenshots  screenshots of the demo database into shots/"
	@echo "make translations update $(TS) and compile $(QM)"
	@echo "make guide-images refresh the pictures of the user guide"
	@echo "make package      the one-folder bundle build/dist/coopdesk (PyInstaller)"
	@echo "make package-check build the bundle and start it offscreen on a demo database"
	@echo "make clean        caches and generated files (distclean: also .venv)"

bootstrap-run:
	@$(BOOTSTRAP) run

bootstrap-test:
	@$(BOOTSTRAP) test

run: bootstrap-run
	$(PYTHON) -m coopdesk $(ARGS)

# The gates, cheapest first; the test run only when they pass.
gates:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

lint: bootstrap-test
	@$(MAKE) --no-print-directory gates

test: bootstrap-test
	@$(MAKE) --no-print-directory gates
	$(OFFSCREEN) $(PYTHON) -m pytest $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory package-check

format: bootstrap-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

demo: bootstrap-run
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(PYTHON) -m coopdesk --db $(DEMO_DB) demo

bench: bootstrap-test
	$(OFFSCREEN) $(PYTHON) -m tests.perf $(if $(QUICK),--quick) --json bench.json

screenshots: bootstrap-run
	@test -f $(DEMO_DB) || $(MAKE) --no-print-directory demo DEMO_DB=$(DEMO_DB)
	$(PYTHON) -m coopdesk --db $(DEMO_DB) screenshots shots/

translations: bootstrap-run
	$(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -source-language en -target-language fr_FR \
		-locations relative coopdesk -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)

BUNDLE := build/dist/coopdesk

package: bootstrap-test
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath build/dist --workpath build/work packaging/coopdesk.spec
	@echo "bundle: $(BUNDLE)"

# The bundle started as a user would (no Python on its paths), offscreen, on a demo database.
package-check: package
	COOPDESK_BUNDLE=$(BUNDLE) $(PYTHON) -m pytest -q -p no:cacheprovider packaging/tests
	desktop-file-validate packaging/linux/org.coopdesk.CoopDesk.desktop
	appstreamcli validate --no-net packaging/linux/org.coopdesk.CoopDesk.metainfo.xml

icons: bootstrap-run
	$(OFFSCREEN) $(PYTHON) packaging/make_icons.py

guide-images: bootstrap-run
	$(PYTHON) scripts/guide_images.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache
	rm -rf shots bench.json
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
