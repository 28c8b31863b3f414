"""The chart contract: one frozen spec per chart kind, naming the table's columns each role reads and the options
the builder accepts. An Exhibit checks its spec against its own table when a view model builds it, so a
misspelt column fails there, with the exhibit's key and the role, not later inside Plotly.

A spec's type is its chart kind: `figures.builders.KINDS` registers each once, with its builder (which takes the
table and the spec) and how drawing treats it.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import ClassVar

import pandas as pd

from datalayer.words import comparison_lines


class ChartSpecError(ValueError):
    """A spec names a column its exhibit's table does not have."""


@dataclass(frozen=True)
class ChartSpec:
    column_roles: ClassVar[tuple[str, ...]]  # the fields that name a column of the table

    def columns(self) -> list[str]:
        """Every column the builder will read, by role."""
        named = [getattr(self, role) for role in self.column_roles if getattr(self, role)]
        return named + list(getattr(self, "hover", None) or ())

    def check(self, table: pd.DataFrame, key: str) -> None:
        missing = [c for c in self.columns() if c not in table.columns]
        if missing:
            raise ChartSpecError(
                f"{key}: {type(self).__name__} reads {', '.join(map(repr, missing))}, which its "
                f"table lacks (columns: {', '.join(table.columns)})"
            )


MAP_ROLES = ("iso3", "name", "category", "lon", "lat", "small", "count", "count_detail")


@dataclass(frozen=True, kw_only=True)
class MapSpec(ChartSpec):
    """What both maps read: the country, its category in the legend's order, its marker and hosted counts."""

    iso3: str
    name: str
    category: str
    order: Sequence[str]
    labels: Mapping[str, str]
    lon: str = "lon"
    lat: str = "lat"
    small: str | None = None
    background: Sequence[str] = ()
    count: str | None = None
    count_detail: str | None = None
    count_label: str = ""
    # (west, east, south, north) in degrees: the part of the world drawn; None for the whole world.
    bounds: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, kw_only=True)
class CategoryMap(MapSpec):
    column_roles: ClassVar[tuple[str, ...]] = (*MAP_ROLES, "star", "star_detail", "star_labelled", "star_name", "named")
    hover: Mapping[str, str] | None = None
    star: str | None = None
    star_detail: str | None = None
    star_labelled: str | None = None
    star_name: str | None = None
    star_label: str = ""
    named: str | None = None  # the name to write beside the country, '' for none (written where it fits)
    height: int = 520


@dataclass(frozen=True, kw_only=True)
class MapOverTime(MapSpec):
    column_roles: ClassVar[tuple[str, ...]] = (*MAP_ROLES, "frame")
    frame: str


@dataclass(frozen=True, kw_only=True)
class TileGrid(ChartSpec):
    """One equal square per state at its cell (`col` across, `row` down from the north), coloured by its
    category in the legend's order and marked with its code: a map that counts states, not land."""

    column_roles: ClassVar[tuple[str, ...]] = ("iso3", "name", "category", "col", "row")
    iso3: str
    name: str
    category: str
    col: str
    row: str
    order: Sequence[str]
    labels: Mapping[str, str]
    hover: Mapping[str, str] | None = None


