"""The partner map in each lens, composed from the country view, the vocabulary and the palette."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.charts.world_map import category_map_figure
from components.palette import CATEGORY_COLOURS, STATUS_COLOURS, YEAR_RAMP
from datalayer import vocab

STATUS_HOVER = ("status_label", "date", "instrument", "counterpart", "source")
VIEW_HOVER = ("status_label", "ilrs_date", "instrument", "counterpart", "source", "artemis_date")
BACKGROUND = (vocab.NO_STATUS, vocab.OUTSIDE_LENS, vocab.NEITHER)


def status_map(map_table: pd.DataFrame, points: pd.DataFrame) -> go.Figure:
    """Partner states only (the overview): everything else is plain land."""
    return category_map_figure(
        map_table, iso3="iso3", name="name", category="status", order=vocab.PARTNER_STATUSES,
        colours=STATUS_COLOURS, labels=vocab.STATUS_LABELS, hover=STATUS_HOVER, points=points)


def lens_map(view: pd.DataFrame, category: str, program_lens: str, by_year: bool,
             points: pd.DataFrame) -> go.Figure:
    """Every country in its category; with `by_year`, signed countries coloured by year of signing."""
    if by_year:
        years = sorted(v for v in view[category].unique() if v not in BACKGROUND)
        colours = {y: YEAR_RAMP[i % len(YEAR_RAMP)] for i, y in enumerate(years)}
        order = (*years, vocab.NO_STATUS, vocab.OUTSIDE_LENS)
        labels = {**vocab.CATEGORY_LABELS, vocab.NO_STATUS: "Not signed"}
    else:
        order, colours, labels = vocab.LENS_CATEGORIES[program_lens], CATEGORY_COLOURS, vocab.CATEGORY_LABELS
    background_points = points[~points["iso3"].isin(view.loc[view[category].isin(BACKGROUND), "iso3"])]
    return category_map_figure(
        view, iso3="iso3", name="country", category=category, order=order,
        colours={**CATEGORY_COLOURS, **colours}, labels=labels, hover=VIEW_HOVER, points=background_points)
