"""Each exhibit's headline: its finding, said as its title, from the table it draws.

A headline is the sentence a presenter would otherwise have to say over the slide. One template family per chart
kind, each built from the same table the chart draws and the reader downloads, so a headline is checked like every
other generated sentence (tests/datalayer/words/test_headlines.py reads its numbers back). Headlines speak in the
present of the exhibit's As of date, which its subtitle always states.
"""

from __future__ import annotations

import pandas as pd

from datalayer import vocab
from datalayer.domain.compare import counts_at_common_age
from datalayer.domain.scope import Scope
from datalayer.words import comparison_lines, country_lines
from datalayer.words.comparison_lines import group_name
from datalayer.words.dates import written_date
from datalayer.words.grammar import capitalised, count_noun, listed, possessive, within_scope
from datalayer.words.programs import ARTEMIS_LABEL, ILRS_LABEL

WEAKER = (vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY)
SCENARIO = "Scenario: "


def _has(n: int) -> str:
    return "has" if n == 1 else "have"


def _are(n: int) -> str:
    return "is" if n == 1 else "are"


def times(larger: int, smaller: int) -> str:
    """'twice', '3 times', 'about 5 times': how many times `smaller` goes into `larger`, 'about' when not exact."""
    ratio = round(larger / smaller)
    exact = larger == ratio * smaller
    said = "twice" if ratio == 2 else f"{ratio} times"
    return said if exact else f"about {said}"


def partner_map(table: pd.DataFrame, scope: Scope) -> str:
    """'12 states have signed ILRS agreements; 15 more have weaker ties'."""
    inside = table[table["in_scope"]]
    signed = int((inside["ilrs_status"] == vocab.SIGNED).sum())
    weaker = int(inside["ilrs_status"].isin(WEAKER).sum())
    where = within_scope(scope)
    head = (
        f"{count_noun(signed, 'state')}{where} {_has(signed)} signed ILRS agreements"
        if signed
        else f"No state{where} has signed an ILRS agreement"
    )
    if not weaker:
        return head
    return f"{head}; {weaker} {'more ' if signed else ''}{_has(weaker)} weaker ties"


def accords_map(table: pd.DataFrame, scope: Scope) -> str:
    """'67 states have signed the Artemis Accords'."""
    inside = table[table["in_scope"]]
    signed = int((inside["artemis_date"] != "").sum())
    where = within_scope(scope)
    if not signed:
        return f"No state{where} has signed the {ARTEMIS_LABEL}"
    return f"{count_noun(signed, 'state')}{where} {_has(signed)} signed the {ARTEMIS_LABEL}"


def overlap_map(table: pd.DataFrame, scope: Scope) -> str:
    """'2 states are in both coalitions; 11 in the ILRS only, 65 in the Artemis Accords only'."""
    inside = table[table["in_scope"]]
    count = {c: int((inside["category"] == c).sum()) for c in (vocab.BOTH, vocab.ILRS_ONLY, vocab.ARTEMIS_ONLY)}
    both = count[vocab.BOTH]
    head = (
        f"{count_noun(both, 'state')}{within_scope(scope)} {_are(both)} in both coalitions"
        if both
        else f"No state{within_scope(scope)} is in both coalitions"
    )
    return (
        f"{head}; {count[vocab.ILRS_ONLY]} in the {ILRS_LABEL} only, "
        f"{count[vocab.ARTEMIS_ONLY]} in the {ARTEMIS_LABEL} only"
    )


