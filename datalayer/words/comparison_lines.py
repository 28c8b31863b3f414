"""The comparison's sentences: membership, age, busiest years, composition and milestones."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.compare import busiest_run, counts_at_common_age
from datalayer.domain.headline import Headline
from datalayer.domain.scope import Scope
from datalayer.words.cldr import month, number
from datalayer.words.dates import written_date
from datalayer.words.grammar import capitalised, count_noun, listed, percent, short_title, within_scope
from datalayer.words.headline_tiles import Tile, leads_line
from datalayer.words.programs import ARTEMIS_LABEL, ARTEMIS_LEAD, ILRS_LABEL, ILRS_LEAD
from datalayer.words.translation import t

# --- Titles, notes and labels ---------------------------------------------------------------------------------
MILESTONES_NOTE = (
    "done and planned; NASA's missions are the Artemis program, not the Accords; disputed dates kept apart"
)
SINCE_TITLE = "Both coalitions then and now"
MEMBER_STATES = "Member states"
BLOC_SPLIT_TITLE = "How each bloc's member states split between the two coalitions"
BLOC_SPLIT_NOTE = "each coalition with its lead; bloc membership on the date"
SPLIT_OVER_TIME_TITLE = "How each bloc's split has moved, year by year"
SPLIT_OVER_TIME_NOTE = (
    "share of each bloc's member states at each year's end; blank: in neither; each coalition with its lead; "
    "bloc membership on each date"
)
SPLIT_AXIS = "← ILRS · share of each bloc's states · Accords →"
SPLIT_LABELS = {
    vocab.ILRS_ONLY: "In the ILRS only",
    vocab.BOTH: "In both",
    vocab.ARTEMIS_ONLY: "In the Artemis Accords only",
    vocab.NEITHER: "In neither",
}
ALIGNED_TITLE = "Members by months since each coalition's first signing"
MEMBERSHIP_TITLE = "Members over time"
REGION_COMPOSITION_TITLE = "Members by UN region: count and share"
MILESTONES_TITLE = "Milestones of both sides"
# The timeline's legend: the lane names the program, the marker's fill whether it happened.
MILESTONE_DONE, MILESTONE_PLANNED = "Done", "Planned"
MONTHS_SINCE_FIRST_SIGNING = "Months since the first signing"
NEW_MEMBER_STATES = "New member states"
PER_YEAR_TITLE = "New member states per year"
NONE_IN_BOTH = "No state in this scope had signed both by the date."
OUR_COUNT_SAME_DAY = "Our count, same rule, same day"
SHARE_COALITION_MEMBER_STATES = "Share of the coalition's member states"


QUIET_MONTHS = 12  # a coalition this long without a new member gets the membership chart's callout
WAVE_LEAST = 3  # a run of years gets the per-year chart's callout from this many new member states


def end_labels(over_time: pd.DataFrame) -> dict[str, str]:
    """program -> 'ILRS 13': each line's name and latest count, written at its end."""
    last = over_time.groupby("program")["count"].last()
    return {p: f"{p} {int(last[p])}" for p in (ILRS_LABEL, ARTEMIS_LABEL) if p in last.index}


def quiet_callout(over_time: pd.DataFrame, as_of: date) -> str:
    """'No new ILRS member state since September 2024', where the ILRS has had none for QUIET_MONTHS."""
    rows = over_time[over_time["program"] == ILRS_LABEL]
    if rows.empty or rows["count"].iloc[-1] == 0:
        return ""
    last_step = pd.Timestamp(rows.loc[rows["count"] == rows["count"].iloc[-1], "date"].iloc[0])
    if (pd.Timestamp(as_of) - last_step).days < QUIET_MONTHS * 30.44:
        return ""
    return t("No new ILRS member state since {month}", month=month(last_step.date()))


def wave_callout(per_year: pd.DataFrame, scope: Scope) -> tuple[str, tuple[int, int] | None]:
    """'11 of the ILRS's 13 member states joined in 2023–24' (or 'All 3 of the ILRS's member states ...') and the
    run's years, where the ILRS's busiest run of years holds at least WAVE_LEAST and more than half of its member
    states; ('', None) elsewhere."""
    run = busiest_run(per_year, ILRS_LABEL)
    if run is None:
        return "", None
    first, last, joined, members = run
    if joined < WAVE_LEAST or 2 * joined <= members:
        return "", None
    years = f"{first}–{str(last)[-2:]}" if first // 100 == last // 100 else f"{first}–{last}"
    who = f"All {joined} of the" if joined == members else f"{joined} of the"
    counted = f"{ILRS_LABEL}'s member states" if joined == members else f"{ILRS_LABEL}'s {members} member states"
    note = f"{who} {counted}{within_scope(scope)} joined in {years}"
    return note, (first, last)


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
        f"As of {written_date(as_of)}, the ILRS had {count_noun(ilrs, 'member state')}{within_scope(scope)}{china} "
        f"and the Artemis Accords {accords}{us}{tail}."
    )


