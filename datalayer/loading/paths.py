"""Where the shipped files live, relative to the repository root."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "data"
DATA_DIR_VARIABLE = "ILRS_DATA_DIR"  # lets tests point the running app at a deliberately broken copy


def data_dir() -> Path:
    return Path(os.environ.get(DATA_DIR_VARIABLE, DATA_DIR))


STATIC_DIR = ROOT / "static"
STATIC_ROUTE = "app/static/"  # where Streamlit serves STATIC_DIR (server.enableStaticServing)
TOPOJSON_DIR = STATIC_DIR / "topojson"
# Plotly names its topology files <scope>_<resolution>m.json; we draw the world at 110m and take
# small states' positions from the finer 50m file.
MAP_TOPOJSON = TOPOJSON_DIR / "world_110m.json"
DETAIL_TOPOJSON = TOPOJSON_DIR / "world_50m.json"
MARKER_POINTS = TOPOJSON_DIR / "marker_points.csv"  # computed from the geometry: see domain/geometry.py