def membership(over_time: pd.DataFrame, scope: Scope) -> str:
    """'The Artemis Accords have about 5 times the ILRS's member states: 67 to 13'."""
    last = over_time.groupby("program")["count"].last()
    ilrs, accords = int(last.get(ILRS_LABEL, 0)), int(last.get(ARTEMIS_LABEL, 0))
    where = capitalised(within_scope(scope).strip()) + ", " if not scope.is_world else ""
    the = "the" if where else "The"
    if ilrs == accords:
        return f"{where}{the} {ILRS_LABEL} and the {ARTEMIS_LABEL} have {count_noun(ilrs, 'member state')} each"
    (big, big_n), (small, small_n) = sorted(
        ((ILRS_LABEL, ilrs), (ARTEMIS_LABEL, accords)), key=lambda pair: pair[1], reverse=True
    )
    verb = "have" if big == ARTEMIS_LABEL else "has"
    if small_n == 0:
        return f"{where}{the} {big} {verb} {count_noun(big_n, 'member state')}; the {small} none"
    if big_n >= 2 * small_n:
        return (
            f"{where}{the} {big} {verb} {times(big_n, small_n)} the {possessive(small)} member states: "
            f"{big_n} to {small_n}"
        )
    return f"{where}{the} {big} {verb} more member states than the {small}: {big_n} to {small_n}"


def aligned(over_time: pd.DataFrame) -> str:
    """'At the same age, 45 months, the ILRS had 13 member states and the Artemis Accords 31'."""
    common = counts_at_common_age(over_time)
    if common is None:
        return "No common age to compare: one coalition has no member state here"
    age, at_age = common
    return (
        f"At the same age, {age:.0f} months, the {ILRS_LABEL} had {count_noun(at_age[ILRS_LABEL], 'member state')} "
        f"and the {ARTEMIS_LABEL} {at_age[ARTEMIS_LABEL]}"
    )


def per_year(table: pd.DataFrame, year: int, scope: Scope) -> str:
    """'No new ILRS member state since 2024; the Artemis Accords gained 5 in 2026'."""
    new = {p: table[(table["program"] == p) & (table["new_members"] > 0)] for p in (ILRS_LABEL, ARTEMIS_LABEL)}
    gained = {
        p: int(table.loc[(table["program"] == p) & (table["year"] == year), "new_members"].sum())
        for p in (ILRS_LABEL, ARTEMIS_LABEL)
    }
    accords = (
        f"the {ARTEMIS_LABEL} gained {gained[ARTEMIS_LABEL]} in {year}"
        if gained[ARTEMIS_LABEL]
        else f"the {ARTEMIS_LABEL} none in {year}"
    )
    if new[ILRS_LABEL].empty:
        if new[ARTEMIS_LABEL].empty:
            return f"No state{within_scope(scope)} has joined either coalition"
        return f"No state{within_scope(scope)} has joined the {ILRS_LABEL}; {accords}"
    if gained[ILRS_LABEL] == 0:
        return f"No new {ILRS_LABEL} member state since {int(new[ILRS_LABEL]['year'].max())}; {accords}"
    return f"In {year}, the {ILRS_LABEL} gained {count_noun(gained[ILRS_LABEL], 'member state')}; {accords}"


def composition(table: pd.DataFrame, kind: str, scope: Scope) -> str:
    """'Most of the ILRS's member states are in the G77: 8 of 13'; the group holding the largest share of the ILRS,
    the scope's own group left out."""
    own = {b.label for b in vocab.BLOCS if scope.bloc and b.source_bloc == scope.bloc.source_bloc}
    own |= {(scope.region_label or "").strip()}
    rows = table[(table["program"] == ILRS_LABEL) & (table["members"] > 0) & ~table["group"].isin(own)]
    if rows.empty:
        return f"No {ILRS_LABEL} member state{within_scope(scope)} is in any other {kind}"
    top = rows.sort_values(["share", "group"], ascending=[False, True]).iloc[0]
    total, held = round(top["members"] / top["share"]), int(top["members"])
    tied = [group_name(g) for g in rows.loc[rows["members"] == held, "group"].sort_values()]
    name = group_name(top["group"])
    ilrs = possessive(ILRS_LABEL)
    if total == 1:
        return f"The {ilrs} one member state{within_scope(scope)} is in {name}"
    if held == total:
        return f"All {total} of the {ilrs} member states{within_scope(scope)} are in {name}"
    if 2 * held > total:
        return f"Most of the {ilrs} member states are in {name}: {held} of {total}"
    if len(tied) > 1:
        return f"{capitalised(listed(tied))} each hold {held} of the {ilrs} {total} member states, the most"
    return f"{capitalised(name)} holds more of the {ilrs} member states than any other {kind}: {held} of {total}"


