"""The equal-tile map: every state one square, near where it lies, so a slide shows how many states, not how
much land."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from datalayer.viewmodels.charts import TileGrid
from figures.theme import category_colours

TILE = 0.9  # of a cell, the square's side: the gap between tiles is the background
TILE_PX = 36  # a cell's height on screen (the figure's height follows the grid's rows)


def _hover_template(hover: dict[str, str] | None) -> str:
    lines = "".join(f"<br>{label}: %{{customdata[{i + 1}]}}" for i, label in enumerate(hover or {}))
    return "<b>%{customdata[0]}</b>" + lines + "<extra></extra>"


def tile_map_figure(table: pd.DataFrame, spec: TileGrid, label_scale: float = 1.0) -> go.Figure:
    """A square per row of `table` at (col, row), its category's colour, its code written on it in the theme's
    text colour with a halo; one legend entry per category drawn, in the legend's order. In large type
    (`label_scale` above 1) a code would not fit its tile: the tiles stand unlabelled (the hover and the table
    name them), and the legend stands beside the grid, which then takes the slide's height."""
    large = label_scale > 1
    colours = category_colours(spec.order)
    figure = go.Figure()
    half = TILE / 2
    for category in [c for c in spec.order if c in set(table[spec.category])]:
        rows = table[table[spec.category] == category]
        for col, row in zip(rows[spec.col], rows[spec.row], strict=True):
            figure.add_shape(
                type="rect",
                x0=col - half,
                x1=col + half,
                y0=-row - half,
                y1=-row + half,
                fillcolor=colours.get(category),
                line=dict(width=0),
                layer="below",
            )
        # The legend's key for the category: a square like the tiles, drawn off the grid.
        figure.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                marker=dict(symbol="square", size=14, color=colours.get(category)),
                name=spec.labels.get(category, category),
                legendgroup=category,
            )
        )
        figure.add_trace(
            go.Scatter(
                x=rows[spec.col],
                y=-rows[spec.row],
                mode="markers" if large else "text",
                marker=dict(opacity=0, size=1),
                text=rows[spec.iso3],
                textfont=dict(size=10, shadow="auto"),  # a slide sets its own size (figures.media)
                customdata=rows[[spec.name, *(spec.hover or {})]],
                hovertemplate=_hover_template(dict(spec.hover or {})),
                name=spec.labels.get(category, category),
                legendgroup=category,
                showlegend=False,
            )
        )
    columns = int(table[spec.col].max()) + 1 if len(table) else 1
    rows_drawn = int(table[spec.row].max()) + 1 if len(table) else 1
    top = int(table[spec.row].min()) if len(table) else 0
    left = int(table[spec.col].min()) if len(table) else 0
    figure.update_layout(
        height=max(260, (rows_drawn - top) * TILE_PX + 110),
        margin=dict(l=10, r=10, t=10, b=10),
        legend=dict(orientation="v", x=1.01, y=1) if large else dict(orientation="h", yanchor="top", y=-0.02, x=0),
        hovermode="closest",
        xaxis=dict(visible=False, range=[left - 0.6, columns - 0.4]),
        # Squares stay square whatever the width: one unit down is one unit across.
        yaxis=dict(visible=False, range=[-rows_drawn + 0.4, -top + 0.6], scaleanchor="x", scaleratio=1),
    )
    return figure
