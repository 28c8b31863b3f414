"""How figures reach the page: one place sets the Plotly config (offline topology, export options)."""
from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from components.charts.plotly_config import PLOTLY_CONFIG


def show_figure(figure: go.Figure, key: str, **options):
    return st.plotly_chart(figure, config=PLOTLY_CONFIG, key=key, width="stretch", **options)
