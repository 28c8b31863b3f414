"""A categorical world choropleth, with markers for states too small to see at world scale."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from components.palette import BORDER, LAND


def _hover_template(hover: Sequence[str]) -> str:
    lines = [f"{column.replace('_', ' ').capitalize()}: %{{customdata[{i}]}}" for i, column in enumerate(hover)]
    return "<b>%{text}</b><br>" + "<br>".join(lines) + "<extra></extra>"


def category_map_figure(
    table: pd.DataFrame,
    *,
    iso3: str,
    name: str,
    category: str,
    order: Sequence[str],
    colours: Mapping[str, str],
    labels: Mapping[str, str],
    hover: Sequence[str] = (),
    points: pd.DataFrame | None = None,
) -> go.Figure:
    """One trace per category, in `order`, named with its count; `points` (iso3, lon, lat) adds markers."""
    figure = go.Figure()
    hover_template = _hover_template(hover)
    for value in order:
        rows = table[table[category] == value]
        if rows.empty:
            continue
        legend = f"{labels.get(value, value)} ({len(rows)})"
        colour = colours[value]
        figure.add_trace(go.Choropleth(
            locations=rows[iso3], z=[1] * len(rows), locationmode="ISO-3",
            colorscale=[[0, colour], [1, colour]], showscale=False,
            marker_line_color=BORDER, marker_line_width=0.5,
            name=legend, legendgroup=value, showlegend=True,
            text=rows[name], customdata=rows[list(hover)], hovertemplate=hover_template,
        ))
        if points is not None:
            small = rows.merge(points, left_on=iso3, right_on="iso3", suffixes=("", "_point"))
            figure.add_trace(go.Scattergeo(
                lon=small["lon"], lat=small["lat"], mode="markers",
                marker=dict(size=7, color=colour, line=dict(color="#333333", width=0.8)),
                name=f"{labels.get(value, value)} (small states)", legendgroup=value, showlegend=False,
                text=small[name], customdata=small[list(hover)], hovertemplate=hover_template,
            ))
    figure.update_geos(
        projection_type="natural earth", resolution=110, showframe=False, showcoastlines=False,
        showcountries=True, countrycolor=BORDER, showland=True, landcolor=LAND,
        showocean=False, showlakes=False, lataxis_range=[-57, 85],
    )
    figure.update_layout(
        margin=dict(l=0, r=0, t=10, b=0), height=520,
        legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="left", x=0),
        dragmode=False,
    )
    return figure
