"""The one place an Exhibit becomes a Plotly figure: its chart kind names the builder, its table and column
roles are the builder's arguments. Screen, exports and slides all draw through here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

import pandas as pd
import plotly.graph_objects as go

from datalayer.viewmodels import charts
from datalayer.viewmodels.exhibit import Exhibit
from figures.compare import (
    bloc_split_figure,
    claim_gaps_figure,
    cumulative_figure,
    dot_strip_figure,
    milestone_timeline_figure,
    per_year_figure,
    share_bars_figure,
    slope_figure,
    split_over_time_figure,
)
from figures.growth import growth_figure, scenario_bar_figure, target_progress_figure
from figures.table_figure import table_figure
from figures.tile_map import tile_map_figure
from figures.world_map import animated_category_map, category_map_figure


@dataclass(frozen=True)
class ChartKind:
    """One registration per chart kind: the builder that draws its spec, and how drawing treats it."""

    build: Callable[..., go.Figure]  # (table, spec, **drawing options) -> figure
    scalable_labels: bool = False  # it places text labels itself, so it takes `label_scale` (1 on screen)
    count_axis: str | None = None  # the layout axis that counts states, institutions or signings


KINDS: dict[type[charts.ChartSpec], ChartKind] = {
    charts.CategoryMap: ChartKind(category_map_figure, scalable_labels=True),
    charts.MapOverTime: ChartKind(animated_category_map),
    charts.TileGrid: ChartKind(tile_map_figure, scalable_labels=True),
    charts.GrowthPanel: ChartKind(growth_figure, scalable_labels=True, count_axis="yaxis"),
    charts.TargetProgress: ChartKind(target_progress_figure),
    charts.ScenarioBar: ChartKind(scenario_bar_figure, count_axis="xaxis"),
    charts.Cumulative: ChartKind(cumulative_figure, count_axis="yaxis"),
    charts.PerYear: ChartKind(per_year_figure, count_axis="yaxis"),
    charts.ShareBars: ChartKind(share_bars_figure, scalable_labels=True),
    charts.BlocSplit: ChartKind(bloc_split_figure, scalable_labels=True),
    charts.SplitOverTime: ChartKind(split_over_time_figure, scalable_labels=True),
    charts.Slope: ChartKind(slope_figure, count_axis="yaxis"),
    charts.DotStrip: ChartKind(dot_strip_figure),
    charts.MilestoneTimeline: ChartKind(milestone_timeline_figure, scalable_labels=True),
    charts.ClaimGaps: ChartKind(claim_gaps_figure, count_axis="xaxis"),
    charts.TableFigure: ChartKind(table_figure),
}


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
    kind = KINDS[type(exhibit.chart)]
    drawing = {"label_scale": label_scale} if kind.scalable_labels else {}
    return kind.build(as_plotly_text(exhibit.table), exhibit.chart, **drawing)