def since(table: pd.DataFrame, scope: Scope) -> str:
    """'Since 5 September 2024, the Artemis Accords have gained 22 member states; the ILRS none'."""
    first = min(table["date"])
    last = max(table["date"])
    count = {
        (program, day): int(n) for program, day, n in zip(table["program"], table["date"], table["count"], strict=True)
    }
    gained = {p: count[(p, last)] - count[(p, first)] for p in (ILRS_LABEL, ARTEMIS_LABEL)}
    head = f"Since {written_date(first)}"
    if not any(gained.values()):
        return f"{head}, neither coalition has gained a member state{within_scope(scope)}"
    (lead, more), (other, fewer) = sorted(gained.items(), key=lambda pair: pair[1], reverse=True)
    verb = "have" if lead == ARTEMIS_LABEL else "has"
    rest = (
        f"the {other} {fewer}" if fewer > 0 else (f"the {other} none" if fewer == 0 else f"the {other} lost {-fewer}")
    )
    return f"{head}, the {lead} {verb} gained {count_noun(more, 'member state')}{within_scope(scope)}; {rest}"


def split_over_time(over_time: pd.DataFrame, scope: Scope) -> str:
    """'Since the end of 2020, the Artemis Accords have gained member states in all 17 blocs; the ILRS in 13'."""
    gains = comparison_lines.bloc_gains(over_time)
    if gains.empty:
        return f"No bloc has a member state{within_scope(scope)}"
    first = pd.Timestamp(over_time["date"].min())
    since = f"the end of {first.year}" if (first.month, first.day) == (12, 31) else written_date(first.date())
    return (
        f"Since {since}, the {ARTEMIS_LABEL} have gained member states in "
        f"{comparison_lines.blocs_gained(gains, 'accords')}; the {ILRS_LABEL} in "
        f"{comparison_lines.also_gained(gains, 'ilrs')}"
    )


def bloc_split(split: pd.DataFrame, scope: Scope) -> str:
    """'The SCO leans furthest to the ILRS (5 to 1), the OECD to the Artemis Accords (36 to 0)': the groups at
    either end of the chart, each coalition counted with its lead."""
    totals = comparison_lines.bloc_totals(split)
    if totals.empty:
        return f"No bloc has a member state{within_scope(scope)}"
    ilrs_end, accords_end = str(totals["lean"].idxmax()), str(totals["lean"].idxmin())
    top, bottom = totals.loc[ilrs_end].to_dict(), totals.loc[accords_end].to_dict()

    def score(row: dict, first: str, second: str) -> str:
        return f"({int(row[first])} to {int(row[second])})"

    leans_ilrs, leans_accords = top["lean"] > 0, bottom["lean"] < 0
    if leans_ilrs and leans_accords:
        return (
            f"{capitalised(group_name(ilrs_end))} leans furthest to the {ILRS_LABEL} {score(top, 'ilrs', 'accords')}, "
            f"{group_name(accords_end)} to the {ARTEMIS_LABEL} {score(bottom, 'accords', 'ilrs')}"
        )
    if leans_accords:
        return (
            f"No bloc{within_scope(scope)} leans to the {ILRS_LABEL}; {group_name(accords_end)} leans furthest to "
            f"the {ARTEMIS_LABEL} {score(bottom, 'accords', 'ilrs')}"
        )
    if leans_ilrs:
        return (
            f"No bloc{within_scope(scope)} leans to the {ARTEMIS_LABEL}; {group_name(ilrs_end)} leans furthest to "
            f"the {ILRS_LABEL} {score(top, 'ilrs', 'accords')}"
        )
    return f"No bloc{within_scope(scope)} leans to either coalition"


