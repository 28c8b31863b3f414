"""The one place an Exhibit becomes a Plotly figure: its chart kind names the builder, its table and column
roles are the builder's arguments. Screen, exports and slides all draw through here."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import pandas as pd
import plotly.graph_objects as go

from datalayer import vocab
from datalayer.viewmodels import charts
from datalayer.viewmodels.exhibit import Exhibit
from figures.compare import (
    claim_gaps_figure,
    cumulative_figure,
    milestone_timeline_figure,
    per_year_figure,
    share_bars_figure,
)
from figures.growth import growth_figure, target_progress_figure
from figures.table_figure import table_figure
from figures.world_map import animated_category_map, category_map_figure

BUILDERS: dict[type[charts.ChartSpec], Callable[..., go.Figure]] = {
    charts.CategoryMap: category_map_figure,
    charts.MapOverTime: animated_category_map,
    charts.GrowthPanel: growth_figure,
    charts.TargetProgress: target_progress_figure,
    charts.Cumulative: cumulative_figure,
    charts.PerYear: per_year_figure,
    charts.ShareBars: share_bars_figure,
    charts.MilestoneTimeline: milestone_timeline_figure,
    charts.ClaimGaps: claim_gaps_figure,
    charts.TableFigure: table_figure,
}


# Builders that place text labels themselves take `label_scale` (1 on screen, more for larger type).
SCALABLE_LABELS = (vocab.GROWTH_PANEL, vocab.CATEGORY_MAP)


def as_plotly_text(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell escaped: Plotly reads tags (<a>, <b>, <br>) in labels, hovers and tick
    text, and a name from the data must show as written. The exhibit keeps its raw table for the CSV."""
    text = [
        c for c in table.columns if pd.api.types.is_object_dtype(table[c]) or pd.api.types.is_string_dtype(table[c])
    ]
    return table.assign(
        **{c: table[c].map(lambda v: escape(v, quote=False) if isinstance(v, str) else v) for c in text}
    )


def figure_for(exhibit: Exhibit, label_scale: float = 1.0) -> go.Figure:
    options = exhibit.chart.options()
    if exhibit.chart.kind in SCALABLE_LABELS:
        options["label_scale"] = label_scale
    return BUILDERS[type(exhibit.chart)](as_plotly_text(exhibit.table), **options)
