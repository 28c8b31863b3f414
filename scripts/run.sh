#!/usr/bin/env bash
# Starts the dashboard at http://localhost:8501 (creates .venv and installs pinned requirements first).
source "$(dirname "$0")/env.sh"
ensure_venv requirements.txt
exec .venv/bin/python -m streamlit run app.py --server.port "${PORT:-8501}" "$@"
