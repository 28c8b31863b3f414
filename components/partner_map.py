"""The partner map in each lens, composed from the country view, the vocabulary and the palette."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from components.charts.world_map import (animated_category_map, category_map_figure, with_count_markers,
                                         with_point_markers)
from components.palette import CATEGORY_COLOURS, STATUS_COLOURS, YEAR_RAMP
from datalayer import vocab

STATUS_HOVER = {"status_label": "ILRS status", "date": "Signed or reported", "instrument": "Instrument",
                "counterpart": "Counterpart", "source": "Source"}
VIEW_HOVER = {"status_label": "ILRS status", "ilrs_date": "ILRS date", "instrument": "Instrument",
              "counterpart": "Counterpart", "source": "Source", "artemis_date": "Artemis Accords signed"}
BACKGROUND = (vocab.NO_STATUS, vocab.OUTSIDE_LENS, vocab.NEITHER)
INSTITUTIONS_LABEL = "Institutions (signed, by host country)"
INSTITUTION_COLUMNS = dict(lon="lon", lat="lat", count="count", detail="names", label=INSTITUTIONS_LABEL)


def status_map(map_table: pd.DataFrame, points: pd.DataFrame) -> go.Figure:
    """Partner states only (the overview): everything else is plain land."""
    return category_map_figure(
        map_table, iso3="iso3", name="name", category="status", order=vocab.PARTNER_STATUSES,
        colours=STATUS_COLOURS, labels=vocab.STATUS_LABELS, hover=STATUS_HOVER, points=points)


def _scheme(categories, program_lens: str, by_year: bool):
    """Order, colours and labels of the legend: lens categories, or signing years on a sequential ramp."""
    if not by_year:
        return vocab.LENS_CATEGORIES[program_lens], CATEGORY_COLOURS, vocab.CATEGORY_LABELS
    years = sorted(v for v in set(categories) if v not in BACKGROUND)
    colours = {y: YEAR_RAMP[i % len(YEAR_RAMP)] for i, y in enumerate(years)}
    order = (*years, vocab.NO_STATUS, vocab.OUTSIDE_LENS)
    return order, {**CATEGORY_COLOURS, **colours}, {**vocab.CATEGORY_LABELS, vocab.NO_STATUS: "Not signed"}


def lens_map(view: pd.DataFrame, category: str, program_lens: str, by_year: bool, points: pd.DataFrame,
             institutions: pd.DataFrame | None = None, height: int = 520) -> go.Figure:
    """Every country in its category; with `by_year`, signed countries coloured by year of signing;
    with `institutions` (see map_view.institution_markers), a count marker per host country."""
    order, colours, labels = _scheme(view[category], program_lens, by_year)
    background_points = points[~points["iso3"].isin(view.loc[view[category].isin(BACKGROUND), "iso3"])]
    figure = category_map_figure(
        view, iso3="iso3", name="country", category=category, order=order,
        colours=colours, labels=labels, hover=VIEW_HOVER, points=background_points, height=height)
    if institutions is not None:
        figure = with_count_markers(figure, institutions, **INSTITUTION_COLUMNS)
    return figure


def lens_map_over_time(timeline: pd.DataFrame, category: str, program_lens: str, by_year: bool,
                       points: pd.DataFrame, institutions: pd.DataFrame | None = None) -> go.Figure:
    """The lens map with a play control: one frame per month of `timeline` (see map_view.country_timeline)."""
    order, colours, labels = _scheme(timeline[category], program_lens, by_year)
    return animated_category_map(
        timeline, frame="as_of", iso3="iso3", name="country", category=category, order=order, colours=colours,
        labels=labels, points=points, background=BACKGROUND, counts=institutions,
        count_columns=INSTITUTION_COLUMNS if institutions is not None else None)


def overlap_map_with_space_powers(view: pd.DataFrame, points: pd.DataFrame, powers: pd.DataFrame) -> go.Figure:
    """The small overlap map, with a star on each space power; those in neither coalition are named."""
    figure = lens_map(view, "category", vocab.LENS_OVERLAP, False, points, height=360)
    return with_point_markers(figure, powers, lon="lon", lat="lat", name="country", detail="stands",
                              labelled="in_neither", label="Space powers (own orbital launch)")