def milestones(timeline: pd.DataFrame) -> str:
    """'The ILRS has done 10 of its 17 milestones; NASA's Artemis program 7 of 10'."""
    parts = []
    for program in (vocab.ILRS, vocab.ARTEMIS_PROGRAM):
        rows = timeline[(timeline["program"] == program) & (timeline["relation"] == vocab.OWN)]
        rows = rows.drop_duplicates("milestone_id")
        if len(rows):
            done = int((rows["date_status"] == vocab.DONE).sum())
            parts.append((vocab.MILESTONE_PROGRAM_LABELS[program], done, len(rows)))
    if not parts:
        return "No milestone of either program is on record"
    (first, done, total), *rest = parts
    head = f"The {first} has done {done} of its {count_noun(total, 'milestone')}"
    return head + "".join(f"; the {name} {d} of {t}" for name, d, t in rest)


def targets(table: pd.DataFrame, scope: Scope) -> str:
    """'The ILRS has reached 24% of its country target and 5% of its institution target'."""
    counted = table[table["count"].notna()]
    nouns = {vocab.COUNTRIES: "country", vocab.INSTITUTIONS: "institution", vocab.RESEARCHERS: "researcher"}
    parts = [
        f"{round(100 * int(r['count']) / int(r['target_value']))}% of its {nouns[r['metric']]} target"
        for _, r in counted.iterrows()
    ]
    if not parts:
        return "No count against any target has been published"
    where = "" if scope.is_world else "World-wide, the "
    return f"{where or 'The '}{ILRS_LABEL} has reached {' and '.join(parts)}"


def growth_panel(table: pd.DataFrame, metric: str, scope: Scope, world_count: int) -> str:
    """'At its pace so far, the ILRS would reach about 31 of 50 countries by 2035'."""
    noun = vocab.METRIC_LABELS[metric].lower()
    ours = table[table["series"] == vocab.OUR_COUNT]
    target = table.loc[table["series"] == vocab.TARGET, "value"]
    goal = int(target.iloc[0]) if len(target) else None
    if ours.empty:
        return f"No public count of {noun} exists" + (f" against the target of {goal:,}" if goal else "")
    now = int(ours["value"].iloc[-1])
    if not scope.is_world:
        partners = f"{world_count:,} partner {noun.removeprefix('research ')}"
        if not now:
            return f"None of the {possessive(ILRS_LABEL)} {partners} is{within_scope(scope)}"
        return f"{now:,} of the {possessive(ILRS_LABEL)} {partners} {_are(now)}{within_scope(scope)}"
    ends = table[table["series"] == vocab.PROJECTION]
    if goal and len(ends):
        end, year = round(float(ends["value"].iloc[-1])), pd.Timestamp(ends["date"].iloc[-1]).year
        if end >= goal:
            return f"At its pace so far, the {ILRS_LABEL} would reach its {goal:,} {noun} by {year}"
        return f"At its pace so far, the {ILRS_LABEL} would reach about {end:,} of {goal:,} {noun} by {year}"
    return f"The {ILRS_LABEL} has {now:,} signed {noun}" + (f" of a target of {goal:,}" if goal else "")


def what_if(label: str, noun: str, with_scenario: int, target: int) -> str:
    """'Scenario: with the 6 announced states, the ILRS would have 18 of its 50 partner states'. A scenario says
    so first, wherever its title stands alone."""
    if with_scenario > target:
        return f"{SCENARIO}with {label}, the {ILRS_LABEL} would pass its target of {target:,} partner {noun}"
    return f"{SCENARIO}with {label}, the {ILRS_LABEL} would have {with_scenario:,} of its {target:,} partner {noun}"


def reconciliation(claims: pd.DataFrame) -> str:
    """'The newest official figure is 1 above our count that day'."""
    if claims.empty:
        return "No official figure had been stated by the date"
    gap = int(claims.iloc[-1]["difference"])
    if gap == 0:
        return "The newest official figure equals our count that day"
    return f"The newest official figure is {abs(gap):,} {'above' if gap > 0 else 'below'} our count that day"


