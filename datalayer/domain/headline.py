"""The headline counts of both coalitions for one scope and date, each with the rule it follows.

Every KPI tile, summary and slide that states how many are in either coalition reads this one record, so a
number means the same on every page; where two rules are shown (partners without the lead, the coalition with
it) each carries its own label.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.partners import of_kind, partners_as_of
from datalayer.domain.scope import within

WEAKER_TIES = tuple(s for s in vocab.PARTNER_STATUSES if s != vocab.SIGNED)


@dataclass(frozen=True)
class Headline:
    as_of: date
    world: bool  # no scope filter
    partner_states: int  # signed ILRS partner states: the lead is never its own partner
    ilrs_lead: bool  # the scope holds China
    intl_orgs: int  # signed international organizations: no territory, so world-wide in every scope
    institutions: int  # signed institutions: all of them for the world, those hosted in the scope otherwise
    unhosted_institutions: int  # counted for the world only: no source names their host country
    weaker_states: int  # states announced by an official, applied, or payload partners only
    artemis: int  # Artemis Accords signatories we can date and source (the United States among them)
    artemis_lead: bool  # the scope holds the United States
    both: int  # states in both coalitions, each coalition with its lead
    nasa_order: int | None  # the highest place in NASA's order stated for a signatory on the date (world only)
    disputed_ilrs: tuple[str, ...] = ()  # ILRS members counted in the scope though their bloc membership is disputed
    disputed_artemis: tuple[str, ...] = ()  # the same for Artemis Accords signatories
    unconfirmed_artemis: int = 0  # signatories counted whose only source is a lead
    unconfirmed_ilrs: int = 0  # ILRS partner states counted whose only source is a lead

    @property
    def ilrs_members(self) -> int:
        """The ILRS as a coalition: its partner states and, when the scope holds it, its lead."""
        return self.partner_states + int(self.ilrs_lead)


def headline(
    partners: pd.DataFrame,
    artemis: pd.DataFrame,
    members: AbstractSet[str] | None,
    as_of: date,
    disputed: AbstractSet[str] = frozenset(),
) -> Headline:
    """The counts for the countries in `members` (None: the world) on `as_of`; `disputed`: the members whose
    membership of the scope is disputed (counted, and named)."""
    dated = partners_as_of(partners, as_of)
    states = within(of_kind(dated, vocab.STATE), members)
    signed_institutions = of_kind(dated[dated["status"] == vocab.SIGNED], vocab.INSTITUTION)
    hosted = within(signed_institutions[signed_institutions["iso3"] != ""], members)
    accords = within(dated_rows(artemis, as_of), members)
    coalition = set(states.loc[states["status"].isin((vocab.LEAD, vocab.SIGNED)), "iso3"])
    ordinals = accords["order"].dropna()
    return Headline(
        as_of=as_of,
        world=members is None,
        partner_states=int((states["status"] == vocab.SIGNED).sum()),
        ilrs_lead=bool((states["status"] == vocab.LEAD).any()),
        intl_orgs=int(((dated["kind"] == vocab.INTL_ORG) & (dated["status"] == vocab.SIGNED)).sum()),
        institutions=len(signed_institutions) if members is None else len(hosted),
        unhosted_institutions=len(signed_institutions) - len(hosted) if members is None else 0,
        weaker_states=int(states["status"].isin(WEAKER_TIES).sum()),
        artemis=len(accords),
        artemis_lead=vocab.LEADS[vocab.ARTEMIS].iso3 in set(accords["iso3"]),
        both=len(coalition & set(accords["iso3"])),
        nasa_order=int(ordinals.max()) if members is None and len(ordinals) else None,
        disputed_ilrs=tuple(
            states.loc[states["status"].isin((vocab.LEAD, vocab.SIGNED)) & states["iso3"].isin(disputed), "name"]
        ),
        disputed_artemis=tuple(accords.loc[accords["iso3"].isin(disputed), "country"]),
        unconfirmed_artemis=int((accords["source_grade"] == vocab.LEAD_ONLY).sum()),
        unconfirmed_ilrs=int(((states["status"] == vocab.SIGNED) & (states["source_grade"] == vocab.LEAD_ONLY)).sum()),
    )