def aligned_summary(over_time: pd.DataFrame) -> str:
    """Both coalitions at the same age: the younger one's age today. A coalition with no member in the scope
    has no age (its first signing is missing), and the sentence says so instead."""
    common = counts_at_common_age(over_time)
    if common is None:
        aged = set(over_time.dropna(subset=["months_since_launch"])["program"])
        named = " and ".join(f"the {p}" for p in (ILRS_LABEL, ARTEMIS_LABEL) if p not in aged)
        return f"{capitalised(named)} had no member state in this scope, so there is no common age to compare at."
    age, at_age = common
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


def since_detail(since: date) -> str:
    """The subtitle's detail: 'since 5 September 2024; each coalition with its lead'."""
    return f"since {written_date(since)}; each coalition with its lead"


def since_summary(table: pd.DataFrame, scope: Scope) -> str:
    """'On 5 September 2024, the ILRS had 13 member states and the Artemis Accords 45; on 7 December 2026, 13 and
    67.'"""
    then, now = (rows.set_index("program")["count"] for _, rows in table.groupby("date", sort=True))
    first, last = sorted(set(table["date"]))
    return (
        f"On {written_date(first)}, the ILRS had {count_noun(int(then[ILRS_LABEL]), 'member state')}"
        f"{within_scope(scope)} and the Artemis Accords {int(then[ARTEMIS_LABEL])}; on {written_date(last)}, "
        f"{int(now[ILRS_LABEL])} and {int(now[ARTEMIS_LABEL])}. Each coalition is counted with its lead."
    )


def bloc_totals(split: pd.DataFrame) -> pd.DataFrame:
    """Per group: its states, its ILRS members and its Accords signatories (both counted on each side), its lean."""
    wide = split.pivot_table(index="group", columns="part", values="states", aggfunc="sum", sort=False, fill_value=0)
    return pd.DataFrame(
        {
            "states": wide.sum(axis=1),
            "ilrs": wide.get(vocab.ILRS_ONLY, 0) + wide.get(vocab.BOTH, 0),
            "accords": wide.get(vocab.ARTEMIS_ONLY, 0) + wide.get(vocab.BOTH, 0),
            "lean": split.drop_duplicates("group").set_index("group")["lean"],
        }
    )


def bloc_gains(over_time: pd.DataFrame) -> pd.DataFrame:
    """Per group of a split over time (in its order): each coalition's members (both counted on each side) on
    the group's first and last dates, and the gain between them."""
    rows = []
    for group, split in over_time.groupby("group", sort=False):
        first, last = (
            bloc_totals(split[split["date"] == day]).iloc[0] for day in (split["date"].min(), split["date"].max())
        )
        rows.append(
            {
                "group": group,
                "ilrs_first": int(first["ilrs"]),
                "ilrs_last": int(last["ilrs"]),
                "accords_first": int(first["accords"]),
                "accords_last": int(last["accords"]),
            }
        )
    table = pd.DataFrame(rows, columns=["group", "ilrs_first", "ilrs_last", "accords_first", "accords_last"])
    return table.assign(
        ilrs_gain=table["ilrs_last"] - table["ilrs_first"], accords_gain=table["accords_last"] - table["accords_first"]
    ).set_index("group")


def split_over_time_summary(over_time: pd.DataFrame, scope: Scope) -> str:
    """'From 31 December 2020 to 7 December 2026, the Artemis Accords gained member states in 15 of the 17 blocs
    and the ILRS in 9; the Artemis Accords' largest gain was in ESA (from 2 to 23); the ILRS's in the SCO (from
    1 to 5).'"""
    gains = bloc_gains(over_time)
    if gains.empty:
        return f"No bloc has a member state{within_scope(scope)}."
    first, last = written_date(over_time["date"].min()), written_date(over_time["date"].max())
    said = [
        f"From {first} to {last}, the {ARTEMIS_LABEL} gained member states in {blocs_gained(gains, 'accords')} and "
        f"the {ILRS_LABEL} in {also_gained(gains, 'ilrs')}"
    ]
    largest = []
    for side, whose in (("accords", f"the {ARTEMIS_LABEL}' largest gain was"), ("ilrs", f"the {ILRS_LABEL}'s")):
        if gains[f"{side}_gain"].max() > 0:
            group = str(gains[f"{side}_gain"].idxmax())
            row = gains.loc[group]
            largest.append(f"{whose} in {group_name(group)} (from {row[f'{side}_first']} to {row[f'{side}_last']})")
    return capitalised("; ".join(said + largest) + ".")


