#!/usr/bin/env bash
# Runs every test: data, pages (AppTest) and real-browser tests in Debian's chromium.
# With arguments, they pass through to pytest (add `-n auto` to spread a tier over the cores).
source "$(dirname "$0")/env.sh"
ensure_venv requirements-test.txt
# Python's bytecode cache on, even where the shell turns it off: pytest rewrites the asserts of every test module
# and of every plugin package it loads (about 190 modules per worker) and keeps the result only in that cache.
unset PYTHONDONTWRITEBYTECODE
[ -x /usr/bin/chromium ] || apt_install chromium
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || apt_install haproxy  # the serving test
# The pack as a reader without Office opens it: LibreOffice converts it to PDF, poppler measures the text boxes,
# Carlito draws Calibri's metrics.
command -v soffice >/dev/null && command -v pdftotext >/dev/null && [ -d /usr/share/fonts/truetype/crosextra ] ||
  apt_install --no-install-recommends libreoffice-impress poppler-utils fonts-crosextra-carlito
if [ $# -gt 0 ]; then
  exec .venv/bin/python -m pytest "$@"
fi
# Everything but the browser tier on every core (pytest-xdist; one module per worker at a time, so a module's
# fixtures are built once), then the browser tier on two workers, test by test (each worker starts its own server
# and Chromium once; much of a browser test is waiting for a page to settle, so two share two cores). Test by test,
# not file by file: the presenter's and axe's files hold a third of the tier, and one worker took both (7:41, not
# 8:12, on 7 December 2026; a third worker gained nothing more: 7:44).
status=0
# The house rules a machine holds (pyproject.toml), before any test: a finding fails the run, the tests still run.
.venv/bin/ruff check . || status=$?
.venv/bin/ruff format --check . || status=$?
.venv/bin/mypy || status=$?
.venv/bin/python -m pytest -m "not browser" --numprocesses auto --maxprocesses 4 --dist loadscope || status=$?
.venv/bin/python -m pytest -m browser --numprocesses 2 --dist load || status=$?
exit "$status"
