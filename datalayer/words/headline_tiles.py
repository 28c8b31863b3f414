"""The headline tiles: one per measure, alike on every page, each saying which rule it counts by."""

from __future__ import annotations

from dataclasses import dataclass

from datalayer.domain.headline import Headline
from datalayer.domain.scope import Scope
from datalayer.words.grammar import capitalised
from datalayer.words.method import MEMBER, METHOD_TEXT, THE_LEAD
from datalayer.words.programs import ARTEMIS_LABEL, ARTEMIS_LEAD, ILRS_LABEL, ILRS_LEAD
from datalayer.words.rules import artemis_rule, institutions_rule, member_rule, nasa_order_line, partner_rule


@dataclass(frozen=True)
class Tile:
    """A headline number: its label, value, help text and the short rule or remainder under it."""

    label: str
    value: str
    help: str = ""
    delta: str | None = None  # shown neutral under the value (no arrow, no colour): the rule or a remainder
    measure: str = ""  # which headline number the tile shows (PARTNER_STATES, ...); "" for others


# Which headline number a tile shows: tiles of one measure agree on every page, or say why not.
PARTNER_STATES, ILRS_MEMBERS, ARTEMIS_SIGNATORIES, INTL_ORGS, INSTITUTIONS_SIGNED, WEAKER_STATES, IN_BOTH = (
    "ilrs.partner_states",
    "ilrs.members",
    "artemis.signatories",
    "ilrs.intl_orgs",
    "ilrs.institutions",
    "ilrs.weaker_states",
    "both",
)


def partner_tile(h: Headline) -> Tile:
    return Tile(
        "ILRS partner states",
        str(h.partner_states),
        f"{METHOD_TEXT[MEMBER]} {METHOD_TEXT[THE_LEAD]}",
        delta=partner_rule(h),
        measure=PARTNER_STATES,
    )


def member_tile(h: Headline) -> Tile:
    return Tile(
        "ILRS member states", str(h.ilrs_members), METHOD_TEXT[THE_LEAD], delta=member_rule(h), measure=ILRS_MEMBERS
    )


def artemis_tile(h: Headline) -> Tile:
    return Tile(
        "Artemis Accords signatories",
        str(h.artemis),
        " ".join(t for t in ("Signatories we can date and source.", nasa_order_line(h)) if t),
        delta=artemis_rule(h),
        measure=ARTEMIS_SIGNATORIES,
    )


def orgs_tile(h: Headline) -> Tile:
    return Tile(
        "International organizations",
        str(h.intl_orgs),
        "Signed organizations. They hold no territory, so every scope shows the world-wide number.",
        delta="world-wide",
        measure=INTL_ORGS,
    )


def institutions_tile(h: Headline) -> Tile:
    return Tile(
        "Institutions",
        str(h.institutions),
        "Research institutions and companies that signed, by host country.",
        delta=institutions_rule(h),
        measure=INSTITUTIONS_SIGNED,
    )


def weaker_tile(h: Headline) -> Tile:
    return Tile(
        "States with weaker ties",
        str(h.weaker_states),
        METHOD_TEXT[MEMBER],
        delta="not counted as partners",
        measure=WEAKER_STATES,
    )


def both_tile(h: Headline) -> Tile:
    return Tile(
        "In both coalitions",
        str(h.both),
        "States that signed both; each coalition counted with its lead.",
        delta="states",
        measure=IN_BOTH,
    )


def leads_detail(h: Headline) -> str:
    """A subtitle's note on the leads: 'each coalition with its lead', or which lead the scope leaves out."""
    if h.ilrs_lead and h.artemis_lead:
        return "each coalition with its lead"
    if not (h.ilrs_lead or h.artemis_lead):
        return "neither lead in this scope"
    held, out = (ILRS_LEAD, ARTEMIS_LEAD) if h.ilrs_lead else (ARTEMIS_LEAD, ILRS_LEAD)
    return f"with {held.name}, its lead; {out.name} outside this scope"


def leads_line(h: Headline, scope: Scope) -> str:
    """Which leads a coalition-wide count includes in this scope."""
    inside = [
        f"{lead.name} for the {label}"
        for lead, label, held in ((ILRS_LEAD, ILRS_LABEL, h.ilrs_lead), (ARTEMIS_LEAD, ARTEMIS_LABEL, h.artemis_lead))
        if held
    ]
    outside = [lead.name for lead, held in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if not held]
    parts = []
    if inside:
        parts.append("Each coalition is counted with its lead where the scope holds it: " + " and ".join(inside) + ".")
    if outside:
        parts.append(
            capitalised(f"{' and '.join(outside)} {'is' if len(outside) == 1 else 'are'} not in {scope.name}.")
        )
    return " ".join(parts) + " Partner counts elsewhere never count China."


def member_caveat(unconfirmed: bool, disputed: bool, scope: Scope) -> str:
    """A member's caveat in a who-signed table: 'unconfirmed: a lead only', 'disputed member of BRICS'."""
    said = (["unconfirmed: its only source is a lead"] if unconfirmed else []) + (
        [f"a disputed member of {scope.name}"] if disputed else []
    )
    return "; ".join(said)
