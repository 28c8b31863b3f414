"""View model of /map: who is in, since when, in which scope, and how sure we are."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.compare import un_members_on
from datalayer.domain.countries import (
    country_choices,
    country_facts,
    country_table,
    country_timeline,
    institution_markers,
    organizations_as_of,
    partner_rows,
    with_markers,
)
from datalayer.domain.dates import month_ends, with_stop
from datalayer.domain.headline import Headline, headline
from datalayer.domain.names import short_names
from datalayer.domain.scope import ScopeOnDate, scope_members_by_date
from datalayer.domain.tile_grid import tile_positions
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, PARTNERS, REGIONS
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import CategoryMap, ChartSpec, MapOverTime, TileGrid
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.exhibit import Exhibit, project_source, sources_of, subtitle
from datalayer.words import bottom_lines, headline_tiles, headlines, map_lines
from datalayer.words.headline_tiles import Tile
from datalayer.words.notices import after_check_notice

FIRST_MONTH = date(2021, 3, 1)  # the China-Russia ILRS memorandum, 9 March 2021
# Columns a reader sees when hovering a country, and the map's table shows, in this order.
VIEW_HOVER = {
    "status_label": "ILRS status",
    "ilrs_date": "ILRS date",
    "instrument": "Instrument",
    "counterpart": "Counterpart",
    "source": "Source",
    "artemis_date": map_lines.ARTEMIS_ACCORDS_SIGNED,
}
BACKGROUND = (vocab.NO_STATUS, vocab.OUTSIDE_SCOPE, vocab.NEITHER)
INSTITUTIONS_LABEL = map_lines.INSTITUTIONS_LAYER
MAP_COLUMNS = [
    "iso3",
    "country",
    "region",
    "sub_region",
    "category",
    "category_label",
    "ilrs_status",
    *VIEW_HOVER,
    "in_scope",
    "lon",
    "lat",
    "small",
    "institutions",
    "institution_names",
    "space_power",
    "space_power_name",
    "space_power_stands",
    "space_power_named",
    "map_name",
]
SPACE_POWERS_LABEL = map_lines.SPACE_POWERS_LAYER
# The equal-tile map's table: the country, its category and ties, and its cell.
TILE_COLUMNS = [
    "iso3",
    "country",
    "region",
    "category",
    "category_label",
    "ilrs_status",
    *VIEW_HOVER,
    "in_scope",
    "col",
    "row",
]
TITLES = {
    vocab.VIEW_ILRS: "ILRS partner map",
    vocab.VIEW_ARTEMIS: map_lines.ARTEMIS_ACCORDS_SIGNATORIES,
    vocab.VIEW_OVERLAP: map_lines.OVERLAP_TITLE,
}
HEADLINES = {
    vocab.VIEW_ILRS: headlines.partner_map,
    vocab.VIEW_ARTEMIS: headlines.accords_map,
    vocab.VIEW_OVERLAP: headlines.overlap_map,
}

# The datasets this page draws on: a malformed one stops this page only.
USES = tuple(d.key for d in (PARTNERS, ARTEMIS_ACCORDS, REGIONS, BLOCS))


@dataclass(frozen=True)
class MapOptions:
    view: str = vocab.VIEW_ILRS
    colouring: str = vocab.BY_STATUS
    play: bool = False
    institutions: bool = False  # the circles cover small states and names: one click shows them


@dataclass(frozen=True, eq=False, kw_only=True)
class MapModel(ViewModel):
    partners: pd.DataFrame  # every tie in scope on the date, the table under the map
    organizations: pd.DataFrame  # no territory: listed beside the map, not drawn
    country_choices: dict[str, str]
    caveats: str = ""  # what the counts hold that a reader should weigh: disputed members, unconfirmed rows


def as_of_stops(today: date) -> list[date]:
    """The As of slider's stops: month ends from the first signing to today."""
    return month_ends(FIRST_MONTH, today)


def legend(order, labels=vocab.CATEGORY_LABELS) -> dict:
    return {"order": tuple(order), "labels": dict(labels)}