@dataclass(frozen=True)
class GrowthPanel(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("date", "value", "series", "label", "group", "named")
    date: str
    value: str
    series: str
    label: str
    group: str
    named: str
    hover: Mapping[str, str]
    names: Mapping[str, str]
    y_title: str = ""
    # The target far above the count: the axis fits what is drawn, and this note (set only then) says so and where
    # the target lies.
    fitted_note: str = ""
    projection_end: str = ""  # written at the projection's last point: where the pace seen leads
    needed_end: str = ""  # written at the pace-needed line's end: what the target asks for
    today: datetime.date | None = None  # the As of date: what lies after it is the future, shaded


@dataclass(frozen=True)
class TargetProgress(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("label", "percent", "text", "on_track")
    label: str
    percent: str
    text: str
    # A bullet chart's tick: the share a straight path from the first signing to the target would have reached
    # on the date (None where no count is published), and its name.
    on_track: str | None = None
    on_track_label: str = ""


@dataclass(frozen=True)
class Cumulative(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("x", "count", "program")
    x: str
    count: str
    program: str
    x_title: str
    # Each line is named at its end (program -> 'ILRS 13'), so the chart needs no legend.
    end_labels: Mapping[str, str] | None = None
    # One note for the chart's story, set at the last step up of `callout_program`'s line ('' for none).
    callout: str = ""
    callout_program: str = ""


@dataclass(frozen=True)
class PerYear(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("year", "value", "program")
    year: str
    value: str
    program: str
    # One note for the chart's story, over `callout_program`'s bars in `callout_years` (first, last) ('' for none).
    callout: str = ""
    callout_program: str = ""
    callout_years: tuple[int, int] | None = None


@dataclass(frozen=True)
class ShareBars(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("group", "share", "members", "program")
    group: str
    share: str
    members: str
    program: str
    share_of: str = comparison_lines.SHARE_COALITION_MEMBER_STATES  # the x axis: what each share is a share of


@dataclass(frozen=True)
class DotStrip(ChartSpec):
    """A lane per group, a dot per row at its date; the rows `highlight` marks drawn large and named."""

    column_roles: ClassVar[tuple[str, ...]] = ("date", "lane", "label", "highlight")
    date: str
    lane: str
    label: str
    highlight: str


@dataclass(frozen=True)
class ScenarioBar(ChartSpec):
    """One stacked bar: our count, then a scenario's additions (hatched), against the target (a line)."""

    column_roles: ClassVar[tuple[str, ...]] = ("part", "value", "name")
    part: str  # vocab.OUR_COUNT, vocab.SCENARIO or vocab.TARGET
    value: str
    name: str
    bar: str  # the bar's label: what is counted
    names: Mapping[str, str]  # part -> its name, as the legend and the target's label say it


@dataclass(frozen=True)
class Slope(ChartSpec):
    """Each program's count at two moments, a line between them, each end labelled with its count."""

    column_roles: ClassVar[tuple[str, ...]] = ("moment", "count", "program")
    moment: str  # the moment's label, in the table's order: the earlier first
    count: str
    program: str
    y_title: str


@dataclass(frozen=True)
class BlocSplit(ChartSpec):
    """A diverging stacked bar per group: its member states in the ILRS only, both, the Accords only and neither,
    each part `share` of the group long, starting at `start` ('both' centred on zero)."""

    column_roles: ClassVar[tuple[str, ...]] = ("group", "part", "states", "share", "start")
    group: str
    part: str
    states: str
    share: str
    start: str
    parts: Sequence[str]  # left to right
    labels: Mapping[str, str]  # part -> its name in the legend
    x_title: str


@dataclass(frozen=True)
class SplitOverTime(ChartSpec):
    """A small panel per group, in the table's order: its member states in each of `parts` stacked from the
    bottom as shares of the group at each date; the rest (in neither coalition) left blank above them."""

    column_roles: ClassVar[tuple[str, ...]] = ("date", "group", "part", "share", "states")
    date: str
    group: str
    part: str
    share: str
    states: str
    parts: Sequence[str]  # stacked from the bottom
    labels: Mapping[str, str]  # part -> its name in the legend
    short_titles: Mapping[str, str]  # group -> its panel's title where room is scarce (large type): 'AU'


@dataclass(frozen=True)
class MilestoneTimeline(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("date", "written", "lane", "label", "status", "named", "short")
    date: str  # the first day the milestone's date can mean, where it is drawn
    written: str  # the date as its source gives it ('2035', '2026-09'), as the hover writes it
    lane: str
    label: str
    status: str
    done: str
    named: str
    short: str
    marker_at: datetime.date  # the module's name: a field of this class is called `date`
    marker_label: str  # the marker's name: 'As of 7 December 2026'
    hover: Sequence[str] = ()


@dataclass(frozen=True)
class ClaimGaps(ChartSpec):
    column_roles: ClassVar[tuple[str, ...]] = ("label", "claimed", "ours")
    label: str
    claimed: str
    ours: str


@dataclass(frozen=True)
class TableFigure(ChartSpec):
    """A part made of words (who signed, a quote, a source), drawn as a table so it can be shown, presented and
    exported like a chart; `headers` maps each column shown, in order, to its header."""

    column_roles: ClassVar[tuple[str, ...]] = ()
    headers: Mapping[str, str]

    def columns(self) -> list[str]:
        return list(self.headers)
