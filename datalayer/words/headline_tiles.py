"""The headline tiles: one per measure, alike on every page, each saying which rule it counts by."""

from __future__ import annotations

from dataclasses import dataclass

from datalayer.domain.headline import Headline
from datalayer.domain.scope import Scope
from datalayer.words.cldr import number
from datalayer.words.grammar import capitalised, clauses, listed, scope_name
from datalayer.words.method import MEMBER, THE_LEAD, method_text
from datalayer.words.programs import ARTEMIS_LABEL, ARTEMIS_LEAD, ILRS_LABEL, ILRS_LEAD, lead_name
from datalayer.words.rules import artemis_rule, institutions_rule, member_rule, nasa_order_line, partner_rule
from datalayer.words.translation import n, t


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
        t("ILRS partner states"),
        number(h.partner_states),
        f"{method_text(MEMBER)} {method_text(THE_LEAD)}",
        delta=partner_rule(h),
        measure=PARTNER_STATES,
    )


def member_tile(h: Headline) -> Tile:
    return Tile(
        t("ILRS member states"),
        number(h.ilrs_members),
        method_text(THE_LEAD),
        delta=member_rule(h),
        measure=ILRS_MEMBERS,
    )


def artemis_tile(h: Headline) -> Tile:
    return Tile(
        t("Artemis Accords signatories"),
        number(h.artemis),
        " ".join(said for said in (t("Signatories we can date and source."), nasa_order_line(h)) if said),
        delta=artemis_rule(h),
        measure=ARTEMIS_SIGNATORIES,
    )


def orgs_tile(h: Headline) -> Tile:
    return Tile(
        t("International organizations"),
        number(h.intl_orgs),
        t("Signed organizations. They hold no territory, so every scope shows the world-wide number."),
        delta=t("world-wide"),
        measure=INTL_ORGS,
    )


def institutions_tile(h: Headline) -> Tile:
    return Tile(
        t("Institutions"),
        number(h.institutions),
        t("Research institutions and companies that signed, by host country."),
        delta=institutions_rule(h),
        measure=INSTITUTIONS_SIGNED,
    )


def weaker_tile(h: Headline) -> Tile:
    return Tile(
        t("States with weaker ties"),
        number(h.weaker_states),
        method_text(MEMBER),
        delta=t("not counted as partners"),
        measure=WEAKER_STATES,
    )


def both_tile(h: Headline) -> Tile:
    return Tile(
        t("In both coalitions"),
        number(h.both),
        t("States that signed both; each coalition counted with its lead."),
        delta=n("state", "states", h.both),
        measure=IN_BOTH,
    )


def leads_detail(h: Headline) -> str:
    """A subtitle's note on the leads: 'each coalition with its lead', or which lead the scope leaves out."""
    if h.ilrs_lead and h.artemis_lead:
        return t("each coalition with its lead")
    if not (h.ilrs_lead or h.artemis_lead):
        return t("neither lead in this scope")
    held, out = (ILRS_LEAD, ARTEMIS_LEAD) if h.ilrs_lead else (ARTEMIS_LEAD, ILRS_LEAD)
    return t("with {held}, its lead; {out} outside this scope", held=lead_name(held), out=lead_name(out))


def leads_line(h: Headline, scope: Scope) -> str:
    """Which leads a coalition-wide count includes in this scope."""
    inside = [
        t("{lead} for the {program}", lead=lead_name(lead), program=t(label))
        for lead, label, held in ((ILRS_LEAD, ILRS_LABEL, h.ilrs_lead), (ARTEMIS_LEAD, ARTEMIS_LABEL, h.artemis_lead))
        if held
    ]
    outside = [lead_name(lead) for lead, held in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if not held]
    parts = []
    if inside:
        parts.append(
            t("Each coalition is counted with its lead where the scope holds it: {leads}.", leads=listed(inside))
        )
    if outside:
        parts.append(
            capitalised(
                n(
                    "{names} is not in {scope}.",
                    "{names} are not in {scope}.",
                    len(outside),
                    names=listed(outside),
                    scope=scope_name(scope),
                )
            )
        )
    parts.append(t("Partner counts elsewhere never count {lead}.", lead=lead_name(ILRS_LEAD)))
    return " ".join(parts)


def member_caveat(unconfirmed: bool, disputed: bool, scope: Scope) -> str:
    """A member's caveat in a who-signed table: 'unconfirmed: a lead only', 'disputed member of BRICS'."""
    said = ([t("unconfirmed: its only source is a lead")] if unconfirmed else []) + (
        [t("a disputed member of {scope}", scope=scope_name(scope))] if disputed else []
    )
    return clauses(said) if said else ""