def _scheme(categories: pd.Series, view: str, by_year: bool) -> dict:
    """Legend order and labels: the view's categories, or signing years (then no tie, outside)."""
    if not by_year:
        return legend(vocab.VIEW_CATEGORIES[view])
    years = sorted(v for v in set(categories) if v not in (*BACKGROUND, vocab.LEAD))
    lead = (vocab.LEAD,) if vocab.LEAD in set(categories) else ()
    return legend(
        (*lead, *years, vocab.NO_STATUS, vocab.OUTSIDE_SCOPE), {**vocab.CATEGORY_LABELS, vocab.NO_STATUS: "Not signed"}
    )


def map_key(program_view: str) -> str:
    """The exhibit key of the map in a view: 'map.ilrs'."""
    return f"map.{program_view}"


def tiles_key(program_view: str) -> str:
    """The exhibit key of the equal-tile map in a view: 'map.ilrs_tiles'."""
    return f"{map_key(program_view)}_tiles"


def names_on_map(table: pd.DataFrame, view: str, tables: Tables) -> pd.Series:
    """The name the map writes beside each state ('' for none), in the short form briefings use (Russia, not
    the Russian Federation): the ILRS's signed partners, or the states in both coalitions; and on every view,
    each lead the view draws, marked '(lead)', both leads alike. The Artemis map names its lead only: 67 names
    would not fit (they are in the hover)."""
    ilrs_lead = table["ilrs_status"] == vocab.LEAD
    artemis_lead = (table["iso3"] == vocab.LEADS[vocab.ARTEMIS].iso3) & (table["artemis_date"] != "")
    if view == vocab.VIEW_ILRS:
        shown, leads = table["ilrs_status"] == vocab.SIGNED, ilrs_lead
    elif view == vocab.VIEW_OVERLAP:
        shown, leads = table["category"] == vocab.BOTH, ilrs_lead | artemis_lead
    else:
        shown, leads = pd.Series(False, index=table.index), artemis_lead
    states = tables.partners[tables.partners["kind"] == vocab.STATE]
    short = table["iso3"].map(dict(zip(states["iso3"], states["name"], strict=True))).fillna(table["country"])
    in_sentences = table["iso3"].map(short_names(tables.regions)).fillna(short).str.removeprefix("the ")
    short = short.where(~leads, in_sentences.map(map_lines.lead_name))
    return short.where(table["in_scope"] & (shown | leads), "")


BOUNDS_PAD_DEG = 8  # around the scope's marker points: a point sits inside its country, not at its edge
MIN_SPAN_DEG = (50.0, 30.0)  # longitude, latitude: one small state's scope still shows its neighbours


def scope_bounds(table: pd.DataFrame, scope_is_world: bool) -> tuple[float, float, float, float] | None:
    """(west, east, south, north) around the marker points of the countries in scope, padded and at least
    MIN_SPAN_DEG wide and tall: a bloc's or region's map is framed on it (the African Union on Africa). None for
    the world."""
    inside = table.loc[table["in_scope"], ["lon", "lat"]].dropna()
    if scope_is_world or inside.empty:
        return None
    spans = []
    for axis, least, limit in (("lon", MIN_SPAN_DEG[0], 180.0), ("lat", MIN_SPAN_DEG[1], 85.0)):
        low, high = float(inside[axis].min()) - BOUNDS_PAD_DEG, float(inside[axis].max()) + BOUNDS_PAD_DEG
        grow = max(0.0, least - (high - low)) / 2
        spans.append((max(-limit, low - grow), min(limit, high + grow)))
    (west, east), (south, north) = spans
    return (west, east, south, north)


