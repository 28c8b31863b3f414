"""The short rule each headline number carries under it: how the lead, disputed and unconfirmed members are
counted."""

from __future__ import annotations

from datalayer.domain.headline import Headline
from datalayer.words.grammar import count_noun, ordinal
from datalayer.words.programs import ARTEMIS_LEAD, ILRS_LEAD


def partner_rule(h: Headline) -> str:
    """How the ILRS partner count treats the lead, in this scope (short: it sits under a tile's number)."""
    rule = f"{ILRS_LEAD.name} not counted" if h.ilrs_lead or h.world else f"{ILRS_LEAD.name} outside scope"
    return rule + caveats(len(h.disputed_ilrs), h.unconfirmed_ilrs)


def member_rule(h: Headline) -> str:
    """The ILRS as a coalition: partner states, plus the lead when the scope holds it."""
    rule = f"{h.partner_states} partners + {ILRS_LEAD.name}" if h.ilrs_lead else f"{ILRS_LEAD.name} outside scope"
    return rule + caveats(len(h.disputed_ilrs), h.unconfirmed_ilrs)


def artemis_rule(h: Headline) -> str:
    rule = f"{ARTEMIS_LEAD.short} included" if h.artemis_lead else f"{ARTEMIS_LEAD.short} outside scope"
    return rule + caveats(len(h.disputed_artemis), h.unconfirmed_artemis)


def caveats(disputed: int, unconfirmed: int) -> str:
    """'; 1 disputed member; 1 unconfirmed': what a count holds that a reader should weigh."""
    said = [f"{disputed} disputed member" if disputed == 1 else f"{disputed} disputed members"] if disputed else []
    said += [f"{unconfirmed} unconfirmed"] if unconfirmed else []
    return "".join(f"; {s}" for s in said)


def nasa_order_line(h: Headline) -> str:
    """Our Artemis count against NASA's numbering, where the two differ (world only: the order is world-wide)."""
    if h.nasa_order is None or h.nasa_order == h.artemis:
        return ""
    if h.nasa_order > h.artemis:
        missing = h.nasa_order - h.artemis
        return (
            f"NASA's numbering reaches the {ordinal(h.nasa_order)}: {count_noun(missing, 'signatory', 'signatories')}"
            " not yet identified in a source we could read."
        )
    return (
        f"{count_noun(h.artemis - h.nasa_order, 'signatory', 'signatories')} signed after the last one whose "
        f"place in NASA's order we found (the {ordinal(h.nasa_order)})."
    )


def institutions_rule(h: Headline) -> str:
    if h.world:
        return f"{h.unhosted_institutions} with no host named" if h.unhosted_institutions else "all signed ones"
    return "hosted in scope"
