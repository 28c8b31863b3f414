#!/usr/bin/env bash
# Runs every test: data, pages (AppTest) and real-browser tests in Debian's chromium.
source "$(dirname "$0")/env.sh"
ensure_venv requirements-test.txt
[ -x /usr/bin/chromium ] || apt_install chromium
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || apt_install haproxy  # the serving test
exec .venv/bin/python -m pytest "$@"
