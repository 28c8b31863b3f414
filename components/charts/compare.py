"""Comparison charts: cumulative membership of two programs, new members per year as bars."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.palette import PROGRAM_COLOURS
from datalayer import vocab

COLOUR_BY_LABEL = {vocab.PROGRAM_LABELS[p]: c for p, c in PROGRAM_COLOURS.items()}


def cumulative_figure(table: pd.DataFrame, *, x: str, count: str, program: str, x_title: str) -> go.Figure:
    figure = go.Figure()
    for name, rows in table.groupby(program, sort=False):
        figure.add_trace(go.Scatter(x=rows[x], y=rows[count], mode="lines", line_shape="hv", name=name,
                                    line=dict(color=COLOUR_BY_LABEL.get(name), width=3)))
    figure.update_layout(height=380, margin=dict(l=10, r=10, t=30, b=10), xaxis_title=x_title,
                         yaxis_title="Member states", legend=dict(orientation="h", y=-0.2))
    return figure


def per_year_figure(table: pd.DataFrame, *, year: str, value: str, program: str) -> go.Figure:
    figure = go.Figure()
    for name, rows in table.groupby(program, sort=False):
        figure.add_trace(go.Bar(x=rows[year], y=rows[value], name=name, marker_color=COLOUR_BY_LABEL.get(name)))
    figure.update_layout(barmode="group", height=320, margin=dict(l=10, r=10, t=30, b=10),
                         yaxis_title="New member states", legend=dict(orientation="h", y=-0.2))
    return figure
