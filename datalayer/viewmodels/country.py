"""View model of /country: where one country stands in both coalitions, since when, who signed, why (in its
officials' words), its institutions, its blocs and how their members stand, the officials' lists that name it, and
a timeline of its ties. Each part is an Exhibit: shown, presented, exported and packed like every chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import compare
from datalayer.domain.countries import bloc_standing, blocs_of
from datalayer.domain.dates import dated_rows
from datalayer.domain.names import short_names
from datalayer.domain.partners import of_kind
from datalayer.domain.scope import WORLD_SCOPE, Scope
from datalayer.loading.datasets import (
    ARTEMIS_ACCORDS,
    BLOCS,
    CLAIM_NAMES,
    MILESTONES,
    PARTNERS,
    REGIONS,
    STATED_REASONS,
    UN_MEMBER_STATES,
)
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import TableFigure
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.compare import BLOC_SPLIT_CHART
from datalayer.viewmodels.country_order import ORDER as COUNTRY_ORDER
from datalayer.viewmodels.country_order import order_exhibit
from datalayer.viewmodels.country_timeline import program_milestones, timeline_exhibit
from datalayer.viewmodels.exhibit import Exhibit, Source, project_source, sources_of, subtitle
from datalayer.words import country_lines, headlines
from datalayer.words.evidence import EVIDENCE, with_evidence
from datalayer.words.grammar import ordinal

OBSERVER_STATES = ("VAT", "PSE")  # the UN's non-member observer states: the Holy See and Palestine
NO_REASON = country_lines.NO_STATED_REASON_FOUND
STANDING_COLUMNS = [
    "program",
    "standing",
    "date",
    "instrument",
    "place_in_order",
    "signed_by",
    "stated_reason",
    "source_grade",
    "confidence",
    "source_publisher",
    "source_url",
]
REASON_COLUMNS = [
    "program",
    "their_words",
    "in_english",
    "rendering",
    "speaker",
    "said",
    "confidence",
    "source_publisher",
    "source_url",
    "notes",
]
USES = tuple(
    d.key
    for d in (PARTNERS, ARTEMIS_ACCORDS, BLOCS, REGIONS, UN_MEMBER_STATES, CLAIM_NAMES, STATED_REASONS, MILESTONES)
)
# The profile's parts, in the order a briefing reads them.
STANDING, ORDER, REASONS, TIMELINE, BLOC_MATES, INSTITUTIONS, NAMED_BY = (
    "country.standing",
    COUNTRY_ORDER,
    "country.reasons",
    "country.timeline",
    "country.blocs",
    "country.institutions",
    "country.named_by",
)
PACK_PARTS = (STANDING, ORDER, TIMELINE, REASONS, BLOC_MATES)  # title, these, then sources


@dataclass(frozen=True, eq=False, kw_only=True)
class CountryModel(ViewModel):
    iso3: str
    name: str
    as_of: date
    summary: str  # one sentence: where it stands in both

    def table(self, key: str) -> pd.DataFrame:
        """One part's table (STANDING, REASONS, BLOC_MATES, INSTITUTIONS, NAMED_BY); KeyError for a part this
        profile does not have."""
        return self.exhibit(key).table

    @property
    def pack_exhibits(self) -> tuple[Exhibit, ...]:
        return tuple(self.exhibit(key) for key in PACK_PARTS if self.has(key))

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source of every part, once, in reading order."""
        return tuple(dict.fromkeys(s for e in self.exhibits for s in e.sources))


def country_pack_file_name(iso3: str, as_of: date) -> str:
    """'ilrs-briefing_country-sen_2026-12-06.pptx'"""
    return f"ilrs-briefing_country-{iso3.lower()}_{as_of.isoformat()}.pptx"


def country_choices(tables: Tables) -> dict[str, str]:
    """iso3 -> name for the picker: every UN member state and observer state, by name."""
    names = tables.regions.set_index("iso3")["country"]
    codes = [*tables.un_member_states["iso3"], *OBSERVER_STATES]
    return dict(sorted(((c, names.get(c, c)) for c in codes), key=lambda item: item[1]))


