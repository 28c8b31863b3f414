"""The key-facts table: ILRS and Artemis Accords side by side, every cell with its source.

Descriptive cells come from data/program_facts.csv. Cells that other files already hold are built from
them instead of being restated: the ILRS targets (targets.csv), our own member counts (ilrs_partners.csv,
artemis_accords.csv) and the latest official figure (reported_counts.csv, NASA's ordinals).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.growth import claims_for_panel, latest_claim, target_for
from datalayer.domain.headline import Headline
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun, ordinal
from datalayer.words.rules import partner_rule

OUR_COUNT = "Members on the date (our count)"
FOUNDED = "Founded"
OFFICIAL_FIGURE = "Latest official total"  # an official's own count of members: the ILRS's officials state one
NASA_ORDER = "Latest place in NASA's order"  # NASA numbers each signing instead: a different fact, its own row
NO_OFFICIAL_TOTAL = "none stated: NASA numbers each signing instead (next row)"
COLUMNS = ["fact", "program", "value", "source_publisher", "source_url", "source_date", "source_grade", "confidence"]
# Our count and the official figure go right after the membership rule they illustrate.
_DESCRIBED = list(vocab.PROGRAM_FACTS.values())
_AFTER = _DESCRIBED.index(vocab.PROGRAM_FACTS["membership_rule"]) + 1
# The founding date goes right after the founding document it dates.
_FOUNDING = _DESCRIBED.index(vocab.PROGRAM_FACTS["founding_document"]) + 1
_ORDER = [
    *_DESCRIBED[:_FOUNDING],
    FOUNDED,
    *_DESCRIBED[_FOUNDING:_AFTER],
    OUR_COUNT,
    OFFICIAL_FIGURE,
    NASA_ORDER,
    *_DESCRIBED[_AFTER:],
]


def _cell(fact: str, program: str, value: str, source: pd.Series | None = None, publisher: str = "") -> dict:
    return {
        "fact": fact,
        "program": vocab.PROGRAM_LABELS[program],
        "value": value,
        "source_publisher": publisher if source is None else source["source_publisher"],
        "source_url": "" if source is None else source["source_url"],
        "source_date": "" if source is None else str(source.get("source_date", "") or ""),
        "source_grade": "" if source is None else str(source.get("source_grade", "") or ""),
        "confidence": "" if source is None else str(source.get("confidence", "") or ""),
    }


def _ilrs_targets(targets: pd.DataFrame) -> dict:
    stated = {metric: target_for(targets, metric) for metric in vocab.TARGET_METRICS}
    parts = [
        f"{row['value']:,} {vocab.METRIC_LABELS[metric].lower()}" for metric, row in stated.items() if row is not None
    ]
    first = stated[vocab.COUNTRIES]
    if first is None:  # no countries target on file: say so rather than fail
        return _cell(vocab.PROGRAM_FACTS[vocab.STATED_TARGETS], vocab.ILRS, "no target stated in data/targets.csv")
    years = {int(row["target_year"]) for row in stated.values() if row is not None and pd.notna(row["target_year"])}
    when = f" by {min(years)}" if years else "; no target year stated"
    return _cell(
        vocab.PROGRAM_FACTS[vocab.STATED_TARGETS],
        vocab.ILRS,
        f"{', '.join(parts)}{when} ({first['stated_by']}, {first['stated_date']})",
        first,
    )


def _counts(h: Headline, artemis: pd.DataFrame, reported: pd.DataFrame, as_of: date) -> list[dict]:
    ilrs = (
        f"{count_noun(h.partner_states, 'partner state')}, "
        f"{count_noun(h.intl_orgs, 'international organization')} and "
        f"{count_noun(h.institutions, 'institution')} with a signed ILRS document found ({partner_rule(h)})"
    )
    cells = [
        _cell(OUR_COUNT, vocab.ILRS, ilrs, publisher="This project: data/ilrs_partners.csv (each row sourced)"),
        _cell(
            OUR_COUNT,
            vocab.ARTEMIS,
            f"{h.artemis} signatories found with a signing date"
            if h.artemis != 1
            else "1 signatory found with a signing date",
            publisher="This project: data/artemis_accords.csv (each row sourced)",
        ),
    ]
    claims = claims_for_panel(dated_rows(reported, as_of), vocab.COUNTRIES)
    claim = latest_claim(claims)
    if claim is not None:
        cells.append(
            _cell(
                OFFICIAL_FIGURE,
                vocab.ILRS,
                f"{claim['stated']} {claim['rule']}, world-wide ({claim['speaker'].split(' (')[0]}, "
                f"{written_date(claim['date'])})",
                claim,
            )
        )
    accords = dated_rows(artemis, as_of)
    numbered = accords[accords["order"].notna()].sort_values("date_start")
    if not numbered.empty:
        newest = numbered.iloc[-1]
        cells.append(
            _cell(
                OFFICIAL_FIGURE,
                vocab.ARTEMIS,
                NO_OFFICIAL_TOTAL,
                publisher="This project: data/artemis_accords.csv (NASA's stated places, each sourced)",
            )
        )
        cells.append(
            _cell(
                NASA_ORDER,
                vocab.ARTEMIS,
                f"{newest['country']}, the {ordinal(int(newest['order']))} signatory, signed on "
                f"{written_date(newest['date'])}",
                newest,
            )
        )
    return cells


def key_facts(
    program_facts: pd.DataFrame,
    targets: pd.DataFrame,
    h: Headline,
    artemis: pd.DataFrame,
    reported: pd.DataFrame,
    as_of: date,
) -> pd.DataFrame:
    """Tidy: one row per fact and program (fact, program, value, source_publisher, source_url, source_date,
    confidence), facts in the comparison's order; counts (`h`, the scope's headline) and the official figure are
    as of `as_of`; `artemis` is the scope's signatories."""
    described = [
        _cell(vocab.PROGRAM_FACTS[row["fact"]], row["program"], row["value"], row)
        for _, row in program_facts.iterrows()
    ]
    founded = [
        _cell(FOUNDED, row["program"], written_date(row["fact_date"]), row)
        for _, row in program_facts[program_facts["fact"] == "founding_document"].iterrows()
        if row["fact_date"]
    ]
    cells = [*described, *founded, _ilrs_targets(targets), *_counts(h, artemis, reported, as_of)]
    table = pd.DataFrame(cells, columns=COLUMNS)
    rank = {fact: i for i, fact in enumerate(_ORDER)}
    programs = list(vocab.PROGRAM_LABELS.values())
    return (
        table.assign(_fact=table["fact"].map(rank), _program=table["program"].map(programs.index))
        .sort_values(["_fact", "_program"])
        .drop(columns=["_fact", "_program"])
        .reset_index(drop=True)
    )
