# Quick start: `make demo` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test build validate bench clean browser

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,extract]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build
	$(BIN)/kg stats
	$(BIN)/kg viz --out build/diagram.html
	$(BIN)/kg viz --who-can-see 個人番号 --out build/my-number.html
	$(BIN)/kg who-can-see 個人番号

validate: $(STAMP)
	$(BIN)/kg validate

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# Browser tests use Debian's chromium (Playwright's own download is not reachable)
# and Japanese fonts so that labels render; install them where they are missing.
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'noto.*cjk'; then \
	  if command -v apt-get >/dev/null; then \
	    SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "warning: cannot install chromium; browser tests will be skipped" >&2; fi; \
	fi

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench_viz.py
	$(BIN)/python benchmarks/bench_extract.py

clean:
	rm -rf build $(VENV) *.egg-info
