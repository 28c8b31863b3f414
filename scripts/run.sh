#!/usr/bin/env bash
# Starts the dashboard at http://localhost:8501, compressed and with its JSON API at /api/v1/ (serve.py), creating
# .venv and installing the pinned requirements first.
source "$(dirname "$0")/env.sh"
ensure_venv requirements.txt
[ -x /usr/bin/chromium ] || apt_install chromium  # slide images and the briefing pack render in it
exec .venv/bin/python -m streamlit run serve.py --server.port "${PORT:-8501}" "$@"
