"""Every generated sentence and headline tile: the one place that says things about the data.

A sentence is a claim, so each is built from the numbers of the table it speaks for and from the scope it is
read in: a lead is named as included only when the scope holds it, a bloc's count is never read against a
world-wide target without saying so, and a count of nothing says "no new signing" rather than "0.0". The
screen, presenter mode, slide images and the briefing pack all show these same strings.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import reconcile
from datalayer.domain.events import LastSigning
from datalayer.domain.headline import (
    Headline,
    artemis_rule,
    institutions_rule,
    member_rule,
    nasa_order_line,
    partner_rule,
)
from datalayer.domain.scope import Scope
from datalayer.domain.wording import count_noun, listed, spelled_date
from datalayer.loading.rows import rows_of
from datalayer.viewmodels.common import Kpi
from datalayer.viewmodels.evidence import evidence_words
from datalayer.viewmodels.exhibit import long_date
from datalayer.viewmodels.method import MEMBER, METHOD_TEXT, SCOPES, THE_LEAD

ILRS_LABEL, ARTEMIS_LABEL = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]
ILRS_LEAD, ARTEMIS_LEAD = vocab.LEADS[vocab.ILRS], vocab.LEADS[vocab.ARTEMIS]
WORLD_TARGET = "world-wide target, shown for reference"

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


def within_scope(scope: Scope) -> str:
    """'' for the world, ' within BRICS' otherwise: the scope inside a sentence."""
    return "" if scope.is_world else f" within {scope.name}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def possessive(name: str) -> str:
    """'Senegal's', 'the United States''."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# --- KPI tiles ------------------------------------------------------------------------------------------------
def partner_tile(h: Headline) -> Kpi:
    return Kpi(
        "ILRS partner states",
        str(h.partner_states),
        f"{METHOD_TEXT[MEMBER]} {METHOD_TEXT[THE_LEAD]}",
        delta=partner_rule(h),
        measure=PARTNER_STATES,
    )


def member_tile(h: Headline) -> Kpi:
    return Kpi(
        "ILRS member states", str(h.ilrs_members), METHOD_TEXT[THE_LEAD], delta=member_rule(h), measure=ILRS_MEMBERS
    )


def artemis_tile(h: Headline) -> Kpi:
    return Kpi(
        "Artemis Accords signatories",
        str(h.artemis),
        " ".join(t for t in ("Signatories we can date and source.", nasa_order_line(h)) if t),
        delta=artemis_rule(h),
        measure=ARTEMIS_SIGNATORIES,
    )


def orgs_tile(h: Headline) -> Kpi:
    return Kpi(
        "International organizations",
        str(h.intl_orgs),
        "Signed organizations. They hold no territory, so every scope shows the world-wide number.",
        delta="world-wide",
        measure=INTL_ORGS,
    )


def institutions_tile(h: Headline) -> Kpi:
    return Kpi(
        "Institutions",
        str(h.institutions),
        "Research institutions and companies that signed, by host country.",
        delta=institutions_rule(h),
        measure=INSTITUTIONS_SIGNED,
    )


def weaker_tile(h: Headline) -> Kpi:
    return Kpi(
        "States with weaker ties",
        str(h.weaker_states),
        METHOD_TEXT[MEMBER],
        delta="not counted as partners",
        measure=WEAKER_STATES,
    )


