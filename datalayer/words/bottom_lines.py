"""The bottom line of the comparison and the briefing: coalitions, caveats, targets and weight."""

from __future__ import annotations

from datalayer.domain.headline import Headline
from datalayer.domain.scope import Scope
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun, listed, percent, within_scope
from datalayer.words.programs import ARTEMIS_LABEL, ARTEMIS_LEAD, ILRS_LABEL, ILRS_LEAD


def coalitions_line(h: Headline, scope: Scope) -> str:
    """Both coalitions counted by one rule, each with its lead where the scope holds it, saying which leads."""
    held = [lead.name for lead, inside in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if inside]
    out = [lead.name for lead, inside in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if not inside]
    leads = "; ".join(
        [
            *([f"{listed(held)} included"] if held else []),
            *([f"{listed(out)} {'is' if len(out) == 1 else 'are'} not in {scope.name}"] if out else []),
        ]
    )
    opening = (
        "Counting each coalition with its lead"
        if scope.is_world
        else f"Within {scope.name}, counting each coalition with its lead"
    )
    return (
        f"{opening}, the ILRS has {count_noun(h.ilrs_members, 'member state')} and the Artemis Accords "
        f"{count_noun(h.artemis, 'signatory', 'signatories')} ({leads})."
    )


def caveats_line(h: Headline, scope: Scope, suspended: tuple[str, ...] = ()) -> str:
    """What the counts hold that a reader should weigh: members on disputed bloc membership, the bloc's members
    suspended on the date (`suspended`, names), and rows resting only on a lead. '' when there is nothing to say."""
    parts = []
    disputed = [*h.disputed_ilrs, *(n for n in h.disputed_artemis if n not in h.disputed_ilrs)]
    if disputed:
        verb = "is" if len(disputed) == 1 else "are"
        parts.append(
            f"{listed(disputed)} {verb} counted as {'a member' if len(disputed) == 1 else 'members'} of "
            f"{scope.name}, though the membership is disputed: sources conflict on whether "
            f"{'it' if len(disputed) == 1 else 'they'} joined (data/blocs.csv, low confidence)."
        )
    if suspended:
        one = len(suspended) == 1
        parts.append(
            f"As of {written_date(h.as_of)}, {listed(list(suspended))} {'was' if one else 'were'} under "
            f"suspension from {scope.name}: still {'a member, it is' if one else 'members, they are'} counted in "
            "its numbers (data/blocs.csv)."
        )
    for count, noun, plural in (
        (h.unconfirmed_ilrs, "ILRS partner state", "ILRS partner states"),
        (h.unconfirmed_artemis, "Artemis Accords signatory", "Artemis Accords signatories"),
    ):
        if count:
            parts.append(
                f"{count_noun(count, noun, plural)} counted {'rests' if count == 1 else 'rest'} only on a "
                "lead and {} unconfirmed.".format("is" if count == 1 else "are")
            )
    return " ".join(parts)


def targets_line(h: Headline, scope: Scope) -> str:
    """The ILRS against its own targets, which count partners without its lead: a count, not a comparison."""
    return (
        f"Against its own targets, which count partners without {ILRS_LEAD.name}, the ILRS has "
        f"{count_noun(h.partner_states, 'partner state')}{within_scope(scope)}, "
        f"{count_noun(h.intl_orgs, 'international organization')} (world-wide) and "
        f"{count_noun(h.institutions, 'institution')}."
    )


def bottom_line(
    h: Headline,
    scope: Scope,
    pace,
    both: list[str],
    shares: dict[str, dict],
    latest_claim: str | None,
    suspended: tuple[str, ...] = (),
) -> tuple[tuple[str, str], ...]:
    """Three to six findings for the page and the pack's second slide, each (sentence, where its numbers come
    from), all from the scope's own numbers. Every comparison of the two coalitions counts both with their
    leads, and says so."""
    where = within_scope(scope)
    ours = "Our count: data/ilrs_partners.csv, data/artemis_accords.csv (each row sourced)"
    findings = [(coalitions_line(h, scope), ours)]
    if caveats := caveats_line(h, scope, suspended):
        findings.append((caveats, "data/blocs.csv and the source grades of data/CHECKING.md"))
    findings.append((targets_line(h, scope), ours))
    if pace is not None and pace.target:
        needed = (
            f"; reaching the world-wide {pace.target:,} by {pace.target_year} needs {pace.needed:.1f} a year"
            f" from today's world count of {pace.world_count}"
            if pace.needed is not None
            else ""
        )
        findings.append(
            (
                f"Since its first signing the ILRS has added {pace.per_year:.1f} partner states a year{where}{needed}.",
                "Our count; target stated by Wu Weiren (CGTN, July 2024)",
            )
        )
    verb = "belongs" if len(both) == 1 else "belong"
    findings.append(
        (
            (
                f"{count_noun(len(both), 'state')}{where} {verb} to both coalitions: {listed(both, 8)}."
                if both
                else f"No state{where} belongs to both coalitions."
            ),
            "Our count: both files, each coalition with its lead",
        )
    )
    ilrs, accords = shares.get(ILRS_LABEL), shares.get(ARTEMIS_LABEL)
    if ilrs and accords:
        findings.append(
            (
                f"With their leads, the ILRS's member states{where} hold {percent(ilrs['population'])} of "
                f"the world's population and {percent(ilrs['gdp'])} of its GDP; the Artemis Accords' "
                f"signatories{where} hold {percent(accords['population'])} and {percent(accords['gdp'])}.",
                f"World Bank WDI, data year {ilrs['year']} (CC BY 4.0)",
            )
        )
    if latest_claim:
        findings.append(
            (
                latest_claim.split(". Officials count")[0].rstrip(".") + ".",
                "data/reported_counts.csv (each statement with its source)",
            )
        )
    return tuple(findings)
