"""The bottom line of the comparison and the briefing: coalitions, caveats, targets and weight."""

from __future__ import annotations

from datalayer.domain.headline import Headline
from datalayer.domain.scope import Scope
from datalayer.words.cldr import decimal, number
from datalayer.words.dates import written_date
from datalayer.words.grammar import clauses, listed, percent, scope_name, within_scope
from datalayer.words.programs import ARTEMIS_LABEL, ARTEMIS_LEAD, ILRS_LABEL, ILRS_LEAD, lead_name
from datalayer.words.translation import n, t

TARGET_STATED = "2024-07"  # when Wu Weiren stated the 2035 target of 50 countries (CGTN; data/targets.csv)


def coalitions_line(h: Headline, scope: Scope) -> str:
    """Both coalitions counted by one rule, each with its lead where the scope holds it, saying which leads."""
    held = [lead_name(lead) for lead, inside in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if inside]
    out = [lead_name(lead) for lead, inside in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if not inside]
    leads = clauses(
        [
            # Translators: the leads a count includes ('China and the United States included').
            *([n("{names} included", "{names} included", len(held), names=listed(held))] if held else []),
            *(
                [
                    n(
                        "{names} is not in {scope}",
                        "{names} are not in {scope}",
                        len(out),
                        names=listed(out),
                        scope=scope_name(scope),
                    )
                ]
                if out
                else []
            ),
        ]
    )
    members = n("{count} member state", "{count} member states", h.ilrs_members)
    signatories = n("{count} signatory", "{count} signatories", h.artemis)
    if scope.is_world:
        return t(
            "Counting each coalition with its lead, the ILRS has {members} and the Artemis Accords {signatories} "
            "({leads}).",
            members=members,
            signatories=signatories,
            leads=leads,
        )
    return t(
        "Within {scope}, counting each coalition with its lead, the ILRS has {members} and the Artemis Accords "
        "{signatories} ({leads}).",
        scope=scope_name(scope),
        members=members,
        signatories=signatories,
        leads=leads,
    )


def caveats_line(h: Headline, scope: Scope, suspended: tuple[str, ...] = ()) -> str:
    """What the counts hold that a reader should weigh: members on disputed bloc membership, the bloc's members
    suspended on the date (`suspended`, names), and rows resting only on a lead. '' when there is nothing to say."""
    parts = []
    disputed = [*h.disputed_ilrs, *(name for name in h.disputed_artemis if name not in h.disputed_ilrs)]
    if disputed:
        parts.append(
            n(
                "{names} is counted as a member of {scope}, though the membership is disputed: sources conflict on "
                "whether it joined (data/blocs.csv, low confidence).",
                "{names} are counted as members of {scope}, though the membership is disputed: sources conflict on "
                "whether they joined (data/blocs.csv, low confidence).",
                len(disputed),
                names=listed(disputed),
                scope=scope_name(scope),
            )
        )
    if suspended:
        parts.append(
            n(
                "As of {day}, {names} was under suspension from {scope}: still a member, it is counted in its "
                "numbers (data/blocs.csv).",
                "As of {day}, {names} were under suspension from {scope}: still members, they are counted in its "
                "numbers (data/blocs.csv).",
                len(suspended),
                day=written_date(h.as_of),
                names=listed(list(suspended)),
                scope=scope_name(scope),
            )
        )
    if h.unconfirmed_ilrs:
        parts.append(
            n(
                "{count} ILRS partner state counted rests only on a lead and is unconfirmed.",
                "{count} ILRS partner states counted rest only on a lead and are unconfirmed.",
                h.unconfirmed_ilrs,
            )
        )
    if h.unconfirmed_artemis:
        parts.append(
            n(
                "{count} Artemis Accords signatory counted rests only on a lead and is unconfirmed.",
                "{count} Artemis Accords signatories counted rest only on a lead and are unconfirmed.",
                h.unconfirmed_artemis,
            )
        )
    return " ".join(parts)


def targets_line(h: Headline, scope: Scope) -> str:
    """The ILRS against its own targets, which count partners without its lead: a count, not a comparison."""
    return t(
        "Against its own targets, which count partners without {lead}, the ILRS has {partners}{where}, {orgs} "
        "(world-wide) and {institutions}.",
        lead=lead_name(ILRS_LEAD),
        partners=n("{count} partner state", "{count} partner states", h.partner_states),
        where=within_scope(scope),
        orgs=n("{count} international organization", "{count} international organizations", h.intl_orgs),
        institutions=n("{count} institution", "{count} institutions", h.institutions),
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
    ours = t("Our count: data/ilrs_partners.csv, data/artemis_accords.csv (each row sourced)")
    findings = [(coalitions_line(h, scope), ours)]
    if caveats := caveats_line(h, scope, suspended):
        findings.append((caveats, t("data/blocs.csv and the source grades of data/CHECKING.md")))
    findings.append((targets_line(h, scope), ours))
    if pace is not None and pace.target:
        rate = decimal(pace.per_year)
        findings.append(
            (
                t(
                    "Since its first signing the ILRS has added {rate} partner states a year{where}; reaching the "
                    "world-wide {target} by {year} needs {needed} a year from today's world count of {count}.",
                    rate=rate,
                    where=where,
                    target=number(pace.target),
                    year=pace.target_year,
                    needed=decimal(pace.needed),
                    count=number(pace.world_count),
                )
                if pace.needed is not None
                else t(
                    "Since its first signing the ILRS has added {rate} partner states a year{where}.",
                    rate=rate,
                    where=where,
                ),
                t("Our count; target stated by Wu Weiren (CGTN, {month})", month=written_date(TARGET_STATED)),
            )
        )
    findings.append(
        (
            (
                n(
                    "{count} state{where} belongs to both coalitions: {names}.",
                    "{count} states{where} belong to both coalitions: {names}.",
                    len(both),
                    where=where,
                    names=listed(both, 8),
                )
                if both
                else t("No state{where} belongs to both coalitions.", where=where)
            ),
            t("Our count: both files, each coalition with its lead"),
        )
    )
    ilrs, accords = shares.get(ILRS_LABEL), shares.get(ARTEMIS_LABEL)
    if ilrs and accords:
        findings.append(
            (
                t(
                    "With their leads, the ILRS's member states{where} hold {ilrs_population} of the world's "
                    "population and {ilrs_gdp} of its GDP; the Artemis Accords' signatories{where} hold "
                    "{accords_population} and {accords_gdp}.",
                    where=where,
                    ilrs_population=percent(ilrs["population"]),
                    ilrs_gdp=percent(ilrs["gdp"]),
                    accords_population=percent(accords["population"]),
                    accords_gdp=percent(accords["gdp"]),
                ),
                t("World Bank WDI, data year {year} (CC BY 4.0)", year=ilrs["year"]),
            )
        )
    if latest_claim:
        findings.append(
            (
                latest_claim.split(". Officials count")[0].rstrip(".") + ".",
                t("data/reported_counts.csv (each statement with its source)"),
            )
        )
    return tuple(findings)
