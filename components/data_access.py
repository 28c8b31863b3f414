"""The Streamlit edge of the data layer: tables loaded once per process, view models cached per
(scope, As of, options), and a readable stop when a file is malformed. Caching wraps the pure functions
here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path
from typing import TypeVar, cast

import pandas as pd
import streamlit as st

from components.markdown import escaped
from datalayer import vocab
from datalayer.domain.scope import WORLD_SCOPE, Scope, ScopeOnDate, resolve
from datalayer.loading.errors import DataFileError
from datalayer.loading.geometry import drawn_iso3, load_marker_points
from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS, STATIC_ROUTE, data_dir
from datalayer.loading.publish import FEED_FILE, data_zip
from datalayer.loading.tables import Tables, load_tables
from datalayer.loading.tables import data_stamp as loaded_stamp
from datalayer.viewmodels import briefing, compare, country, growth, method, overview, reconciliation, sources, what_if
from datalayer.viewmodels import map as map_view
from datalayer.viewmodels import since as since_view
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.words import interface
from datalayer.words.cldr import country_names
from datalayer.words.country_names import named_in_language
from datalayer.words.language import speaking
from datalayer.words.translation import data_language
from figures import export

T = TypeVar("T")

FEED_URL = f"/{STATIC_ROUTE}{FEED_FILE.name}"  # the Atom feed of changes, served as a static file
VIEW_CACHE_ENTRIES = 512  # all view models together: a room of viewers switching scopes, dates and pages
# View models are cached as shared resources, not copied per call: they are frozen and never changed by a page,
# so every session reads the same object (no pickling on each rerun), and its exhibits' figures are drawn once
# (see exhibits.figure_of).


def data_stamp() -> tuple:
    return loaded_stamp(Path(data_dir()))


@st.cache_resource(show_spinner=False)
def _tables(directory: str, stamp: tuple) -> Tables:
    # A resource, not data: one shared, read-only copy per process instead of a copy per session.
    return load_tables(Path(directory))


def tables() -> Tables:
    """Every validated table, or an error box naming file, line, column and rule, and the page stops there."""
    try:
        return _tables(str(data_dir()), data_stamp())
    except DataFileError as error:
        show_data_error(error)
        st.stop()


def show_data_error(error: DataFileError) -> None:
    # The values quoted come from the file itself: escaped, so they show literally.
    problems = "\n".join(f"- {escaped(p.describe())}" for p in error.problems[:20])
    st.error(interface.data_file_error(escaped(error.file), problems), icon=":material/error:")


@st.cache_resource(show_spinner=False)
def marker_positions() -> pd.DataFrame:
    """A point inside every country (for small-state and institution markers); computed once per process."""
    return load_marker_points(MARKER_POINTS)


@st.cache_resource(show_spinner=False)
def drawable_countries() -> frozenset[str]:
    """Countries the map can fill (110m) or mark (50m)."""
    return drawn_iso3(DETAIL_TOPOJSON)


def _built(name: str, build: Callable[..., T], *args: Hashable) -> T:
    """`build(tables, *args)`, cached per (data files, name, args): one cache for every view model."""
    return cast(T, _cached(data_stamp(), data_language(), name, build, args))


@st.cache_resource(show_spinner=False, max_entries=VIEW_CACHE_ENTRIES)
def _cached(stamp: tuple, code: str, name: str, _build: Callable[..., object], args: tuple) -> object:
    # `_build` is left out of the key (Streamlit skips arguments named with a leading underscore): `name` keys it.
    # Built in the language it is cached for: every word of a view model is written while it is built.
    with speaking(code):
        return _build(_named_tables(stamp, code), *args)


@st.cache_resource(show_spinner=False)
def _named_tables(stamp: tuple, code: str) -> Tables:
    """The tables with every state named in `code` (the same tables in English)."""
    with speaking(code):
        return named_in_language(tables())


def at(scope: Scope, as_of: date) -> ScopeOnDate:
    """The scope resolved on `as_of`, once, in the domain: every scoped view model takes this."""
    return _built("scope", _resolve, scope, as_of)


def _resolve(tables: Tables, scope: Scope, as_of: date) -> ScopeOnDate:
    return resolve(tables.blocs, tables.regions, scope, as_of)


def overview_model(since: date | None = None) -> overview.OverviewModel:
    """`since` equal to its default is the default: one cached model, whichever way the page asked."""
    return _built("overview", _overview, None if since == overview_since_default() else since)


def _overview(tables: Tables, since: date | None) -> overview.OverviewModel:
    return overview.overview_model(tables, marker_positions(), set(drawable_countries()), since)


def overview_since_default() -> date:
    """The overview's then-and-now first date: the world's, on the data's check date."""
    return since_default(Scope(), tables().checked_on)


