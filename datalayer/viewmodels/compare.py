"""View model of /compare: ILRS vs Artemis Accords. Each coalition is compared as a whole, with its lead:
China for the ILRS, the United States for the Accords."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import compare
from datalayer.domain.dates import dated_rows, month_ends
from datalayer.domain.headline import Headline, headline
from datalayer.domain.names import short_names
from datalayer.domain.scope import Scope, ScopeOnDate, within
from datalayer.loading.datasets import (
    ARTEMIS_ACCORDS,
    BLOCS,
    COUNTRY_INDICATORS,
    PARTNERS,
    PROGRAM_FACTS,
    REGIONS,
    REPORTED_COUNTS,
    SPACE_POWERS,
    TARGETS,
    UN_MEMBER_STATES,
)
from datalayer.loading.datasets import MILESTONES as MILESTONE_DATA
from datalayer.loading.rows import rows_of
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import (
    BlocSplit,
    ChartSpec,
    Cumulative,
    MilestoneTimeline,
    PerYear,
    ShareBars,
    SplitOverTime,
)
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.exhibit import Exhibit, Source, project_source, sources_of, subtitle
from datalayer.viewmodels.map import MapOptions, map_exhibit
from datalayer.viewmodels.since import SINCE, since_exhibit
from datalayer.words import bottom_lines, comparison_lines, headline_tiles, headlines, interface
from datalayer.words.dates import written_date
from datalayer.words.evidence import with_evidence
from datalayer.words.grammar import capitalised
from datalayer.words.headline_tiles import Tile
from datalayer.words.key_facts import key_facts
from datalayer.words.notices import after_check_notice

FIRST_MONTH = date(2020, 10, 1)  # the Artemis Accords, 13 October 2020: the older of the two
ILRS_LABEL, ARTEMIS_LABEL = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]

# The datasets this page draws on: a malformed one stops this page only.
USES = tuple(
    d.key
    for d in (
        PARTNERS,
        ARTEMIS_ACCORDS,
        REGIONS,
        BLOCS,
        COUNTRY_INDICATORS,
        UN_MEMBER_STATES,
        SPACE_POWERS,
        PROGRAM_FACTS,
        TARGETS,
        REPORTED_COUNTS,
        MILESTONE_DATA,
    )
)


# The page's exhibit keys, stable: widget keys, the briefing's slide order and the page's sections use them.
THEN_AND_NOW = SINCE
MEMBERSHIP = "compare.membership"
ALIGNED = "compare.aligned"
PER_YEAR = "compare.per_year"
OVERLAP = "compare.overlap"
BY_BLOC = "compare.blocs"
BLOCS_OVER_TIME = "compare.blocs_over_time"
BY_REGION = "compare.regions"
MILESTONES = "compare.milestones"
# How a table of domain.compare.bloc_split is drawn: here and in a country profile's blocs.
BLOC_SPLIT_CHART = BlocSplit(
    group="group",
    part="part",
    states="states",
    share="share",
    start="start",
    parts=compare.SPLIT_PARTS,
    labels=comparison_lines.SPLIT_LABELS,
    x_title=comparison_lines.SPLIT_AXIS,
)


def milestone_chart(as_of: date) -> MilestoneTimeline:
    """How a table of domain.compare.milestone_timeline is drawn (with its line at `as_of`): here and in a country
    profile's timeline."""
    return MilestoneTimeline(
        date="date_start",
        written="date",
        lane="program_label",
        label="title",
        status="date_status",
        done=vocab.DONE,
        hover=("source",),
        marker_at=as_of,
        marker_label=interface.as_of_label(as_of),
        named="named",
        short="short_title",
    )


@dataclass(frozen=True, eq=False, kw_only=True)
class CompareModel(ViewModel):
    weight: tuple[tuple[str, tuple[Tile, ...]], ...]  # per program: population, GDP, UN members
    weight_note: str
    both_lines: tuple[str, ...]  # one line per state in both coalitions
    space_powers: pd.DataFrame
    space_powers_line: str
    key_facts: pd.DataFrame
    scope_line: str
    bottom_line: tuple[str, ...]  # the findings a committee asks for first, above the first chart
    headline: Headline  # the scope's counts, for the briefing's bottom line
    shares: dict[str, dict]  # coalition label -> share of world population and GDP
    both: pd.DataFrame  # states in both coalitions: country, iso3, both dates, which came first
    both_names: tuple[str, ...] = ()  # the same states as a sentence names them


def as_of_stops(today: date) -> list[date]:
    return month_ends(FIRST_MONTH, today)