def map_exhibit(
    tables: Tables,
    points: pd.DataFrame,
    drawable: set[str],
    at: ScopeOnDate,
    options: MapOptions,
    key: str,
    height: int = 520,
    space_powers: pd.DataFrame | None = None,
    countries: pd.DataFrame | None = None,
) -> Exhibit:
    """The partner map in a view, scope and colouring; with `play`, one frame per month to the As of date.
    `space_powers` (iso3, country as briefings name it, stands, in_neither) stars those states, naming the ones
    in neither coalition. `countries`: the country table on the As of date, when the caller has it already."""
    by_year, scope, as_of = options.colouring == vocab.BY_YEAR, at.scope, at.as_of
    # A timeline steps through month ends, each with the scope's members that day; a still map takes `at`'s.
    members_by_date: dict[date, set[str] | None] = (
        scope_members_by_date(tables.blocs, tables.regions, scope, with_stop(month_ends(FIRST_MONTH, as_of), as_of))
        if options.play
        else {as_of: None if at.members is None else set(at.members)}
    )
    hosted = (
        institution_markers(tables.partners, points, members_by_date)
        if options.institutions and options.view != vocab.VIEW_ARTEMIS
        else None
    )
    if countries is None:
        countries = country_table(
            tables.regions,
            tables.partners,
            tables.artemis_accords,
            drawable,
            members_by_date[as_of],
            options.view,
            as_of,
            by_year,
        )
    scheme = _scheme(countries["category"], options.view, by_year)
    hosted_now = None if hosted is None else hosted[hosted["as_of"] == as_of]
    table = with_markers(countries, points, hosted_now)
    if space_powers is not None:
        powers = space_powers.set_index("iso3")
        table = table.assign(
            space_power=table["iso3"].isin(powers.index),
            space_power_name=table["iso3"].map(powers["country"]).astype(object).fillna(""),
            space_power_stands=table["iso3"].map(powers["stands"]).astype(object).fillna(""),
            space_power_named=table["iso3"].isin(powers.index[powers["in_neither"].astype(bool)]),
        )
    columns = dict(iso3="iso3", name="country", category="category", small="small", background=BACKGROUND, **scheme)
    if hosted is not None:
        columns.update(count="institutions", count_detail="institution_names", count_label=INSTITUTIONS_LABEL)
    if options.play:
        timeline = country_timeline(
            tables.regions, tables.partners, tables.artemis_accords, drawable, members_by_date, options.view, by_year
        )
        shown = with_markers(timeline, points, hosted, on=("as_of", "iso3"))
        chart: ChartSpec = MapOverTime(**columns, frame="as_of", bounds=scope_bounds(table, scope.is_world))
        shown = shown.assign(category_label=shown["category"].map(scheme["labels"]).fillna(shown["category"]))
        shown = shown[["as_of", *[c for c in MAP_COLUMNS if c in shown]]]
    else:
        if space_powers is not None:
            columns.update(
                star="space_power",
                star_detail="space_power_stands",
                star_labelled="space_power_named",
                star_name="space_power_name",
                star_label=SPACE_POWERS_LABEL,
            )
        table = table.assign(map_name=names_on_map(table, options.view, tables))
        columns.update(named="map_name")
        chart = CategoryMap(**columns, hover=VIEW_HOVER, height=height, bounds=scope_bounds(table, scope.is_world))
        shown = table.assign(category_label=table["category"].map(scheme["labels"]).fillna(table["category"]))
        shown = shown[[c for c in MAP_COLUMNS if c in shown]]
    detail = vocab.PROGRAM_VIEWS[options.view] + (map_lines.BY_YEAR_DETAIL if by_year else "")
    ties = tables.partners[tables.partners["iso3"].isin(set(table.loc[table["in_scope"], "iso3"]))]
    sources = sources_of(ties) if options.view != vocab.VIEW_ARTEMIS else ()
    if options.view != vocab.VIEW_ILRS:
        sources += (project_source("data/artemis_accords.csv"),)
    return Exhibit(
        key=key,
        title=TITLES[options.view],
        subtitle=subtitle(scope.label, as_of, detail),
        summary=map_lines.map_summary(table, options.view, scope, as_of),
        table=shown.reset_index(drop=True),
        chart=chart,
        sources=sources,
        headline=HEADLINES[options.view](table, scope),
    )


