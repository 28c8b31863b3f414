"""View model of /growth: is the ILRS on track for 50 countries, 500 institutions, 5,000 researchers?"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import growth
from datalayer.domain.dates import month_ends
from datalayer.domain.scope import ScopeOnDate, within
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, MILESTONES, PARTNERS, REGIONS, REPORTED_COUNTS, TARGETS
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import GrowthPanel, TargetProgress
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words import growth_lines, headlines
from datalayer.words.notices import after_check_notice

CLAIM_HOVER = {"label": "Stated", "speaker": "Speaker", "quote": "Quote", "source_publisher": "Source"}
SERIES_NAMES = {
    vocab.OUR_COUNT: "Our count",
    vocab.PROJECTION: growth_lines.PROJECTION_NAME,
    vocab.NEEDED: growth_lines.PACE_NEEDED_NAME,
    vocab.CLAIM: "Official claim",
    vocab.TARGET: "Target",
    vocab.MILESTONE: "Milestones",
    vocab.OVERLAY: growth_lines.ARTEMIS_OVERLAY_NAME,
}
NO_RESEARCHER_COUNT = growth_lines.NO_RESEARCHER_COUNT
CLAIMS_NOT_SCOPED = growth_lines.SCOPE_NOTE

# The datasets this page draws on: a malformed one stops this page only.
USES = tuple(d.key for d in (PARTNERS, REPORTED_COUNTS, TARGETS, MILESTONES, ARTEMIS_ACCORDS, REGIONS, BLOCS))
TARGETS_AT_A_GLANCE = "growth.targets"
FIRST_MONTH = date(2021, 3, 1)  # the China-Russia ILRS memorandum, 9 March 2021
FIT_BELOW = 10  # a count under a tenth of its target is drawn on an axis fitted to it (500 institutions vs 24)


@dataclass(frozen=True)
class GrowthOptions:
    metric: str = vocab.COUNTRIES
    rule: str = vocab.STATES_ONLY
    target_year: int | None = None  # None: the year most sources give for the basic station
    overlay: bool = False


@dataclass(frozen=True, eq=False, kw_only=True)
class GrowthModel(ViewModel):
    info: str | None  # said instead of tiles when there is no counted series
    latest_claim: str | None  # the newest official figure beside our count on that day
    notes: tuple[str, ...]
    pace: growth.Pace | None = None  # the numbers behind the tiles (None without a counted series)


def as_of_stops(today: date) -> list[date]:
    """The As of slider's stops: month ends from the first ILRS signing to today."""
    return month_ends(FIRST_MONTH, today)


def panel_key(metric: str) -> str:
    """The exhibit key of a metric's panel: 'growth.countries'."""
    return f"growth.{metric}"


def target_year_choices(milestones: pd.DataFrame) -> tuple[dict[int, str], int]:
    """The years a target can be read against, the basic station's year named as such, and that year (the
    default)."""
    basic = growth.default_target_year(milestones)
    return {y: growth_lines.target_year_label(y, basic) for y in sorted({*vocab.TARGET_YEARS, basic})}, basic


def targets_table(
    tables: Tables, members: frozenset[str] | None, as_of: date, rule: str, target_year: int
) -> pd.DataFrame:
    """One row per stated target: the world count against it on the date (targets are world-wide), the scope's
    own count beside it (`scope_count`, equal to `count` for the world), or 'no count published'; and
    `on_track`, the share a straight path from the first signing to the target by `target_year` would stand at."""
    rows = []
    for metric in vocab.TARGET_METRICS:
        target = growth.target_for(tables.targets, metric)
        if target is None:  # a metric with no stated target has no row to read against
            continue
        counted = growth.counted_partners(tables.partners, metric, rule)
        count = scope_count = on_track = None
        if metric != vocab.RESEARCHERS:
            count = growth.count_on(growth.cumulative_series(counted, "date_start", as_of), as_of)
            on_track = growth.on_track_share(counted["date_start"].min(), as_of, target_year)
            scope_count = growth.count_on(
                growth.cumulative_series(within(counted, members), "date_start", as_of), as_of
            )
        value = int(target["value"])
        rows.append(
            {
                "target": growth_lines.target_cell(value, metric),
                "metric": metric,
                "target_value": value,
                "count": count,
                "percent": None if count is None else round(100 * count / value, 1),
                "on_track": None if on_track is None else round(100 * on_track, 1),
                "scope_count": scope_count,
                "text": growth_lines.progress_cell(count, value, None if members is None else scope_count),
                "stated_by": target["stated_by"],
                "source_publisher": target["source_publisher"],
                "source_url": target["source_url"],
            }
        )
    return pd.DataFrame(rows).astype(
        {"count": "Int64", "percent": "Float64", "on_track": "Float64", "scope_count": "Int64"}
    )


def targets_exhibit(tables: Tables, at: ScopeOnDate, rule: str, target_year: int) -> Exhibit:
    scope, as_of = at.scope, at.as_of
    table = targets_table(tables, at.members, as_of, rule, target_year)
    return Exhibit(
        key=TARGETS_AT_A_GLANCE,
        title=growth_lines.TARGETS_TITLE,
        subtitle=subtitle(
            scope.label,
            as_of,
            vocab.COUNTING_RULES[rule],
            growth_lines.NO_TARGET_YEAR_STATED,
            "" if scope.is_world else growth_lines.TARGETS_DETAIL,
        ),
        summary=growth_lines.targets_summary(table, scope, as_of),
        table=table,
        chart=TargetProgress(
            label="target",
            percent="percent",
            text="text",
            on_track="on_track",
            on_track_label=growth_lines.on_track_label(target_year),
        ),
        sources=sources_of(table, day=None),
        headline=headlines.targets(table, scope),
    )


