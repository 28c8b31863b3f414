"""View model of the briefing pack: the exhibits a briefing shows, in briefing order, for one scope and As of
date, with every source they rest on (deduplicated), the key facts as a table, and the citation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape
from urllib.parse import urlsplit, urlunsplit

import pandas as pd

from datalayer import vocab
from datalayer.domain.compare import only_whole_shares
from datalayer.domain.dates import dated_rows
from datalayer.domain.scope import Scope, ScopeOnDate, within
from datalayer.loading.tables import Tables
from datalayer.viewmodels import compare as compare_view
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.compare import CompareModel, compare_model
from datalayer.viewmodels.exhibit import Exhibit, Source, sources_of
from datalayer.viewmodels.growth import TARGETS_AT_A_GLANCE, GrowthModel, GrowthOptions, growth_model, panel_key
from datalayer.viewmodels.map import MapModel, MapOptions, map_model, tiles_key
from datalayer.vocab import APP_NAME
from datalayer.words import bottom_lines, headline_tiles, pack_lines
from datalayer.words.method import written_method
from datalayer.words.notices import staleness_notice

KEY_FACTS = "key_facts"  # where the key-facts table stands in the briefing order
# Partner map, growth against all three targets, ILRS vs Artemis over time, by age and per year, composition by
# bloc and region, overlap, key facts, milestones. The researchers' panel has no counted series: the targets
# slide says "no count published" for it.
ORDER = (
    compare_view.THEN_AND_NOW,  # the bottom line's chart: both coalitions then and now
    tiles_key(vocab.VIEW_ILRS),  # a slide counts states, not land: the equal tiles stand for the area map
    TARGETS_AT_A_GLANCE,
    panel_key(vocab.COUNTRIES),
    panel_key(vocab.INSTITUTIONS),
    compare_view.MEMBERSHIP,
    compare_view.ALIGNED,
    compare_view.PER_YEAR,
    compare_view.BY_BLOC,
    compare_view.BLOCS_OVER_TIME,
    compare_view.BY_REGION,
    compare_view.OVERLAP,
    KEY_FACTS,
    compare_view.MILESTONES,
)
WATCH_PER_PROGRAM = 4  # the next planned milestones of each program on the "what to watch" slide
MEMBER_COLUMNS = [
    "program",
    "name",
    "kind",
    "date",
    "instrument",
    "source_publisher",
    "source_url",
    "source_grade",
    "confidence",
    "caveat",
]


@dataclass(frozen=True, eq=False, kw_only=True)
class BriefingModel(ViewModel):
    scope: Scope
    as_of: date
    checked_on: date
    key_facts: pd.DataFrame
    sources: tuple[Source, ...]  # every source of every slide, once
    bottom_line: tuple[tuple[str, str], ...] = ()  # (finding, where its numbers come from)
    members: pd.DataFrame = field(default_factory=pd.DataFrame)  # who signed, in the scope: MEMBER_COLUMNS
    both: pd.DataFrame = field(default_factory=pd.DataFrame)  # states in both coalitions
    watch: pd.DataFrame = field(default_factory=pd.DataFrame)  # the next planned milestones of both programs
    method: tuple[tuple[str, str], ...] = field(default_factory=written_method)
    stale: str | None = None  # said on the title slide when the newest check is old

    @property
    def title(self) -> str:
        return pack_lines.pack_title(self.scope.label)

    @property
    def subtitle(self) -> str:
        return pack_lines.pack_subtitle(self.as_of, self.checked_on, self.stale)

    @property
    def slides(self) -> tuple[str, ...]:
        """The content slides in order: exhibit keys, with KEY_FACTS where the table stands, then any exhibit the
        viewer added on the page (a scenario) last."""
        keys = [e.key for e in self.exhibits]
        return (*(k for k in ORDER if k == KEY_FACTS or k in keys), *(k for k in keys if k not in ORDER))


GROUP_MEMBERS_LISTED = 60  # a method slide lists a group's members up to this many, then counts the rest


def scope_method(tables: Tables, at: ScopeOnDate) -> tuple[tuple[str, str], ...]:
    """The method slide's first item for a scope: a bloc's definition, or a reader's group with its members."""
    if at.scope.group:
        names = tables.regions.set_index("iso3")["country"]
        members = sorted(names.get(code, code) for code in at.scope.group)
        return ((pack_lines.SCOPE_HEADING, pack_lines.group_definition(at.scope, members, GROUP_MEMBERS_LISTED)),)
    if at.scope.bloc:
        return ((pack_lines.SCOPE_HEADING, at.scope.bloc.definition),)
    return ()


def pack_file_name(scope: Scope, as_of: date, extension: str) -> str:
    """'ilrs-briefing_brics_2026-11-21.pptx'"""
    return f"ilrs-briefing_{scope.slug}_{as_of.isoformat()}.{extension}"


LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "0.0.0.0")  # this computer's names: no one else can open them


def shareable_address(address: str, public_base: str = "") -> str:
    """The address a pack or citation gives: as on screen where others can open it; on this computer's own
    host, the same view at `public_base` (where the dashboard is published) or, with none set, the view's path
    and parameters alone, which open the view on any copy of the dashboard."""
    parts = urlsplit(address)
    if parts.hostname not in LOCAL_HOSTS:
        return address
    view = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    return public_base.rstrip("/") + view if public_base else view