def standing(name: str, ilrs_status: str | None, accords: bool) -> str:
    """'Senegal is in both coalitions'; a weaker ILRS tie is never called membership."""
    name = capitalised(name)
    if ilrs_status == vocab.LEAD:
        return f"{name} leads the {ILRS_LABEL}" + (f" and signed the {ARTEMIS_LABEL}" if accords else "")
    if ilrs_status == vocab.SIGNED:
        return (
            f"{name} is in both coalitions" if accords else f"{name} signed the {ILRS_LABEL}, not the {ARTEMIS_LABEL}"
        )
    if accords:
        lead = vocab.LEADS[vocab.ARTEMIS].name
        signed = f"leads the {ARTEMIS_LABEL}" if name == capitalised(lead) else f"signed the {ARTEMIS_LABEL}"
        weaker = "" if ilrs_status is None else f"; its {ILRS_LABEL} tie is weaker than a signing"
        return f"{name} {signed}" + (weaker or f" and has no {ILRS_LABEL} tie")
    if ilrs_status is None:
        return f"{name} has no tie to either program"
    return f"{name} has a weaker {ILRS_LABEL} tie and has not signed the {ARTEMIS_LABEL}"


def reasons(name: str, table: pd.DataFrame, none_found: str) -> str:
    """'Senegal's officials gave their reasons for both programs'."""
    said = set(table.loc[table["their_words"] != none_found, "program"])
    if not said:
        return f"No stated reason from {possessive(name)} officials found"
    programs = [p for p in (ILRS_LABEL, ARTEMIS_LABEL) if p in said]
    return f"{capitalised(possessive(name))} officials on why it joined the {' and the '.join(programs)}"


def timeline(name: str, ties: pd.DataFrame) -> str:
    """'Senegal: 2 ties, 2024 to 2025'."""
    years = pd.to_datetime(ties["date_start"]).dt.year
    if ties.empty:
        return f"{capitalised(name)}: no tie on record"
    span = str(years.min()) if years.min() == years.max() else f"{years.min()} to {years.max()}"
    return f"{capitalised(name)}: {count_noun(len(ties), 'tie')}, {span}"


def bloc_mates(name: str, blocs: pd.DataFrame) -> str:
    """'Artemis Accords signatories outnumber ILRS members in 4 of Senegal's 4 blocs'."""
    counts = blocs.pivot_table(index="bloc", columns="program", values="members", aggfunc="sum", fill_value=0)
    ilrs = counts.get(ILRS_LABEL, pd.Series(0, index=counts.index))
    accords = counts.get(ARTEMIS_LABEL, pd.Series(0, index=counts.index))
    more_accords, more_ilrs = int((accords > ilrs).sum()), int((ilrs > accords).sum())
    total = len(counts)
    whose = f"{possessive(name)} {count_noun(total, 'bloc')}"
    if more_accords == more_ilrs == 0:
        return f"ILRS members and {ARTEMIS_LABEL} signatories are as many in each of {whose}"
    if more_accords >= more_ilrs:
        return f"{ARTEMIS_LABEL} signatories outnumber ILRS members in {more_accords} of {whose}"
    return f"ILRS members outnumber {ARTEMIS_LABEL} signatories in {more_ilrs} of {whose}"


def institutions(name: str, count: int) -> str:
    """'2 institutions in Thailand have ILRS ties'."""
    return f"{count_noun(count, 'institution')} in {name} {_has(count)} ILRS ties"


def country_order(name: str, mine: pd.DataFrame) -> str:
    """'Senegal: 12th of the ILRS's 12 partner states, 56th of the Artemis Accords' 67 signatories'."""
    return f"{capitalised(name)}: {', '.join(country_lines.order_places(mine))}"


def named_by(name: str, count: int) -> str:
    """'Senegal is named in 1 official total'."""
    return f"{capitalised(name)} is named in {count_noun(count, 'official total')}"