def _ilrs_row(state: pd.Series | None) -> dict:
    if state is None:
        return {"program": vocab.PROGRAM_LABELS[vocab.ILRS], "standing": vocab.STATUS_LABELS[vocab.NO_STATUS]}
    return {
        "program": vocab.PROGRAM_LABELS[vocab.ILRS],
        "standing": vocab.STATUS_LABELS[state["status"]],
        "date": state["date"],
        "instrument": state["instrument"],
        "signed_by": state["counterpart"],
        "source_grade": state["source_grade"],
        "confidence": state["confidence"],
        "source_publisher": state["source_publisher"],
        "source_url": state["source_url"],
    }


def _artemis_row(signed: pd.Series | None) -> dict:
    label = vocab.PROGRAM_LABELS[vocab.ARTEMIS]
    if signed is None:
        return {"program": label, "standing": vocab.NOT_SIGNATORY_LABEL}
    return {
        "program": label,
        "standing": vocab.SIGNATORY_LABEL,
        "date": signed["date"],
        "instrument": "Artemis Accords",
        "place_in_order": ordinal(int(signed["order"])) if pd.notna(signed["order"]) else "not stated",
        "source_grade": signed["source_grade"],
        "confidence": signed["confidence"],
        "source_publisher": signed["source_publisher"],
        "source_url": signed["source_url"],
    }


def _rendering(reason: pd.Series) -> str:
    """How the English words on screen came to be: as published, the outlet's, or ours."""
    if reason["language"] != vocab.ENGLISH:
        return f"our translation from {vocab.LANGUAGES.get(reason['language'], reason['language'])}"
    return country_lines.OUTLETS_ENGLISH if reason["outlet_translated"] == "yes" else "as published"


def _reasons(tables: Tables, iso3: str, joined: tuple[str, ...], as_of: date) -> pd.DataFrame:
    """One row per program the country joined: its stated reason where a source gives one, else NO_REASON."""
    said = dated_rows(tables.stated_reasons, as_of)
    said = said[said["iso3"] == iso3].set_index("program")
    rows = []
    for program in joined:
        label = vocab.PROGRAM_LABELS[program]
        if program not in said.index:
            rows.append({"program": label, "their_words": NO_REASON})
            continue
        row = said.loc[[program]].iloc[0]
        rows.append(
            {
                "program": label,
                "their_words": row["quote"],
                "in_english": row["english"] or row["quote"],
                "rendering": _rendering(row),
                "speaker": f"{row['speaker']}, {row['speaker_role']}",
                "said": row["date"],
                "confidence": row["confidence"],
                "source_publisher": row["source_publisher"],
                "source_url": row["source_url"],
                "notes": row["notes"],
            }
        )
    return pd.DataFrame(rows, columns=REASON_COLUMNS).astype(object).fillna("")


def _table_exhibit(
    key: str,
    title: str,
    name: str,
    as_of: date,
    detail: str,
    summary: str,
    table: pd.DataFrame,
    headers: dict[str, str],
    *,
    headline: str,
) -> Exhibit:
    return Exhibit(
        key=key,
        title=title,
        subtitle=subtitle(name, as_of, detail),
        summary=summary,
        table=table.reset_index(drop=True),
        chart=TableFigure(headers=headers),
        sources=sources_of(table, day=None),
        headline=headline,
    )