def embed_snippet(address: str) -> str:
    """An iframe of the same address in Streamlit's embed mode (?embed=true)."""
    joiner = "&" if "?" in address else "?"
    source = escape(f"{address}{joiner}embed=true", quote=True)  # an address is text inside an HTML attribute
    return (
        f'<iframe src="{source}" title="{APP_NAME}" width="100%" height="720" style="border:0" loading="lazy"></iframe>'
    )


def who_signed(tables: Tables, at: ScopeOnDate) -> pd.DataFrame:
    """Every signed ILRS partner (the lead is not one) and every Artemis Accords signatory in the scope on the
    date, by program, kind and date; `caveat` says what a reader should weigh: a row resting on a lead only, a
    member counted in the scope though its membership is disputed."""
    members, as_of = at.members, at.as_of
    partners = within(dated_rows(tables.partners[tables.partners["status"] == vocab.SIGNED], as_of), members)
    accords = within(dated_rows(tables.artemis_accords, as_of), members)
    rows = pd.concat(
        [
            partners.assign(program=vocab.PROGRAM_LABELS[vocab.ILRS]),
            accords.assign(
                program=vocab.PROGRAM_LABELS[vocab.ARTEMIS],
                name=accords["country"],
                kind=vocab.STATE,
                instrument=accords["order"].map(pack_lines.place_in_order),
            ),
        ],
        ignore_index=True,
    )
    kinds = {k: i for i, k in enumerate(vocab.PARTNER_KINDS)}
    rows = rows.assign(_kind=rows["kind"].map(kinds)).sort_values(["program", "_kind", "date_start"], kind="stable")
    caveat = [
        headline_tiles.member_caveat(grade == vocab.LEAD_ONLY, iso3 in at.disputed, at.scope)
        for grade, iso3 in zip(rows["source_grade"], rows["iso3"], strict=True)
    ]
    return rows.assign(caveat=caveat)[MEMBER_COLUMNS].reset_index(drop=True)


def next_milestones(timeline: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """What to watch: each program's next planned milestones, earliest first."""
    planned = timeline[timeline["date_status"] == vocab.PLANNED].drop_duplicates("milestone_id")
    ahead = planned.sort_values("date_start").groupby("program_label", sort=False).head(WATCH_PER_PROGRAM)
    late = ahead["date_start"] <= pd.Timestamp(as_of)
    return ahead.assign(note=late.map({True: pack_lines.not_reported_done(as_of), False: ""}))[
        ["program_label", "title", "date", "note", "source_publisher", "source_url"]
    ].reset_index(drop=True)


def says_only_whole(exhibit: Exhibit) -> bool:
    """A bloc or region slide whose every bar is 0% or 100% (the African Union's members, all in Africa): left out
    of the scope's pack, where it would fill a slide with what the scope's name already says."""
    return exhibit.key in (compare_view.BY_BLOC, compare_view.BY_REGION) and only_whole_shares(exhibit.table)


def briefing_model(
    tables: Tables,
    points: pd.DataFrame,
    drawable: set[str],
    at: ScopeOnDate,
    today: date | None = None,
    extra: tuple[Exhibit, ...] = (),
) -> BriefingModel:
    """`extra`: exhibits the viewer made on the page (a what-if scenario), given their own slides after the rest."""
    return assemble(
        tables,
        at,
        map_model(tables, points, drawable, at, MapOptions()),
        compare_model(tables, points, drawable, at),
        growth_model(tables, at, GrowthOptions(metric=vocab.COUNTRIES)),
        growth_model(tables, at, GrowthOptions(metric=vocab.INSTITUTIONS)),
        today,
        extra,
    )


def assemble(
    tables: Tables,
    at: ScopeOnDate,
    partner_map: MapModel,
    compare: CompareModel,
    countries: GrowthModel,
    institutions: GrowthModel,
    today: date | None = None,
    extra: tuple[Exhibit, ...] = (),
) -> BriefingModel:
    """The briefing from the pages' own view models (the app passes its cached ones), in briefing order."""
    pages = (partner_map, countries, institutions, compare)
    drawn = (next(p.exhibit(k) for p in pages if p.has(k)) for k in ORDER if k != KEY_FACTS)
    ordered = (*(e for e in drawn if not says_only_whole(e)), *extra)
    seen: dict[str, Source] = {}
    for source in [s for e in ordered for s in e.sources] + list(sources_of(compare.key_facts, day="source_date")):
        seen.setdefault(source.url or source.publisher, source)
    scope, as_of = at.scope, at.as_of
    return BriefingModel(
        scope=scope,
        as_of=as_of,
        checked_on=tables.checked_on,
        exhibits=ordered,
        key_facts=compare.key_facts,
        sources=tuple(seen.values()),
        bottom_line=bottom_lines.bottom_line(
            compare.headline,
            scope,
            countries.pace,
            list(compare.both_names),
            compare.shares,
            countries.latest_claim,
            at.suspended,
        ),
        members=who_signed(tables, at),
        both=compare.both,
        watch=next_milestones(compare.exhibit(compare_view.MILESTONES).table, as_of),
        method=(*scope_method(tables, at), *written_method()),
        stale=staleness_notice(tables.checked_on, today or date.today()),
    )