def _exhibit(
    key: str,
    title: str,
    scope: Scope,
    as_of: date,
    summary: str,
    table: pd.DataFrame,
    chart: ChartSpec,
    sources: tuple[Source, ...],
    headline: str,
    detail: str = "",
) -> Exhibit:
    return Exhibit(
        key,
        title,
        subtitle(scope.label, as_of, detail),
        summary,
        table.reset_index(drop=True),
        chart,
        tuple(sources),
        headline,
    )


def compare_model(
    tables: Tables, points: pd.DataFrame, drawable: set[str], at: ScopeOnDate, since: date | None = None
) -> CompareModel:
    """`since`: the first date of the then-and-now chart (None: the ILRS's newest signing in the scope)."""
    scope, as_of, members = at.scope, at.as_of, at.members
    ilrs = within(compare.ilrs_member_states(tables.partners, as_of), members)
    accords = within(dated_rows(tables.artemis_accords, as_of), members)
    coalitions = {ILRS_LABEL: set(ilrs["iso3"]), ARTEMIS_LABEL: set(accords["iso3"])}
    both = compare.overlap(ilrs, accords)
    powers = compare.space_power_alignment(within(tables.space_powers, members), ilrs, accords)
    un_share = {
        label: compare.un_member_share(iso3s, tables.un_member_states, as_of) for label, iso3s in coalitions.items()
    }

    h = headline(tables.partners, tables.artemis_accords, members, as_of, at.disputed)
    tiles = (
        headline_tiles.member_tile(h),
        headline_tiles.artemis_tile(h),
        headline_tiles.both_tile(h),
        *[comparison_lines.un_share_tile(label, share) for label, share in un_share.items()],
    )
    weight, world_shares = [], {}
    for label, iso3s in coalitions.items():
        shares = world_shares[label] = compare.world_shares(iso3s, tables.country_indicators)
        weight.append((label, comparison_lines.weight_tiles(label, shares, un_share[label])))
    weight_note = comparison_lines.weight_note(int(shares["year"]), h, scope)

    leads = headline_tiles.leads_detail(h)
    # The publishers of every member's row: a slide's footer names them, not our own files.
    partners = tables.partners
    signed = partners[(partners["kind"] == vocab.STATE) & partners["iso3"].isin(set(ilrs["iso3"]))]
    member_sources = sources_of(pd.concat([signed, accords], ignore_index=True))
    bloc_sources = (*member_sources, project_source("data/blocs.csv"))  # the split and the split over time
    over_time = compare.membership_over_time(ilrs, accords, as_of)
    per_year = compare.new_per_year(ilrs, accords, as_of)
    wave = comparison_lines.wave_callout(per_year, scope)
    # Each bloc's own member states (those in the scope), split four ways: the scope's own bloc included, as the
    # split of its members is what a briefing on it asks first.
    by_bloc = compare.bloc_split(
        coalitions[ILRS_LABEL], coalitions[ARTEMIS_LABEL], compare.bloc_groups(tables.blocs, as_of, within=members)
    )
    signings = pd.concat([ilrs["date_start"], accords["date_start"]]).dropna()
    first_signing = signings.min().date() if len(signings) else as_of
    blocs_over_time = compare.bloc_split_over_time(
        ilrs, accords, tables.blocs, compare.year_ends(first_signing, as_of), within=members
    )
    by_region = compare.composition(coalitions, compare.region_groups(tables.regions))
    timeline = comparison_lines.with_milestone_words(compare.milestone_timeline(tables.milestones, as_of))
    markers = compare.space_power_markers(powers, points)
    exhibits = [
        since_exhibit(tables, at, since),
        _exhibit(
            MEMBERSHIP,
            comparison_lines.MEMBERSHIP_TITLE,
            scope,
            as_of,
            comparison_lines.membership_summary(over_time, scope, as_of, h),
            over_time,
            Cumulative(
                x="date",
                count="count",
                program="program",
                x_title="Date",
                end_labels=comparison_lines.end_labels(over_time),
                callout=comparison_lines.quiet_callout(over_time, as_of),
                callout_program=ILRS_LABEL,
            ),
            sources=member_sources,
            headline=headlines.membership(over_time, scope),
            detail=leads,
        ),
        _exhibit(
            ALIGNED,
            comparison_lines.ALIGNED_TITLE,
            scope,
            as_of,
            comparison_lines.aligned_summary(over_time),
            over_time,
            Cumulative(
                x="months_since_launch",
                count="count",
                program="program",
                x_title=comparison_lines.MONTHS_SINCE_FIRST_SIGNING,
                end_labels=comparison_lines.end_labels(over_time),
            ),
            sources=member_sources,
            headline=headlines.aligned(over_time),
            detail=leads,
        ),
        _exhibit(
            PER_YEAR,
            comparison_lines.PER_YEAR_TITLE,
            scope,
            as_of,
            comparison_lines.per_year_summary(per_year, as_of),
            per_year,
            PerYear(
                year="year",
                value="new_members",
                program="program",
                callout=wave[0],
                callout_program=ILRS_LABEL,
                callout_years=wave[1],
            ),
            sources=member_sources,
            headline=headlines.per_year(per_year, as_of.year, scope),
            detail=leads,
        ),
        map_exhibit(
            tables,
            points,
            drawable,
            at,
            MapOptions(view=vocab.VIEW_OVERLAP, institutions=False),
            key=OVERLAP,
            height=360,
            space_powers=markers,
        ),
        _exhibit(
            BY_BLOC,
            comparison_lines.BLOC_SPLIT_TITLE,
            scope,
            as_of,
            comparison_lines.split_summary(by_bloc, scope),
            by_bloc,
            BLOC_SPLIT_CHART,
            sources=bloc_sources,
            headline=headlines.bloc_split(by_bloc, scope),
            detail=comparison_lines.BLOC_SPLIT_NOTE,
        ),
        _exhibit(
            BLOCS_OVER_TIME,
            comparison_lines.SPLIT_OVER_TIME_TITLE,
            scope,
            as_of,
            comparison_lines.split_over_time_summary(blocs_over_time, scope),
            blocs_over_time,
            SplitOverTime(
                date="date",
                group="group",
                part="part",
                share="share",
                states="states",
                parts=compare.SPLIT_PARTS[:-1],  # 'neither' is the blank above the three
                labels=comparison_lines.SPLIT_LABELS,
                short_titles={bloc.label: bloc.short_label for bloc in vocab.BLOCS},
            ),
            sources=bloc_sources,
            headline=headlines.split_over_time(blocs_over_time, scope),
            detail=comparison_lines.SPLIT_OVER_TIME_NOTE,
        ),
        _exhibit(
            BY_REGION,
            comparison_lines.REGION_COMPOSITION_TITLE,
            scope,
            as_of,
            comparison_lines.composition_summary(by_region, "UN region", scope),
            by_region,
            ShareBars(group="group", share="share", members="members", program="program"),
            sources=(*member_sources, project_source("data/regions.csv")),
            headline=headlines.composition(by_region, "UN region", scope),
            detail="UN M49 regions",
        ),
        _exhibit(
            MILESTONES,
            comparison_lines.MILESTONES_TITLE,
            scope,
            as_of,
            comparison_lines.milestones_summary(timeline, as_of),
            timeline.drop(columns=["program"]),
            milestone_chart(as_of),
            sources=sources_of(timeline, day=None),
            headline=headlines.milestones(timeline),
            detail=comparison_lines.MILESTONES_NOTE,
        ),
    ]
    names = short_names(tables.regions)
    both_names = tuple(names.get(iso3, country) for iso3, country in zip(both["iso3"], both["country"], strict=True))
    both_lines = tuple(
        f"{capitalised(name)}: ILRS {written_date(row.ilrs_signed)}, Artemis Accords "
        f"{written_date(row.artemis_signed)} (the {row.first} first)"
        for name, row in zip(both_names, rows_of(both), strict=True)
    )
    neither = compare.space_powers_in_neither(powers)
    facts = key_facts(tables.program_facts, tables.targets, h, accords, tables.reported_counts, as_of)
    return CompareModel(
        tiles=tiles,
        weight=tuple(weight),
        weight_note=weight_note,
        exhibits=tuple(exhibits),
        headline=h,
        shares=world_shares,
        both=both.reset_index(drop=True),
        both_names=both_names,
        both_lines=both_lines or (comparison_lines.NONE_IN_BOTH,),
        space_powers=powers,
        space_powers_line=comparison_lines.space_powers_line(len(powers), neither),
        key_facts=with_evidence(facts),
        notices=tuple(n for n in (after_check_notice(as_of, tables.checked_on),) if n),
        scope_line=comparison_lines.scope_line(h, scope, as_of),
        bottom_line=tuple(
            finding
            for finding, _ in bottom_lines.bottom_line(
                h, scope, None, list(both_names), world_shares, None, at.suspended
            )
        ),
    )
