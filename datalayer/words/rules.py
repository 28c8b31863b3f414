"""The short rule each headline number carries under it: how the lead, disputed and unconfirmed members are
counted."""

from __future__ import annotations

from datalayer.domain.headline import Headline
from datalayer.words.grammar import ordinal
from datalayer.words.programs import ARTEMIS_LEAD, ILRS_LEAD, lead_short
from datalayer.words.translation import n, t


def partner_rule(h: Headline) -> str:
    """How the ILRS partner count treats the lead, in this scope (short: it sits under a tile's number)."""
    lead = lead_short(ILRS_LEAD)
    rule = t("{lead} not counted", lead=lead) if h.ilrs_lead or h.world else t("{lead} outside scope", lead=lead)
    return rule + caveats(len(h.disputed_ilrs), h.unconfirmed_ilrs)


def member_rule(h: Headline) -> str:
    """The ILRS as a coalition: partner states, plus the lead when the scope holds it."""
    lead = lead_short(ILRS_LEAD)
    rule = (
        n("{count} partner + {lead}", "{count} partners + {lead}", h.partner_states, lead=lead)
        if h.ilrs_lead
        else t("{lead} outside scope", lead=lead)
    )
    return rule + caveats(len(h.disputed_ilrs), h.unconfirmed_ilrs)


def artemis_rule(h: Headline) -> str:
    lead = lead_short(ARTEMIS_LEAD)
    rule = t("{lead} included", lead=lead) if h.artemis_lead else t("{lead} outside scope", lead=lead)
    return rule + caveats(len(h.disputed_artemis), h.unconfirmed_artemis)


def caveats(disputed: int, unconfirmed: int) -> str:
    """'; 1 disputed member; 1 unconfirmed': what a count holds that a reader should weigh."""
    said = [n("{count} disputed member", "{count} disputed members", disputed)] if disputed else []
    said += [n("{count} unconfirmed", "{count} unconfirmed", unconfirmed)] if unconfirmed else []
    return "".join(t("; {clause}", clause=clause) for clause in said)


def nasa_order_line(h: Headline) -> str:
    """Our Artemis count against NASA's numbering, where the two differ (world only: the order is world-wide)."""
    if h.nasa_order is None or h.nasa_order == h.artemis:
        return ""
    if h.nasa_order > h.artemis:
        return n(
            "NASA's numbering reaches the {place}: {count} signatory not yet identified in a source we could read.",
            "NASA's numbering reaches the {place}: {count} signatories not yet identified in a source we could read.",
            h.nasa_order - h.artemis,
            place=ordinal(h.nasa_order),
        )
    return n(
        "{count} signatory signed after the last one whose place in NASA's order we found (the {place}).",
        "{count} signatories signed after the last one whose place in NASA's order we found (the {place}).",
        h.artemis - h.nasa_order,
        place=ordinal(h.nasa_order),
    )


def institutions_rule(h: Headline) -> str:
    if h.world:
        return (
            n("{count} with no host named", "{count} with no host named", h.unhosted_institutions)
            if h.unhosted_institutions
            else t("all signed ones")
        )
    return t("hosted in scope")