def growth_model(tables: Tables, at: ScopeOnDate, options: GrowthOptions) -> GrowthModel:
    metric, rule, scope, as_of, members = options.metric, options.rule, at.scope, at.as_of, at.members
    target_year = options.target_year or growth.default_target_year(tables.milestones)
    # Organizations have no territory, so a scope keeps only located partners (no scope keeps everyone).
    every_counted = growth.counted_partners(tables.partners, metric, rule)
    has_series = metric != vocab.RESEARCHERS
    counted = growth.cumulative_series(within(every_counted, members), "date_start", as_of)
    world_count = growth.count_on(growth.cumulative_series(every_counted, "date_start", as_of), as_of)
    claims = growth.claims_for_panel(
        tables.reported_counts[tables.reported_counts["date_start"] <= pd.Timestamp(as_of)], metric
    )
    target = growth.target_for(tables.targets, metric)
    current = growth.count_on(counted, as_of)
    pace = growth.pace_per_year(counted, as_of)
    overlay = (
        growth.cumulative_series(within(tables.artemis_accords, members), "date_start", as_of)
        if options.overlay
        else None
    )
    target_value = int(target["value"]) if target is not None else None
    target_text = (
        ""
        if target is None
        else (growth_lines.target_label(target) if scope.is_world else growth_lines.world_target_label(target))
    )
    # The pace the target asks for is the world's: drawn where the count is the world's, from today's count.
    needed_path = (
        growth.needed_path(current, as_of, target_value, target_year)
        if has_series and target_value and scope.is_world
        else None
    )
    needed = (
        growth.needed_pace(current, target_value, as_of, target_year)
        if needed_path is not None and target_value
        else None
    )
    table = growth.panel_table(
        counted if has_series else counted.iloc[0:0],
        claims,
        target,
        growth.projection(current, as_of, pace, target_year) if has_series else None,
        growth.done_milestones(tables.milestones, vocab.ILRS, as_of),
        overlay,
        target_text=target_text,
        needed=needed_path,
    )
    ends = table[table["series"] == vocab.PROJECTION]
    projection_end = (
        growth_lines.projection_end(float(ends["value"].iloc[-1]), pd.Timestamp(ends["date"].iloc[-1]).year)
        if len(ends)
        else ""
    )
    names = {
        **SERIES_NAMES,
        vocab.OUR_COUNT: growth_lines.counted_label(metric, rule),
        vocab.PROJECTION: growth_lines.projection_name(pace),
    }
    chart = GrowthPanel(
        date="date",
        value="value",
        series="series",
        label="label",
        group="rule",
        named="named",
        hover=CLAIM_HOVER,
        names=names,
        y_title=vocab.METRIC_LABELS[metric],
        fitted_note=growth_lines.fitted_axis_note(target_value, not claims.empty, scope)
        if target_value and has_series and current * FIT_BELOW < target_value
        else "",
        projection_end=projection_end,
        needed_end=growth_lines.needed_end(needed, target_value, target_year)
        if needed is not None and target_value
        else "",
        today=as_of,
    )
    rule_detail = vocab.COUNTING_RULES[rule] if metric == vocab.COUNTRIES else ""
    exhibit = Exhibit(
        key=panel_key(metric),
        title=growth_lines.panel_title(metric),
        subtitle=subtitle(
            scope.label,
            as_of,
            rule_detail,
            growth_lines.target_read_by(target_year),
            "" if scope.is_world else growth_lines.WORLD_WIDE_NOTE,
        ),
        summary=growth_lines.growth_summary(table, metric, scope, as_of, target_value, world_count),
        table=table,
        chart=chart,
        sources=sources_of(table, day=None),
        headline=headlines.growth_panel(table, metric, scope, world_count),
    )
    needed = growth.needed_pace(world_count, target_value, as_of, target_year) if target_value else None
    tiles = (
        growth_lines.growth_tiles(
            metric,
            rule,
            scope,
            as_of,
            current=current,
            world_count=world_count,
            target=target_value,
            target_year=target_year,
            pace=pace,
            recent=(growth.gained_in(counted, as_of, 12), growth.gained_in(counted, as_of, 24)),
            needed=needed,
            lead_counted=metric == vocab.COUNTRIES and rule == vocab.STATES_ONLY,
        )
        if has_series
        else ()
    )
    latest = growth.latest_claim(claims)
    return GrowthModel(
        tiles=tiles,
        exhibits=(targets_exhibit(tables, at, rule, target_year), exhibit),
        pace=growth.Pace(current, world_count, pace, needed, target_value, target_year) if has_series else None,
        info=None if has_series else NO_RESEARCHER_COUNT,
        latest_claim=growth_lines.latest_claim_text(
            latest, None if latest is None else growth.claim_gap(tables.partners, latest, as_of)
        ),
        notes=() if scope.is_world else (CLAIMS_NOT_SCOPED,),
        notices=tuple(n for n in (after_check_notice(as_of, tables.checked_on),) if n),
    )
