"""Checks across datasets: every ISO3 is a real country we can place on the map, and no change is recorded after
the date the data says it was checked to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.loading.datasets import (
    ARTEMIS_ACCORDS,
    BLOCS,
    CLAIM_NAMES,
    COUNTRY_INDICATORS,
    PARTNERS,
    SPACE_POWERS,
    STATED_REASONS,
    UN_MEMBER_STATES,
    Dataset,
    display_name,
)
from datalayer.loading.errors import Problem

# Datasets whose rows name a country by iso3 (blank allowed only where their schema allows it).
COUNTRY_KEYED = (
    PARTNERS,
    ARTEMIS_ACCORDS,
    BLOCS,
    COUNTRY_INDICATORS,
    SPACE_POWERS,
    UN_MEMBER_STATES,
    CLAIM_NAMES,
    STATED_REASONS,
)
# The ones whose countries the maps draw or mark (indicators and the UN list are only counted).
MAPPED = (PARTNERS, ARTEMIS_ACCORDS, BLOCS, SPACE_POWERS)


@dataclass(frozen=True)
class Finding:
    file: str
    problem: Problem


def _outside(
    tables: dict[str, pd.DataFrame], allowed: set[str], datasets: tuple[Dataset, ...], rule: str
) -> list[Finding]:
    findings = []
    for dataset in datasets:
        if dataset.key not in tables:  # set aside already, with its own problems
            continue
        table = tables[dataset.key]
        bad = table[(table["iso3"] != "") & ~table["iso3"].isin(allowed | {vocab.WORLD_AGGREGATE})]
        findings += [
            Finding(display_name(dataset), Problem(int(str(line)), "iso3", rule, code))
            for line, code in bad["iso3"].items()
        ]
    return findings


def unknown_countries(tables: dict[str, pd.DataFrame], known_iso3: set[str]) -> list[Finding]:
    """Rows whose iso3 is not in the regions table (a typo, or a country missing from it)."""
    return _outside(tables, known_iso3, COUNTRY_KEYED, "is not a country in data/regions.csv")


def undrawable_countries(
    tables: dict[str, pd.DataFrame], placeable_iso3: set[str], datasets: tuple[Dataset, ...] = MAPPED
) -> list[Finding]:
    """Rows naming a country the map can neither fill nor mark (no shape in the shipped geometry)."""
    return _outside(tables, placeable_iso3, datasets, "has no shape in the shipped map geometry")


def reasons_of_non_members(tables: dict[str, pd.DataFrame]) -> list[Finding]:
    """Stated reasons for joining a program the country has not joined: an ILRS reason needs a signed state
    partner, an Artemis reason a signatory."""
    if not {STATED_REASONS.key, PARTNERS.key, ARTEMIS_ACCORDS.key} <= set(tables):
        return []
    partners = tables[PARTNERS.key]
    joined = {
        vocab.ILRS: set(partners.loc[(partners["kind"] == vocab.STATE) & (partners["status"] == vocab.SIGNED), "iso3"]),
        vocab.ARTEMIS: set(tables[ARTEMIS_ACCORDS.key]["iso3"]),
    }
    reasons = tables[STATED_REASONS.key]
    outside = reasons.loc[
        [
            iso3 not in joined.get(program, set())
            for program, iso3 in zip(reasons["program"], reasons["iso3"], strict=True)
        ]
    ]
    return [
        Finding(
            display_name(STATED_REASONS),
            Problem(int(line), "iso3", f"has not joined the {vocab.PROGRAM_LABELS[program]} in our data", iso3),
        )
        for line, program, iso3 in zip(outside.index, outside["program"], outside["iso3"], strict=True)
    ]


def after_check(checked_on: date) -> str:
    """What is wrong with a change dated after the data's check, and what to do."""
    return (
        f"is after the date the data is checked to ({checked_on.isoformat()}): record a check of every file "
        "first (python -m datalayer check --all)"
    )


def changes_after_check(changes: pd.DataFrame, checked_on: date) -> list[Problem]:
    """Changes recorded after the data's check date: the page would say 'checked to' a day before its own newest
    change. Record the check of every file first (python -m datalayer check)."""
    late = changes[changes["date_start"] > pd.Timestamp(checked_on)]
    return [Problem(int(str(line)), "date", after_check(checked_on), value) for line, value in late["date"].items()]
