"""Growth panel from one long table (a row per point of each series): our counted step line, a projection,
officials' claims as labelled markers, the target as a line, milestones as guides, an optional overlay."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from components.theme import CLAIM, GUIDE, PROGRAM_COLOURS, TARGET
from datalayer import vocab

CLAIM_SYMBOLS = ("diamond", "circle-open", "square", "triangle-up")


def growth_figure(table: pd.DataFrame, *, date: str, value: str, series: str, label: str, group: str,
                  hover: Mapping[str, str], names: Mapping[str, str], y_title: str = "") -> go.Figure:
    """`series` says which of vocab.GROWTH_SERIES a row belongs to; `names` gives each series' legend name;
    claims are grouped by `group` (the counting rule the speaker used) and hover shows the `hover` columns."""
    rows_of = {s: table[table[series] == s] for s in vocab.GROWTH_SERIES}
    figure = go.Figure()
    ours = rows_of[vocab.OUR_COUNT]
    if len(ours):
        figure.add_trace(go.Scatter(x=ours[date], y=ours[value], mode="lines", line_shape="hv",
                                    name=names[vocab.OUR_COUNT], line=dict(color=PROGRAM_COLOURS[vocab.ILRS], width=3),
                                    hovertemplate="%{x|%d %b %Y}: %{y}<extra>" + names[vocab.OUR_COUNT] + "</extra>"))
    projection = rows_of[vocab.PROJECTION]
    if len(projection):
        figure.add_trace(go.Scatter(x=projection[date], y=projection[value], mode="lines",
                                    name=names[vocab.PROJECTION],
                                    line=dict(color=PROGRAM_COLOURS[vocab.ILRS], dash="dot", width=2)))
    details = "<br>".join(f"{title}: %{{customdata[{j}]}}" for j, title in enumerate(hover.values()))
    for i, (rule, rows) in enumerate(rows_of[vocab.CLAIM].groupby(group, sort=False)):
        figure.add_trace(go.Scatter(
            x=rows[date], y=rows[value], mode="markers+text", text=rows[value], textposition="top center",
            name=f"{names[vocab.CLAIM]}: {rule}",
            marker=dict(symbol=CLAIM_SYMBOLS[i % len(CLAIM_SYMBOLS)], size=12, color=CLAIM,
                        line=dict(width=1.5, color=CLAIM)),
            customdata=rows[list(hover)], hovertemplate="<b>%{y}</b> on %{x|%d %b %Y}<br>" + details + "<extra></extra>"))
    overlay = rows_of[vocab.OVERLAY]
    if len(overlay):
        figure.add_trace(go.Scatter(x=overlay[date], y=overlay[value], mode="lines", line_shape="hv",
                                    name=names[vocab.OVERLAY], line=dict(color=PROGRAM_COLOURS[vocab.ARTEMIS], width=2)))
    for row in rows_of[vocab.TARGET].itertuples():
        figure.add_hline(y=getattr(row, value), line=dict(color=TARGET, dash="dash", width=1.5),
                         annotation_text=getattr(row, label), annotation_position="top left")
    milestones = rows_of[vocab.MILESTONE]
    for day in milestones[date]:
        figure.add_vline(x=pd.Timestamp(day).timestamp() * 1000, line=dict(color=GUIDE, dash="dot", width=1))
    if len(milestones):
        figure.add_trace(go.Scatter(x=milestones[date], y=[0] * len(milestones), mode="markers",
                                    name=names[vocab.MILESTONE], marker=dict(symbol="triangle-up", size=10, color=GUIDE),
                                    text=milestones[label], hovertemplate="%{x|%d %b %Y}: %{text}<extra></extra>"))
    figure.update_layout(height=480, margin=dict(l=10, r=10, t=30, b=10), yaxis_title=y_title,
                         legend=dict(orientation="h", yanchor="top", y=-0.12), hovermode="closest")
    figure.update_yaxes(rangemode="tozero")
    return figure
