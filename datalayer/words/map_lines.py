"""The map's sentence, from the map's own table."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun, within_scope
from datalayer.words.programs import ARTEMIS_LEAD, ILRS_LEAD

# --- Titles, notes and labels ---------------------------------------------------------------------------------
ARTEMIS_ACCORDS_SIGNATORIES = "Artemis Accords signatories"
ARTEMIS_ACCORDS_SIGNED = "Artemis Accords signed"
BY_YEAR_DETAIL = ", coloured by year of signing"
ILRS_TIES_LEGEND = "ILRS ties (states and institutions based there)"
INSTITUTIONS_LAYER = "Institutions (signed, by host country)"
SPACE_POWERS_LAYER = "Space powers (own orbital launch)"
OVERLAP_TITLE = "Who is in both coalitions"
TILES_DETAIL = "one equal tile per UN member state"


def tiles_title(map_title: str) -> str:
    """'ILRS partner map, in equal tiles'."""
    return f"{map_title}, in equal tiles"


def lead_name(name: str) -> str:
    """'China (lead)': a program's lead as a map names it."""
    return f"{name} (lead)"


def map_summary(table: pd.DataFrame, view: str, scope: Scope, as_of: date) -> str:
    """One sentence from the map's own table."""
    inside = table[table["in_scope"]]
    where, when = within_scope(scope), written_date(as_of)
    holds = set(inside["iso3"])
    us = (
        f" ({ARTEMIS_LEAD.name}, its lead, included)"
        if ARTEMIS_LEAD.iso3 in holds and (inside.loc[inside["iso3"] == ARTEMIS_LEAD.iso3, "artemis_date"] != "").any()
        else ""
    )
    if view == vocab.VIEW_ARTEMIS:
        signed = int((inside["artemis_date"] != "").sum())
        return f"As of {when}, {count_noun(signed, 'state')}{where} had signed the Artemis Accords{us}."
    if view == vocab.VIEW_OVERLAP:
        both = int((inside["category"] == vocab.BOTH).sum())
        ilrs_only = int((inside["category"] == vocab.ILRS_ONLY).sum())
        artemis_only = int((inside["category"] == vocab.ARTEMIS_ONLY).sum())
        china = (
            f" ({ILRS_LEAD.name}, its lead, included)"
            if ((inside["iso3"] == ILRS_LEAD.iso3) & (inside["category"] == vocab.ILRS_ONLY)).any()
            else ""
        )
        return (
            f"As of {when}, {count_noun(both, 'state')}{where} belonged to both coalitions, "
            f"{ilrs_only} to the ILRS only{china} and {artemis_only} to the Artemis Accords only{us}."
        )
    signed = int((inside["ilrs_status"] == vocab.SIGNED).sum())
    weaker = int(inside["ilrs_status"].isin([s for s in vocab.PARTNER_STATUSES if s != vocab.SIGNED]).sum())
    lead = (
        f" ({ILRS_LEAD.name}, the program's lead, is not counted)"
        if (inside["ilrs_status"] == vocab.LEAD).any()
        else ""
    )
    return (
        f"As of {when}, {count_noun(signed, 'state')}{where} had signed ILRS agreements{lead}, and "
        f"{weaker} more had weaker ties (announced, applied or payload only)."
    )
