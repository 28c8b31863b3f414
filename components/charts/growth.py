"""Growth panel: our counted step line, officials' claims as markers, the target, a projection, milestones."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.palette import PROGRAM_COLOURS
from datalayer import vocab

CLAIM_SYMBOLS = ("diamond", "circle-open", "square", "triangle-up")


def growth_figure(counted: pd.DataFrame, *, date: str, count: str, counted_label: str,
                  claims: pd.DataFrame, claim_date: str, claim_value: str, claim_group: str, claim_hover: list[str],
                  target: int | None, target_label: str, projection: pd.DataFrame | None,
                  milestones: pd.DataFrame, milestone_date: str, milestone_title: str,
                  overlay: pd.DataFrame | None = None, overlay_label: str = "", y_title: str = "") -> go.Figure:
    figure = go.Figure()
    if len(counted):
        figure.add_trace(go.Scatter(x=counted[date], y=counted[count], mode="lines", line_shape="hv",
                                    name=counted_label, line=dict(color=PROGRAM_COLOURS[vocab.ILRS], width=3),
                                    hovertemplate="%{x|%d %b %Y}: %{y}<extra>" + counted_label + "</extra>"))
    if projection is not None and len(projection):
        figure.add_trace(go.Scatter(x=projection[date], y=projection[count], mode="lines",
                                    name="Projection at current pace (not a forecast)",
                                    line=dict(color=PROGRAM_COLOURS[vocab.ILRS], dash="dot", width=2)))
    for i, (group, rows) in enumerate(claims.groupby(claim_group, sort=False)):
        lines = "<br>".join(f"{c.replace('_', ' ')}: %{{customdata[{j}]}}" for j, c in enumerate(claim_hover))
        figure.add_trace(go.Scatter(
            x=rows[claim_date], y=rows[claim_value], mode="markers+text", text=rows[claim_value],
            textposition="top center", name=f"Official claim: {group}",
            marker=dict(symbol=CLAIM_SYMBOLS[i % len(CLAIM_SYMBOLS)], size=12, color="#444444",
                        line=dict(width=1.5, color="#444444")),
            customdata=rows[claim_hover], hovertemplate="<b>%{y}</b> on %{x|%d %b %Y}<br>" + lines + "<extra></extra>"))
    if overlay is not None and len(overlay):
        figure.add_trace(go.Scatter(x=overlay[date], y=overlay[count], mode="lines", line_shape="hv",
                                    name=overlay_label, line=dict(color=PROGRAM_COLOURS[vocab.ARTEMIS], width=2)))
    if target is not None:
        figure.add_hline(y=target, line=dict(color="#222222", dash="dash", width=1.5),
                         annotation_text=target_label, annotation_position="top left")
    for row in milestones.itertuples():
        figure.add_vline(x=getattr(row, milestone_date).timestamp() * 1000,
                         line=dict(color="#999999", dash="dot", width=1))
    if len(milestones):
        figure.add_trace(go.Scatter(x=milestones[milestone_date], y=[0] * len(milestones), mode="markers",
                                    name="Milestones", marker=dict(symbol="triangle-up", size=10, color="#999999"),
                                    text=milestones[milestone_title],
                                    hovertemplate="%{x|%d %b %Y}: %{text}<extra></extra>"))
    figure.update_layout(height=480, margin=dict(l=10, r=10, t=30, b=10), yaxis_title=y_title,
                         legend=dict(orientation="h", yanchor="top", y=-0.12), hovermode="closest")
    figure.update_yaxes(rangemode="tozero")
    return figure