def since_default(scope: Scope, as_of: date) -> date:
    """The then-and-now chart's first date when the address names none: the ILRS's newest signing in the scope."""
    return _built("since", _since_default, at(scope, as_of))


def _since_default(tables: Tables, scope_on_date: ScopeOnDate) -> date:
    return since_view.default_since(tables, scope_on_date)


def map_model(scope: Scope, as_of: date, options: map_view.MapOptions) -> map_view.MapModel:
    return _built("map", _map, at(scope, as_of), options)


def _map(tables: Tables, scope_on_date: ScopeOnDate, options: map_view.MapOptions) -> map_view.MapModel:
    return map_view.map_model(tables, marker_positions(), set(drawable_countries()), scope_on_date, options)


def country_detail(iso3: str, name: str) -> map_view.CountryDetail:
    return map_view.country_detail(tables(), iso3, name)


def growth_model(scope: Scope, as_of: date, options: growth.GrowthOptions) -> growth.GrowthModel:
    return _built("growth", growth.growth_model, at(scope, as_of), options)


def what_if_model(
    as_of: date, metric: str, target_year: int, tokens: tuple[str, ...], scope: Scope = WORLD_SCOPE
) -> what_if.WhatIfModel:
    return _built("what_if", what_if.what_if_model, as_of, metric, target_year, tokens, scope)


def reconciliation_model(as_of: date) -> reconciliation.ReconciliationModel:
    return _built("reconciliation", reconciliation.reconciliation_model, as_of)


def method_model() -> method.MethodModel:
    return _built("method", method.method_model)


def country_model(iso3: str, as_of: date, group: Scope = WORLD_SCOPE) -> country.CountryModel:
    return _built("country", country.country_model, iso3, as_of, group)


def country_choices() -> dict[str, str]:
    """iso3 -> name for a menu, in the reader's language."""
    return country_names(country.country_choices(tables()))


def what_if_options(as_of: date) -> dict[str, str]:
    return _built("what_if_options", what_if.picker_options, as_of)


def compare_model(scope: Scope, as_of: date, since: date | None = None) -> compare.CompareModel:
    """`since` equal to its default is the default: one cached model (the warmed one), whichever way asked."""
    return _built("compare", _compare, at(scope, as_of), None if since == since_default(scope, as_of) else since)


def _compare(tables: Tables, scope_on_date: ScopeOnDate, since: date | None) -> compare.CompareModel:
    return compare.compare_model(tables, marker_positions(), set(drawable_countries()), scope_on_date, since)


def sources_model() -> sources.SourcesModel:
    return sources.sources_model(tables())


def dataset_rows(key: str) -> sources.DatasetRows:
    return sources.dataset_rows(tables(), key)


@st.cache_resource(show_spinner=False)
def image_renderer() -> export.Renderer:
    """One Chromium renderer per process, started on the first export (a failure is not cached: the next
    click tries again)."""
    return export.Renderer()


def briefing_for(scope: Scope, as_of: date, extra: tuple[Exhibit, ...] = ()) -> briefing.BriefingModel:
    """From the pages' cached view models: a pack of what a viewer has open costs no second computation."""
    return briefing.assemble(
        tables(),
        at(scope, as_of),
        map_model(scope, as_of, map_view.MapOptions()),
        compare_model(scope, as_of),
        growth_model(scope, as_of, growth.GrowthOptions(metric=vocab.COUNTRIES)),
        growth_model(scope, as_of, growth.GrowthOptions(metric=vocab.INSTITUTIONS)),
        extra=extra,
    )


def data_zip_bytes() -> bytes:
    """Every data file with its Data Package and the written method: built when a reader clicks."""
    return data_zip()
