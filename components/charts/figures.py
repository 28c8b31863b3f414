"""The one place an Exhibit becomes a Plotly figure: its chart kind names the builder, its table and column
roles are the builder's arguments. Screen, exports and slides all draw through here."""
from __future__ import annotations

import plotly.graph_objects as go

from components.charts.compare import cumulative_figure, milestone_timeline_figure, per_year_figure, share_bars_figure
from components.charts.growth import growth_figure, target_progress_figure
from components.charts.world_map import animated_category_map, category_map_figure
from datalayer import vocab
from datalayer.views.exhibit import Exhibit

BUILDERS = {
    vocab.CATEGORY_MAP: category_map_figure,
    vocab.MAP_OVER_TIME: animated_category_map,
    vocab.GROWTH_PANEL: growth_figure,
    vocab.TARGET_PROGRESS: target_progress_figure,
    vocab.CUMULATIVE: cumulative_figure,
    vocab.PER_YEAR: per_year_figure,
    vocab.SHARE_BARS: share_bars_figure,
    vocab.MILESTONE_TIMELINE: milestone_timeline_figure,
}


# Builders that place text labels themselves take `label_scale` (1 on screen, more for larger type).
SCALABLE_LABELS = (vocab.GROWTH_PANEL,)


def figure_for(exhibit: Exhibit, label_scale: float = 1.0) -> go.Figure:
    options = dict(exhibit.chart.options)
    if exhibit.chart.kind in SCALABLE_LABELS:
        options["label_scale"] = label_scale
    return BUILDERS[exhibit.chart.kind](exhibit.table, **options)