def tile_exhibit(tables: Tables, points: pd.DataFrame, at: ScopeOnDate, options: MapOptions) -> Exhibit:
    """The map's view as an equal-tile grid: every UN member state in scope on the date one square, in the same
    categories and colours as the area map, so a room counts states, not land. Its own country table: the area
    map's holds only the states the geometry draws (San Marino has no shape; it has a tile)."""
    scope, as_of, view = at.scope, at.as_of, options.view
    un = tables.un_member_states
    members = sorted(un["iso3"])  # the grid is laid out once for every member, so a state keeps its cell
    grid = tile_positions(members, points)
    countries = country_table(
        tables.regions,
        tables.partners,
        tables.artemis_accords,
        un_members_on(un, as_of),
        None if at.members is None else set(at.members),
        view,
        as_of,
        options.colouring == vocab.BY_YEAR,
    )
    table = countries[countries["in_scope"]].merge(grid, on="iso3")
    scheme = _scheme(countries["category"], view, options.colouring == vocab.BY_YEAR)
    shown = table.assign(category_label=table["category"].map(scheme["labels"]).fillna(table["category"]))
    detail = vocab.PROGRAM_VIEWS[view] + (map_lines.BY_YEAR_DETAIL if options.colouring == vocab.BY_YEAR else "")
    ties = tables.partners[tables.partners["iso3"].isin(set(table["iso3"]))]
    sources = (*(sources_of(ties) if view != vocab.VIEW_ARTEMIS else ()), project_source("data/un_member_states.csv"))
    if view != vocab.VIEW_ILRS:
        sources += (project_source("data/artemis_accords.csv"),)
    return Exhibit(
        key=tiles_key(view),
        title=map_lines.tiles_title(TITLES[view]),
        subtitle=subtitle(scope.label, as_of, detail, map_lines.TILES_DETAIL),
        summary=map_lines.map_summary(table, view, scope, as_of),
        table=shown[[c for c in TILE_COLUMNS if c in shown]].sort_values(["row", "col"]).reset_index(drop=True),
        chart=TileGrid(
            iso3="iso3", name="country", category="category", col="col", row="row", hover=VIEW_HOVER, **scheme
        ),
        sources=sources,
        headline=HEADLINES[view](table, scope),
    )


def map_tiles(h: Headline) -> tuple[Tile, ...]:
    return (
        headline_tiles.partner_tile(h),
        headline_tiles.orgs_tile(h),
        headline_tiles.institutions_tile(h),
        headline_tiles.artemis_tile(h),
        headline_tiles.both_tile(h),
    )


def map_model(
    tables: Tables, points: pd.DataFrame, drawable: set[str], at: ScopeOnDate, options: MapOptions
) -> MapModel:
    # One country table serves the map, the tiles and the table (the colouring changes only its category).
    scope, as_of = at.scope, at.as_of
    members = None if at.members is None else set(at.members)
    countries = country_table(
        tables.regions,
        tables.partners,
        tables.artemis_accords,
        drawable,
        members,
        options.view,
        as_of,
        options.colouring == vocab.BY_YEAR,
    )
    exhibit = map_exhibit(tables, points, drawable, at, options, key=map_key(options.view), countries=countries)
    tiles = tile_exhibit(tables, points, at, options)
    notices = tuple(n for n in (after_check_notice(as_of, tables.checked_on),) if n)
    h = headline(tables.partners, tables.artemis_accords, members, as_of, at.disputed)
    return MapModel(
        tiles=map_tiles(h),
        caveats=bottom_lines.caveats_line(h, scope, at.suspended),
        exhibits=(exhibit, tiles),
        partners=partner_rows(tables.partners, countries, as_of),
        organizations=organizations_as_of(tables.partners, as_of)[
            ["name", "status", "date", "source_publisher", "source_url"]
        ].reset_index(drop=True),
        country_choices=country_choices(countries),
        notices=notices,
    )


@dataclass(frozen=True, eq=False)
class CountryDetail:
    name: str
    sections: tuple[tuple[str, pd.DataFrame], ...]  # (heading, rows as written in the files)


DETAIL_SECTIONS = (
    ("ilrs", map_lines.ILRS_TIES_LEGEND),
    ("artemis", "Artemis Accords"),
    ("blocs", "Blocs"),
)


def country_detail(tables: Tables, iso3: str, name: str) -> CountryDetail:
    facts = country_facts(iso3, tables.partners, tables.artemis_accords, tables.blocs)
    written = {key: rows[[c for c in rows.columns if not c.endswith("_start")]] for key, rows in facts.items()}
    return CountryDetail(name, tuple((title, written[key]) for key, title in DETAIL_SECTIONS))
