#!/usr/bin/env bash
# Starts the dashboard at http://localhost:8501 (creates .venv and installs pinned requirements first).
source "$(dirname "$0")/env.sh"
ensure_venv requirements.txt
[ -x /usr/bin/chromium ] || apt_install chromium  # slide images and the briefing pack render in it
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" "$@"