def country_model(tables: Tables, iso3: str, as_of: date, group: Scope = WORLD_SCOPE) -> CountryModel:
    """The profile of `iso3` on `as_of`; `group` (a scope holding the reader's own group) joins the country's blocs
    when the country is in it."""
    name = country_choices(tables).get(iso3) or tables.regions.set_index("iso3")["country"].get(iso3, iso3)
    called = short_names(tables.regions).get(iso3, name)  # the name in sentences; a title capitalises it
    partners = dated_rows(tables.partners, as_of)
    states = of_kind(partners, vocab.STATE).set_index("iso3")
    ilrs = states.loc[[iso3]].iloc[0] if iso3 in states.index else None
    accords = dated_rows(tables.artemis_accords, as_of).set_index("iso3")
    artemis = accords.loc[[iso3]].iloc[0] if iso3 in accords.index else None
    joined = tuple(
        p
        for p, row in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, artemis))
        if row is not None and (p == vocab.ARTEMIS or row["status"] == vocab.SIGNED)
    )
    reasons = _reasons(tables, iso3, joined, as_of)
    standing = pd.DataFrame([_ilrs_row(ilrs), _artemis_row(artemis)], columns=STANDING_COLUMNS).astype(object)
    standing = standing.where(standing.notna(), "")
    said = dict(zip(reasons["program"], reasons["their_words"], strict=True))
    standing = standing.assign(stated_reason=standing["program"].map(said).astype(object).fillna(""))
    standing = with_evidence(standing)
    institutions = of_kind(partners, vocab.INSTITUTION)
    institutions = institutions[institutions["iso3"] == iso3]
    blocs = bloc_standing(
        tables.partners, tables.artemis_accords, tables.blocs, iso3, as_of, group.group, group.group_label
    )
    # The same blocs split four ways, as /compare draws them: what the chart shows and the reader downloads.
    split = compare.bloc_split(
        set(compare.ilrs_member_states(tables.partners, as_of)["iso3"]),
        set(dated_rows(tables.artemis_accords, as_of)["iso3"]),
        {
            label: members
            for label, (_, members) in blocs_of(tables.blocs, iso3, as_of, group.group, group.group_label).items()
        },
    ).merge(
        blocs.drop_duplicates("bloc")[["bloc", "associate", "suspended_since"]].rename(columns={"bloc": "group"}),
        on="group",
        how="left",
    )
    names = tables.claim_names[tables.claim_names["iso3"] == iso3]
    named_by = names[["claim_date", "speaker", "metric", "listed_by", "source_publisher", "source_url"]]
    summary = country_lines.standing_summary(called, ilrs, artemis)
    parts = [
        _table_exhibit(
            STANDING,
            country_lines.standing_title(called),
            name,
            as_of,
            country_lines.STANDING_COLUMNS_NOTE,
            country_lines.standing_detail(standing),
            standing,
            {
                "program": "Program",
                "standing": "Standing",
                "date": "Date",
                "instrument": "Instrument",
                "place_in_order": country_lines.PLACE_IN_ORDER,
                "source_publisher": "Source",
                EVIDENCE: "Evidence",
            },
            headline=headlines.standing(called, None if ilrs is None else ilrs["status"], artemis is not None),
        ),
        order_exhibit(tables, iso3, called, name, as_of),
        _table_exhibit(
            REASONS,
            country_lines.reasons_title(called),
            name,
            as_of,
            country_lines.REASONS_DETAIL,
            country_lines.reasons_summary(called, reasons, NO_REASON),
            reasons,
            {
                "program": "Program",
                "in_english": country_lines.WHY_IN_THEIR_WORDS,
                "rendering": "Words",
                "speaker": "Said by",
                "said": "When",
                "source_publisher": "Source",
            },
            headline=headlines.reasons(called, reasons, NO_REASON),
        )
        if joined
        else None,
        timeline_exhibit(
            TIMELINE, called, ilrs, artemis, institutions, program_milestones(tables, joined, as_of), as_of
        ),
        Exhibit(
            key=BLOC_MATES,
            title=country_lines.blocs_title(called),
            subtitle=subtitle(name, as_of, country_lines.BLOCS_DETAIL),
            summary=country_lines.bloc_mates_summary(called, blocs),
            table=split,
            chart=BLOC_SPLIT_CHART,
            sources=(project_source("data/blocs.csv"),),
            headline=headlines.bloc_mates(called, blocs),
        )
        if len(blocs)
        else None,
        _table_exhibit(
            INSTITUTIONS,
            country_lines.institutions_title(called),
            name,
            as_of,
            country_lines.INSTITUTIONS_DETAIL,
            country_lines.institutions_summary(called, institutions),
            with_evidence(
                institutions[
                    [
                        "name",
                        "status",
                        "date",
                        "instrument",
                        "counterpart",
                        "source_grade",
                        "confidence",
                        "source_publisher",
                        "source_url",
                    ]
                ]
            ),
            {
                "name": "Institution",
                "status": "Tie",
                "date": "Date",
                "instrument": "Instrument",
                "source_publisher": "Source",
                EVIDENCE: "Evidence",
            },
            headline=headlines.institutions(called, len(institutions)),
        )
        if len(institutions)
        else None,
        _table_exhibit(
            NAMED_BY,
            country_lines.named_by_title(called),
            name,
            as_of,
            country_lines.NAMED_BY_DETAIL,
            country_lines.named_by_summary(called, named_by),
            named_by,
            {"claim_date": "Claim of", "speaker": "Speaker", "listed_by": "Listed by", "source_publisher": "Source"},
            headline=headlines.named_by(called, len(named_by)),
        )
        if len(named_by)
        else None,
    ]
    return CountryModel(
        iso3=iso3, name=name, as_of=as_of, summary=summary, exhibits=tuple(p for p in parts if p is not None)
    )