def both_tile(h: Headline) -> Kpi:
    return Kpi(
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


# --- Who signed last ---------------------------------------------------------------------------------------------
def signing_pulse(signings: tuple[LastSigning, ...], as_of: date) -> tuple[str, ...]:
    """Each coalition's newest state signing, said alike for both; a side quiet for a year or more says so."""
    lines = []
    for last in signings:
        subject, noun = (
            ("The ILRS's", "member state") if last.side == vocab.ILRS else ("The Artemis Accords'", "signatory")
        )
        when = f"{'on' if len(last.date) == 10 else 'in'} {spelled_date(last.date)}"
        months = count_noun(last.months_ago, "month")
        tail = (
            f": no new {noun} in the {months} to {long_date(as_of)}."
            if last.months_ago >= 12
            else f", {months} before {long_date(as_of)}."
        )
        lines.append(f"{subject} newest {noun} is {last.name}, which signed {when}{tail}")
    return tuple(lines)


# --- The map ---------------------------------------------------------------------------------------------------
def map_summary(table: pd.DataFrame, view: str, scope: Scope, as_of: date) -> str:
    """One sentence from the map's own table."""
    inside = table[table["in_scope"]]
    where, when = within_scope(scope), long_date(as_of)
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


# --- The comparison --------------------------------------------------------------------------------------------
def membership_summary(over_time: pd.DataFrame, scope: Scope, as_of: date, h: Headline) -> str:
    last = over_time.groupby("program")["count"].last()
    ilrs, accords = int(last.get(ILRS_LABEL, 0)), int(last.get(ARTEMIS_LABEL, 0))
    china = f" ({ILRS_LEAD.name}, its lead, included)" if h.ilrs_lead else ""
    us = f" ({ARTEMIS_LEAD.name}, its lead, included)" if h.artemis_lead else ""
    absent = [lead.name for lead, held in ((ILRS_LEAD, h.ilrs_lead), (ARTEMIS_LEAD, h.artemis_lead)) if not held]
    tail = ""
    if len(absent) == 2:
        tail = f"; neither lead ({absent[0]}, {absent[1]}) is in {scope.name}"
    elif absent:
        tail = f"; {absent[0]}, the other coalition's lead, is not in {scope.name}"
    return (
        f"As of {long_date(as_of)}, the ILRS had {count_noun(ilrs, 'member state')}{within_scope(scope)}{china} "
        f"and the Artemis Accords {accords}{us}{tail}."
    )


def aligned_summary(over_time: pd.DataFrame) -> str:
    """Both coalitions at the same age: the younger one's age today. A coalition with no member in the scope
    has no age (its first signing is missing), and the sentence says so instead."""
    ages = over_time.dropna(subset=["months_since_launch"]).groupby("program")["months_since_launch"].max()
    absent = [p for p in (ILRS_LABEL, ARTEMIS_LABEL) if p not in ages.index]
    if absent:
        named = " and ".join(f"the {p}" for p in absent)
        return f"{capitalised(named)} had no member state in this scope, so there is no common age to compare at."
    age = ages.min()
    at_age = {
        p: int(rows.loc[rows["months_since_launch"] <= age, "count"].max()) for p, rows in over_time.groupby("program")
    }
    return (
        f"{age:.0f} months after its first signing, the ILRS had "
        f"{count_noun(at_age.get(ILRS_LABEL, 0), 'member state')}; the Artemis Accords had "
        f"{at_age.get(ARTEMIS_LABEL, 0)} at the same age."
    )


def per_year_summary(per_year: pd.DataFrame, as_of: date) -> str:
    """Each coalition's busiest year (a tie named as a tie), and the years since its last new member when there
    are any."""
    parts, quiet = [], []
    for program, whose in ((ILRS_LABEL, "The ILRS's"), (ARTEMIS_LABEL, "the Artemis Accords'")):
        rows = per_year[(per_year["program"] == program) & (per_year["new_members"] > 0)]
        if len(rows):
            most = int(rows["new_members"].max())
            years = sorted(int(y) for y in rows.loc[rows["new_members"] == most, "year"])
            tied = len(years) > 1
            parts.append(
                f"{whose} busiest {'years were' if tied else 'year was'} {listed([str(y) for y in years])} "
                f"({most} new{' each' if tied else ''})"
            )
            last = int(rows["year"].max())
            if last < as_of.year:
                quiet.append(f"the {program} has had no new member state since {last}")
    if not parts:
        return "No member state signed in any year of this scope."
    return capitalised("; ".join(parts) + ("; " + " and ".join(quiet) if quiet else "") + ".")


def group_name(group: str) -> str:
    """A bloc's or region's table label as a sentence names it: 'BRICS members' -> 'BRICS', 'Americas' -> 'the
    Americas'."""
    if group in vocab.BLOCS_BY_LABEL:
        return vocab.BLOCS_BY_LABEL[group].name
    return f"the {group}" if group in vocab.REGIONS_WITH_ARTICLE else group


def composition_summary(composition: pd.DataFrame, kind: str, scope: Scope) -> str:
    """For each coalition, the group (bloc or UN region) that holds most of its members, leaving out the scope's
    own group (under a scope, every member is in it)."""
    own = {b.label for b in vocab.BLOCS if scope.bloc and b.source_bloc == scope.bloc.source_bloc}
    own |= {(scope.region_label or "").strip()}
    parts = []
    for program, noun in (
        (ILRS_LABEL, "the ILRS's member states"),
        (ARTEMIS_LABEL, "the Artemis Accords' signatories"),
    ):
        rows = composition[
            (composition["program"] == program) & (composition["members"] > 0) & ~composition["group"].isin(own)
        ]
        if len(rows):
            top = rows.sort_values(["share", "group"], ascending=[False, True]).iloc[0]
            total = round(top["members"] / top["share"])
            share = (
                f"all {total} of {noun}"
                if top["members"] == total
                else f"{percent(top['share'])} of {noun} ({int(top['members'])} of {total})"
            )
            parts.append(f"{share} {'are' if top['members'] > 1 else 'is'} in {group_name(top['group'])}")
    if not parts:
        return f"No member state{within_scope(scope)} is in any other {kind}."
    return f"By {kind}, {' and '.join(parts)}."


def milestones_summary(timeline: pd.DataFrame, as_of: date) -> str:
    """Per program, its own milestones done by the date and the next one still ahead; China's precursor and
    related missions are drawn apart and never counted as the ILRS's."""
    parts = []
    for program in vocab.MILESTONE_PROGRAMS:
        rows = timeline[(timeline["program"] == program) & (timeline["relation"] == vocab.OWN)]
        rows = rows.drop_duplicates("milestone_id")
        if rows.empty:
            continue
        done = int((rows["date_status"] == vocab.DONE).sum())
        ahead = rows[(rows["date_status"] == vocab.PLANNED)].sort_values("date_start")
        nxt = ""
        if len(ahead):
            first = ahead.iloc[0]
            # A plan whose period has begun is not simply ahead: say that it has not been reported done.
            late = f", not reported done by {long_date(as_of)}" if first["date_start"] <= pd.Timestamp(as_of) else ""
            nxt = f", next {first['title'].split(' (')[0]} ({spelled_date(first['date'])}{late})"
        parts.append(
            f"{vocab.MILESTONE_PROGRAM_LABELS[program]}: {done} of {count_noun(len(rows), 'milestone')} done{nxt}"
        )
    apart = timeline.loc[timeline["relation"] != vocab.OWN, "milestone_id"].nunique()
    tail = (
        f" {capitalised(count_noun(apart, 'milestone'))} of China's related missions "
        f"{'is' if apart == 1 else 'are'} drawn apart."
        if apart
        else ""
    )
    return "; ".join(parts) + "." + tail


# --- Growth against the targets ---------------------------------------------------------------------------------
def speaker_name(speaker: str) -> str:
    """'Dmitry Bakanov (director general, Roscosmos), Brasilia' -> 'Dmitry Bakanov'."""
    return speaker.split(" (")[0].split(",")[0].strip()


def growth_summary(
    table: pd.DataFrame, metric: str, scope: Scope, as_of: date, target: int | None, world_count: int
) -> str:
    """One sentence from the panel's own table: our count, the target, the newest official claim. Targets and
    claims are world-wide: under a scope the count is read as the scope's share of the world count."""
    noun = vocab.METRIC_LABELS[metric].lower()
    ours = table[table["series"] == vocab.OUR_COUNT]
    claims = table[table["series"] == vocab.CLAIM]
    world = "" if scope.is_world else " world-wide"
    claim = (
        ""
        if claims.empty
        else (
            f"; the latest{world} official claim is {claims.iloc[-1]['label']} "
            f"({speaker_name(claims.iloc[-1]['speaker'])}, {long_date(pd.Timestamp(claims.iloc[-1]['date']).date())})"
        )
    )
    if ours.empty:
        goal = f"the{world} target is {target:,} {noun}" if target else f"no target is stated for {noun}"
        return f"As of {long_date(as_of)}, no public count of {noun} exists and {goal}{claim}."
    count = int(ours.iloc[-1]["value"])
    partners = "partner " if metric == vocab.COUNTRIES else ""
    if scope.is_world:
        share = f", {100 * count / target:.0f}% of the {target:,} target" if target else ""
        return f"As of {long_date(as_of)}, our count stands at {count} signed {partners}{noun}{share}{claim}."
    share = (
        (f"; the world count is {100 * world_count / target:.0f}% of the {target:,} target ({WORLD_TARGET})")
        if target
        else ""
    )
    return (
        f"As of {long_date(as_of)}, {count} of the ILRS's {world_count} signed {partners}{noun} were within "
        f"{scope.name}{share}{claim}."
    )


def fitted_axis_note(target: int, with_claims: bool, scope: Scope) -> str:
    """What an axis fitted to the drawn series is fitted to, and where the target it leaves out lies."""
    drawn = "our count, its projection and officials' claims" if with_claims else "our count and its projection"
    where = "" if scope.is_world else " (claims and target are world-wide)"
    return f"Axis fitted to {drawn}{where}: the target, {target:,}, lies above it"


def targets_summary(table: pd.DataFrame, scope: Scope, as_of: date) -> str:
    counted = table[table["count"].notna()]
    parts = [
        f"{int(r['count'])} of {r['target_value']:,} {vocab.METRIC_LABELS[r['metric']].lower()} ({r['percent']:.0f}%)"
        for _, r in counted.iterrows()
    ]
    missing = [
        f"{vocab.METRIC_LABELS[r['metric']].lower()} (target {r['target_value']:,})"
        for _, r in table[table["count"].isna()].iterrows()
    ]
    if scope.is_world:
        text = f"As of {long_date(as_of)}, our count stands at " + " and ".join(parts)
    else:
        held = " and ".join(str(int(n)) for n in counted["scope_count"])
        text = (
            f"As of {long_date(as_of)}, the world count stands at "
            + " and ".join(parts)
            + f" (world-wide targets, shown for reference); {held} of them were within {scope.name}"
        )
    return text + (f"; no count of {' or '.join(missing)} has been published." if missing else ".")


def growth_tiles(
    metric: str,
    rule: str,
    scope: Scope,
    as_of: date,
    *,
    current: int,
    world_count: int,
    target: int | None,
    target_year: int,
    pace: float,
    recent: tuple[int, int],
    needed: float | None,
    lead_counted: bool,
) -> tuple[Kpi, ...]:
    """The growth page's tiles. Targets are world-wide: under a scope, progress, 'to go' and the pace needed
    are the world's, labelled as such and shown for reference, beside the scope's own count and pace."""
    lead = f"{ILRS_LEAD.name} not counted" if metric == vocab.COUNTRIES else "signed ones"
    world = not scope.is_world
    tiles = (
        [
            Kpi(
                f"Our count, {long_date(as_of)}",
                str(current),
                delta=lead,
                measure=PARTNER_STATES if lead_counted else "",
            )
        ]
        if scope.is_world
        else [
            Kpi(
                "Our count in this scope",
                str(current),
                f"Signed within {scope.name}; the world count is {world_count}.",
                delta=f"of {world_count} world-wide",
            )
        ]
    )
    if target:
        tiles.append(
            Kpi(
                "World progress to target" if world else "Progress to target",
                f"{100 * world_count / target:.0f}%",
                METHOD_TEXT[SCOPES] if world else "",
                delta=f"{max(target - world_count, 0):,} to go" + (" (world)" if world else ""),
            )
        )
    tiles += [
        Kpi(
            "Pace since first signing",
            f"{pace:.1f}/yr" if current else "no signing yet",
            "" if scope.is_world else f"Within {scope.name}.",
            delta=None if scope.is_world else "in scope",
        ),
        Kpi("Signed in 12 / 24 months", *recent_signings(*recent), delta=None if scope.is_world else "in scope")
        if sum(recent)
        else Kpi(
            "Signed in 12 / 24 months",
            "none",
            "No new signing in the last 24 months.",
            delta="no new signing in 24 months",
        ),
    ]
    if needed is not None:
        tiles.append(
            Kpi(
                f"{'World pace' if world else 'Pace'} needed by {target_year}",
                f"{needed:.1f}/yr",
                f"To reach the target by the end of {target_year}" + (f": {WORLD_TARGET}." if world else "."),
                delta="for reference" if world else None,
            )
        )
    return tuple(tiles)


def recent_signings(gained_12: int, gained_24: int) -> tuple[str, str]:
    """The tile's value and help: counts of signings, never a rate of zero."""
    return f"{gained_12} / {gained_24}", (
        f"{gained_12} signed in the last 12 months, {gained_24} in the last 24 (counts, not rates)."
    )


def latest_claim_text(latest: pd.Series | None, gap: dict | None) -> str | None:
    """'Latest official figure: 17 countries and international organizations (CNSA, 23 April 2025). Our count
    under the same rule on that date: 12, a gap of 5. …'"""
    if latest is None:
        return None
    text = (
        f"Latest official figure: {latest['stated']} {vocab.METRIC_LABELS[latest['metric']].lower()} "
        f"({speaker_name(latest['speaker'])}, {spelled_date(latest['date'])}), a world-wide figure."
    )
    if gap:
        text += (
            f" Our world count under the same rule ({gap['rule'].lower()}) on that date: {gap['ours']}, a gap "
            f"of {gap['gap']}. Officials count ties whose signing no public source reports, and may count "
            "agencies or institutions as organizations; we count only signings we can source."
        )
    return text


# --- What if ---------------------------------------------------------------------------------------------------
def what_if_summary(label: str, noun: str, path, artemis: list[str] | None) -> str:
    """'If the 6 announced states joined today, the ILRS would have 18 of its target of 50 partner states; 32 more
    by 2035 means 3.5 a year, against 2.1 a year since 2021.' A scenario past its target says by how much, never
    'N of 50' with N above 50. `artemis`: the chosen states that signed the Accords (None for institutions)."""
    since = f" since {path.first_year}" if path.first_year else ""
    to_go = path.target - path.with_scenario
    if to_go > 0:
        where = f"{path.with_scenario:,} of its target of {path.target:,} partner {noun}"
        pace = (
            f"; {to_go:,} more by {path.target_year} means {path.needed:.1f} a year, against "
            f"{path.observed:.1f} a year{since}"
            if path.needed is not None
            else ""
        )
    elif to_go == 0:
        where, pace = f"{path.with_scenario:,} partner {noun}, exactly its target", ""
    else:
        where, pace = (f"{path.with_scenario:,} partner {noun}, {-to_go:,} more than its target of {path.target:,}", "")
    text = f"If {label} joined today, the ILRS would have {where}{pace}."
    if artemis is not None:
        text += (
            f" {listed(artemis)} already signed the Artemis Accords."
            if artemis
            else " None of them has signed the Artemis Accords."
        )
    return text


# --- The briefing's bottom line ---------------------------------------------------------------------------------
def percent(share: float) -> str:
    """'26.4%': one decimal, as the tiles show it, so a sentence never rounds a tile's number another way."""
    return f"{share:.1%}"


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


def caveats_line(h: Headline, scope: Scope) -> str:
    """What the counts hold that a reader should weigh: members on disputed bloc membership, and rows resting
    only on a lead. '' when there is nothing to say."""
    parts = []
    disputed = [*h.disputed_ilrs, *(n for n in h.disputed_artemis if n not in h.disputed_ilrs)]
    if disputed:
        verb = "is" if len(disputed) == 1 else "are"
        parts.append(
            f"{listed(disputed)} {verb} counted as {'a member' if len(disputed) == 1 else 'members'} of "
            f"{scope.name}, though the membership is disputed: sources conflict on whether "
            f"{'it' if len(disputed) == 1 else 'they'} joined (data/blocs.csv, low confidence)."
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
    h: Headline, scope: Scope, pace, both: list[str], shares: dict[str, dict], latest_claim: str | None
) -> tuple[tuple[str, str], ...]:
    """Three to six findings for the page and the pack's second slide, each (sentence, where its numbers come
    from), all from the scope's own numbers. Every comparison of the two coalitions counts both with their
    leads, and says so."""
    where = within_scope(scope)
    ours = "Our count: data/ilrs_partners.csv, data/artemis_accords.csv (each row sourced)"
    findings = [(coalitions_line(h, scope), ours)]
    if caveats := caveats_line(h, scope):
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


# --- Officials' figures against our count ---------------------------------------------------------------------
def reconciliation_summary(claims: pd.DataFrame, names: pd.DataFrame) -> str:
    """The newest official figure against our count that day, and, for the newest figure with a list of names,
    how many names are on each side and why."""
    if claims.empty:
        return "No official figure had been stated by the date."
    newest = claims.iloc[-1]
    gap = int(newest["difference"])
    side = "above" if gap > 0 else "below" if gap < 0 else "equal to"
    text = (
        f"The newest official figure, {newest['claim']}, is "
        + (f"{abs(gap)} {side}" if gap else side)
        + f" our count of {int(newest['ours'])} that day."
    )
    listed = claims[claims["listed"] > 0]
    if listed.empty:
        return text + " No official figure came with a list of names."
    claim = listed.iloc[-1]
    rows = names[names["claim"] == claim["claim"]]
    both = rows[rows["side"] == reconcile.IN_BOTH]
    named_only = list(rows.loc[rows["side"] == reconcile.LISTED_ONLY, "name"])
    counted_only = list(rows.loc[rows["side"] == reconcile.COUNTED_ONLY, "name"])
    parts = [f"{len(both)} names are on both sides"]
    if named_only:
        parts.append(f"{listed_names(named_only)} named without a signing we can source")
    if counted_only:
        parts.append(f"{listed_names(counted_only)} counted by us but not named")
    return text + f" Of the names listed with {claim['claim']}: " + "; ".join(parts) + "."


def listed_names(names: list[str]) -> str:
    return f"{len(names)} ({listed(names)})"


# --- One country ------------------------------------------------------------------------------------------------
def standing_summary(name: str, ilrs: pd.Series | None, artemis: pd.Series | None) -> str:
    """Where one country stands in both coalitions, in one sentence from its own rows."""
    return capitalised(_standing(name, ilrs, artemis))


def _standing(name: str, ilrs: pd.Series | None, artemis: pd.Series | None) -> str:
    accords = (
        f"signed the Artemis Accords on {spelled_date(artemis['date'])}"
        if artemis is not None
        else "has not signed the Artemis Accords"
    )
    if ilrs is None:
        return (
            f"{name} has no ILRS tie in our data and {accords}."
            if artemis is not None
            else f"{name} has no tie to either program in our data."
        )
    status, when = ilrs["status"], spelled_date(ilrs["date"])
    if status == vocab.LEAD:
        return f"{name} leads the ILRS (it is not its own partner) and {accords}."
    if status == vocab.SIGNED:
        both = ": it is in both coalitions" if artemis is not None else ""
        return f"{name} signed with the ILRS on {when} and {accords}{both}."
    tie = vocab.STATUS_LABELS[status].lower()
    return f"{name} has a weaker ILRS tie ({tie}, first reported {when}), not a signing, and {accords}."


def timeline_summary(name: str, table: pd.DataFrame) -> str:
    first, last = table.iloc[0], table.iloc[-1]
    if len(table) == 1:
        return f"One tie on record: {first['title']}, {spelled_date(first['date'])}."
    return (
        f"{count_noun(len(table), 'tie')} of {name} and its institutions, from {spelled_date(first['date'])} "
        f"— {first['title']} — to {spelled_date(last['date'])} — {last['title']}."
    )


def reasons_summary(name: str, reasons: pd.DataFrame, none_found: str) -> str:
    """Who said why the country joined each program, and when; or that no reason was found."""
    said = [
        f"for the {r.program}, {r.speaker.split(', ')[0]} ({spelled_date(r.said)})"
        for r in rows_of(reasons)
        if r.their_words != none_found
    ]
    missing = [r.program for r in rows_of(reasons) if r.their_words == none_found]
    parts = [f"{capitalised(possessive(name))} reasons in its officials' words: {listed(said)}." if said else ""]
    if missing:
        parts.append(f"For the {listed(missing)}, {none_found}.")
    return " ".join(p for p in parts if p)


def bloc_mates_summary(name: str, blocs: pd.DataFrame) -> str:
    """The bloc-mates of a country in each coalition, bloc by bloc."""
    parts = []
    for bloc, rows in blocs.groupby("bloc", sort=False):
        by_program = rows.set_index("program")

        def counted(program: str, noun: str, plural: str, by_program: pd.DataFrame = by_program) -> str:
            row = by_program.loc[vocab.PROGRAM_LABELS[program]].to_dict()
            lead = f" ({vocab.LEADS[program].name}, its lead, included)" if row["lead_included"] else ""
            return f"{count_noun(int(row['members']), noun, plural)}{lead}"

        parts.append(
            f"{bloc}: {counted(vocab.ILRS, 'ILRS member', 'ILRS members')}, "
            f"{counted(vocab.ARTEMIS, 'Artemis signatory', 'Artemis signatories')} and "
            f"{rows['in_both'].iloc[0]} in both, of {rows['bloc_members'].iloc[0]} member states"
        )
    return f"{capitalised(possessive(name))} blocs. " + "; ".join(parts) + "."


def institutions_summary(name: str, institutions: pd.DataFrame) -> str:
    return (
        f"{count_noun(len(institutions), 'institution')} in {name} with ILRS ties: "
        f"{listed(list(institutions['name']), limit=3)}."
    )


def named_by_summary(name: str, named_by: pd.DataFrame) -> str:
    """The officials' totals whose lists name the country, and who named it in each: the official, or the outlet
    reporting the figure (data/claim_names.csv)."""
    each = [
        f"by {speaker_name(r.speaker)} on {spelled_date(r.claim_date)}"
        if r.listed_by == vocab.OFFICIAL
        else f"by the outlet reporting {possessive(speaker_name(r.speaker))} figure of {spelled_date(r.claim_date)}"
        for r in rows_of(named_by)
    ]
    return f"{capitalised(name)} is named with {count_noun(len(each), 'official total')}: {listed(each)}."


def standing_detail(standing: pd.DataFrame) -> str:
    """Each program's standing with its date, place in the order, instrument, source and confidence: what the
    standing table says, as a sentence a presenter can read. Text from the data stands after a dash, never inside
    our own brackets."""
    parts = []
    for row in rows_of(standing):
        if not row.date:
            parts.append(f"{row.program}: {row.standing[:1].lower()}{row.standing[1:]}")
            continue
        when = spelled_date(row.date)
        if row.standing in (vocab.STATUS_LABELS[vocab.SIGNED], vocab.SIGNATORY_LABEL):
            place = f" as the {row.place_in_order} signatory" if row.place_in_order not in ("", "not stated") else ""
            tie = f"signed {when}{place}"
        elif row.standing == vocab.STATUS_LABELS[vocab.LEAD]:
            tie = f"its lead since {when}"
        else:
            tie = f"{row.standing[:1].lower()}{row.standing[1:]}, first reported {when}"
        instrument = f" by {row.instrument};" if row.instrument and row.instrument != row.program else ""
        parts.append(
            f"{row.program}: {tie} —{instrument} source {row.source_publisher}, "
            f"{evidence_words(row.source_grade, row.confidence)}"
        )
    return ". ".join(parts) + "."