def blocs_gained(gains: pd.DataFrame, side: str) -> str:
    """Where a side ('ilrs', 'accords') gained members: 'all 17 blocs', '15 of the 17 blocs', 'none of the 17
    blocs'."""
    count, total = int((gains[f"{side}_gain"] > 0).sum()), len(gains)
    if count == total and total > 1:
        return f"all {total} blocs"
    return f"{count or 'none'} of the {count_noun(total, 'bloc')}" if total > 1 else f"{count or 'none'} of 1 bloc"


def also_gained(gains: pd.DataFrame, side: str) -> str:
    """The second side, after `blocs_gained`: '13', 'all of them', 'none'."""
    count = int((gains[f"{side}_gain"] > 0).sum())
    return "all of them" if count == len(gains) and count > 1 else str(count or "none")


def split_summary(split: pd.DataFrame, scope: Scope) -> str:
    """'Of the 17 blocs, 3 have more ILRS member states than Artemis Accords signatories, 13 the reverse and 1 as
    many of each.'"""
    totals = bloc_totals(split)
    if totals.empty:
        return f"No bloc has a member state{within_scope(scope)}."
    more_ilrs = int((totals["ilrs"] > totals["accords"]).sum())
    more_accords = int((totals["accords"] > totals["ilrs"]).sum())
    even = len(totals) - more_ilrs - more_accords
    return (
        f"Of the {count_noun(len(totals), 'bloc')} with member states{within_scope(scope)}, {more_ilrs} "
        f"{'has' if more_ilrs == 1 else 'have'} more ILRS member states than Artemis Accords signatories, "
        f"{more_accords} the reverse and {even} as many of each; each coalition is counted with its lead, and a "
        f"state in both is counted on both sides."
    )


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
            late = f", not reported done by {written_date(as_of)}" if first["date_start"] <= pd.Timestamp(as_of) else ""
            nxt = f", next {first['title'].split(' (')[0]} ({written_date(first['date'])}{late})"
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


def with_milestone_words(timeline: pd.DataFrame) -> pd.DataFrame:
    """A milestone timeline (domain.compare) with the words a chart and its hover show: each title cut short, and
    its source line with how many sources agree, the grade and our confidence."""
    more = (timeline["sources"] - 1).map(lambda n: f" (+{n} agreeing)" if n else "")
    grade = timeline["source_grade"].map(vocab.SOURCE_GRADES)
    evidence = " (" + grade + ", " + timeline["confidence"] + " confidence)"
    shown = timeline.assign(
        short_title=timeline["title"].map(short_title),
        source="Source: " + timeline["source_publisher"] + more + evidence,
    )
    columns = list(timeline.columns)
    columns.insert(columns.index("title") + 1, "short_title")
    columns.insert(columns.index("kind") + 1, "source")
    return shown[columns]


def un_share_tile(label: str, share: dict) -> Tile:
    """A coalition's share of the UN's member states on the date."""
    return Tile(
        f"UN share, {label.split()[0]}",
        percent(share["share"]),
        f"{share['members']} of the {share['un_members']} UN member states on the date (data/un_member_states.csv).",
    )


def weight_tiles(label: str, shares: dict, un_share: dict) -> tuple[Tile, ...]:
    """A coalition's weight in the world: its share of population, of GDP and of the UN's member states."""
    return (
        Tile(f"{label}: share of world population", percent(shares["population"])),
        Tile(
            f"{label}: share of world GDP",
            percent(shares["gdp"]),
            f"World Bank {shares['year']}; economies without a GDP value count as zero.",
        ),
        Tile(f"{label}: UN member states", f"{un_share['members']} of {un_share['un_members']}"),
    )


def weight_note(year: int, h: Headline, scope: Scope) -> str:
    return t(
        "Population and GDP: World Bank, data year {year} (CC BY 4.0). UN membership: data/un_member_states.csv. "
        "{leads}",
        year=year,
        leads=leads_line(h, scope),
    )


def space_powers_line(count: int, neither: list[str]) -> str:
    return t(
        "States that put a satellite in orbit on their own launcher: {count} in this scope. In neither coalition on "
        "the date: {names}.",
        count=number(count),
        names=listed(neither),
    )


def scope_line(h: Headline, scope: Scope, as_of: date) -> str:
    """The comparison's one rule, under its title: scope, date, states only and which leads are counted."""
    return f"{scope.label} · as of {written_date(as_of)} · states only · {leads_line(h, scope)}"
