"""The ILRS status map, composed from the map table, the vocabulary and the palette."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.charts.world_map import category_map_figure
from components.palette import STATUS_COLOURS
from datalayer import vocab

STATUS_HOVER = ("status_label", "date", "instrument", "counterpart", "source")


def status_map(map_table: pd.DataFrame, points: pd.DataFrame) -> go.Figure:
    return category_map_figure(
        map_table, iso3="iso3", name="name", category="status", order=vocab.PARTNER_STATUSES,
        colours=STATUS_COLOURS, labels=vocab.STATUS_LABELS, hover=STATUS_HOVER, points=points)
