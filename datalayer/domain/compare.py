"""ILRS versus Artemis Accords: membership over time, aligned by months since launch, overlap, weight,
composition, the space powers' alignment and both programs' milestones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.countries import ILRS_MEMBER_STATUSES, overlap_category
from datalayer.domain.growth import cumulative_series
from datalayer.domain.partners import of_kind, partners_as_of
from datalayer.domain.scope import bloc_members_as_of

DAYS_PER_MONTH = 30.4375


def ilrs_member_states(partners: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """The ILRS as a coalition on the date: its signed partner states and its lead, China (as the Accords'
    signatories include the United States)."""
    states = of_kind(partners_as_of(partners, as_of), vocab.STATE)
    return states[states["status"].isin(ILRS_MEMBER_STATUSES)][["name", "iso3", "status", "date", "date_start"]]


def membership_over_time(ilrs: pd.DataFrame, artemis: pd.DataFrame, through: date) -> pd.DataFrame:
    """Long table (program, date, count, months_since_launch) of both coalitions' cumulative members."""
    frames = []
    for program, members in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, artemis)):
        series = cumulative_series(members, "date_start", through)
        launch = members["date_start"].min()
        frames.append(
            series.assign(
                program=vocab.PROGRAM_LABELS[program],
                months_since_launch=((series["date"] - launch).dt.days / DAYS_PER_MONTH).round(1),
            )
        )
    table = pd.concat(frames, ignore_index=True)
    return table.assign(date=table["date"].dt.date)  # days, as a reader and a spreadsheet expect


def counts_at_common_age(over_time: pd.DataFrame) -> tuple[float, dict[str, int]] | None:
    """The younger coalition's age in months and each coalition's members at that age, from
    `membership_over_time`'s table; None where a coalition has no member (no first signing, so no age)."""
    ages = over_time.dropna(subset=["months_since_launch"]).groupby("program")["months_since_launch"].max()
    if len(ages) < len(vocab.PROGRAMS):
        return None
    age = float(ages.min())
    return age, {
        str(p): int(rows.loc[rows["months_since_launch"] <= age, "count"].max())
        for p, rows in over_time.groupby("program")
    }


def new_per_year(ilrs: pd.DataFrame, artemis: pd.DataFrame, through: date) -> pd.DataFrame:
    """(year, program, new_members): each coalition's new member states per year, from the year of its first
    member in the table through `through`'s year, years without a new member included as zero (a quiet year
    is part of the story)."""
    frames = []
    for program, members in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, artemis)):
        years = members["date_start"].dropna().dt.year
        if years.empty:
            continue
        span = range(int(years.min()), max(int(years.max()), through.year) + 1)
        counts = years.value_counts().reindex(span, fill_value=0)
        frames.append(
            pd.DataFrame(
                {"year": list(span), "program": vocab.PROGRAM_LABELS[program], "new_members": counts.to_numpy()}
            )
        )
    if not frames:
        return pd.DataFrame(
            {"year": pd.Series(dtype=int), "program": pd.Series(dtype=object), "new_members": pd.Series(dtype=int)}
        )
    return pd.concat(frames, ignore_index=True).sort_values(["year", "program"], kind="stable").reset_index(drop=True)


WAVE_YEARS = 2  # a wave: the run of this many years in which a coalition gained the most member states


def busiest_run(per_year: pd.DataFrame, program_label: str) -> tuple[int, int, int, int] | None:
    """(first year, last year, new member states in them, all of the program's member states) for the
    WAVE_YEARS years running in which `program_label` gained the most (the earliest such run); None where the
    program has no member or fewer years than a run."""
    rows = per_year[per_year["program"] == program_label].sort_values("year")
    if len(rows) < WAVE_YEARS or rows["new_members"].sum() == 0:
        return None
    sums = rows.set_index("year")["new_members"].rolling(WAVE_YEARS).sum().dropna()
    last = int(sums.idxmax())  # type: ignore[call-overload]  # the index is the years, ints
    return last - WAVE_YEARS + 1, last, int(sums[last]), int(rows["new_members"].sum())


def overlap(ilrs: pd.DataFrame, artemis: pd.DataFrame) -> pd.DataFrame:
    """States in both, with both dates and which came first."""
    both = ilrs.merge(artemis[["iso3", "date", "date_start"]], on="iso3", suffixes=("_ilrs", "_artemis"))
    first = (both["date_start_ilrs"] < both["date_start_artemis"]).map(
        {True: vocab.PROGRAM_LABELS[vocab.ILRS], False: vocab.PROGRAM_LABELS[vocab.ARTEMIS]}
    )
    return pd.DataFrame(
        {
            "country": both["name"],
            "iso3": both["iso3"],
            "ilrs_signed": both["date_ilrs"],
            "artemis_signed": both["date_artemis"],
            "first": first,
        }
    ).sort_values("country")


def world_shares(members: set[str], indicators: pd.DataFrame) -> dict[str, float]:
    """Share of world population and GDP held by `members` (data year of the indicators file)."""
    world = indicators[indicators["iso3"] == vocab.WORLD_AGGREGATE].iloc[0]
    rows = indicators[indicators["iso3"].isin(members)]
    return {
        "population": float(rows["population"].sum() / world["population"]),
        "gdp": float(rows["gdp_current_usd"].sum() / world["gdp_current_usd"]),
        "year": int(world["year"]),
    }


def region_groups(regions: pd.DataFrame) -> dict[str, set[str]]:
    """UN M49 region -> its countries (Antarctica, with no region, is left out)."""
    named = regions[regions["region"] != ""]
    return {str(region): set(rows["iso3"]) for region, rows in named.groupby("region")}


def bloc_groups(
    blocs: pd.DataFrame, as_of: date, scope_bloc: vocab.Bloc | None = None, within: frozenset[str] | None = None
) -> dict[str, set[str]]:
    """Each bloc scope -> its members on the date (those `within` a scope, where one is given), in vocabulary
    order; the scope's own bloc left out (every member in scope is in it: a bar that says only 100%)."""
    groups = {bloc.label: bloc_members_as_of(blocs, bloc, as_of) for bloc in vocab.BLOCS if bloc != scope_bloc}
    return groups if within is None else {label: members & within for label, members in groups.items()}


SPLIT_PARTS = (vocab.ILRS_ONLY, vocab.BOTH, vocab.ARTEMIS_ONLY, vocab.NEITHER)  # left to right on the chart


def bloc_split(ilrs: set[str], accords: set[str], groups: Mapping[str, set[str]]) -> pd.DataFrame:
    """Long table (group, part, states, share, start, lean, group_states): how each group's member states split
    between the ILRS only, both, the Accords only and neither. `share` is of the group; `start` is where the part
    begins on a diverging axis, 'both' centred on zero, the ILRS to the left; `lean` is the ILRS's share less the
    Accords' (groups sorted by it, the ILRS's most leaning first). Empty groups are left out."""
    rows = []
    for group, states in groups.items():
        if not states:
            continue
        count = {
            vocab.ILRS_ONLY: len(states & (ilrs - accords)),
            vocab.BOTH: len(states & ilrs & accords),
            vocab.ARTEMIS_ONLY: len(states & (accords - ilrs)),
        }
        count[vocab.NEITHER] = len(states) - sum(count.values())
        share = {part: n / len(states) for part, n in count.items()}
        lean = share[vocab.ILRS_ONLY] - share[vocab.ARTEMIS_ONLY]
        start = -share[vocab.BOTH] / 2 - share[vocab.ILRS_ONLY]
        for part in SPLIT_PARTS:
            rows.append(
                {
                    "group": group,
                    "part": part,
                    "states": count[part],
                    "share": share[part],
                    "start": start,
                    "lean": lean,
                    "group_states": len(states),
                }
            )
            start += share[part]
    columns = ["group", "part", "states", "share", "start", "lean", "group_states"]
    table = pd.DataFrame(rows, columns=columns)
    order = table.drop_duplicates("group").sort_values(["lean", "group"], ascending=[False, True], kind="stable")
    rank = {group: i for i, group in enumerate(order["group"])}
    return table.sort_values("group", key=lambda g: g.map(rank), kind="stable").reset_index(drop=True)


def year_ends(first: date, as_of: date) -> list[date]:
    """31 December of each year from `first`'s through the year before `as_of`, then `as_of`: the moments a
    chart of change over the years draws."""
    return [*(date(year, 12, 31) for year in range(first.year, as_of.year)), as_of]


def bloc_split_over_time(
    ilrs: pd.DataFrame,
    accords: pd.DataFrame,
    blocs: pd.DataFrame,
    dates: Sequence[date],
    within: frozenset[str] | None = None,
) -> pd.DataFrame:
    """`bloc_split` on each date (a `date` column first): each coalition's members signed by then, each bloc's
    members on that date (those `within` the scope, where one is given). Groups keep the order of the last date's
    split."""
    frames = []
    for day in dates:
        signed = {
            name: set(rows.loc[rows["date_start"] <= pd.Timestamp(day), "iso3"])
            for name, rows in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, accords))
        }
        split = bloc_split(signed[vocab.ILRS], signed[vocab.ARTEMIS], bloc_groups(blocs, day, within=within))
        frames.append(split.assign(date=day))
    if not frames:
        return pd.DataFrame(columns=["date", "group", "part", "states", "share", "start", "lean", "group_states"])
    table = pd.concat(frames, ignore_index=True)
    rank = {group: i for i, group in enumerate(dict.fromkeys(frames[-1]["group"]))}
    ordered = table.sort_values(["group", "date"], key=lambda c: c.map(rank) if c.name == "group" else c, kind="stable")
    return ordered[["date", *(c for c in table.columns if c != "date")]].reset_index(drop=True)


def only_whole_shares(composition_table: pd.DataFrame) -> bool:
    """True when a composition says nothing but 'all' or 'none' of each coalition (a region's members, all in that
    region): a slide of such bars says only 100%."""
    return bool(composition_table["share"].isin([0.0, 1.0]).all())


def composition(coalitions: Mapping[str, set[str]], groups: Mapping[str, set[str]]) -> pd.DataFrame:
    """Long table (group, program, members, share): how many of each coalition's members belong to each group,
    and what share of the coalition that is. A member may sit in several groups, so shares need not sum to 1."""
    rows = [
        {
            "group": group,
            "program": program,
            "members": len(members & countries),
            "share": len(members & countries) / len(members) if members else 0.0,
        }
        for group, countries in groups.items()
        for program, members in coalitions.items()
    ]
    return pd.DataFrame(rows, columns=["group", "program", "members", "share"])


def space_power_alignment(space_powers: pd.DataFrame, ilrs: pd.DataFrame, artemis: pd.DataFrame) -> pd.DataFrame:
    """Each space power with its ILRS and Artemis signing dates (blank if none) and where it stands."""
    ilrs_dates = ilrs.set_index("iso3")["date"]
    artemis_dates = artemis.set_index("iso3")["date"]
    table = space_powers.sort_values("first_date_start")[
        ["common_name", "iso3", "first_date", "first_mission", "source_publisher", "source_url"]
    ]
    table = table.rename(columns={"common_name": "country"})
    # Object dtype first: in a scope with no member the mapped dates are all missing (float), not text.
    table = table.assign(
        ilrs_signed=table["iso3"].map(ilrs_dates).astype(object).fillna(""),
        artemis_signed=table["iso3"].map(artemis_dates).astype(object).fillna(""),
    )
    stands = overlap_category(table["ilrs_signed"] != "", table["artemis_signed"] != "")
    return table.assign(stands=stands.map(vocab.CATEGORY_LABELS)).reset_index(drop=True)


def _in_neither(alignment: pd.DataFrame) -> pd.Series:
    return alignment["stands"] == vocab.CATEGORY_LABELS[vocab.NEITHER]


def space_powers_in_neither(alignment: pd.DataFrame) -> list[str]:
    return list(alignment.loc[_in_neither(alignment), "country"])


def space_power_markers(alignment: pd.DataFrame, points: pd.DataFrame) -> pd.DataFrame:
    """The space-power table at each state's marker point, flagging those in neither coalition."""
    located = alignment.merge(points[["iso3", "lon", "lat"]], on="iso3")
    return located.assign(in_neither=_in_neither(located))


def un_members_on(un_members: pd.DataFrame, as_of: date) -> set[str]:
    """The UN member states on the date (a row with no admission date counts as admitted)."""
    admitted = un_members["admitted_start"].isna() | (un_members["admitted_start"] <= pd.Timestamp(as_of))
    return set(un_members.loc[admitted, "iso3"])


def un_member_share(members: set[str], un_members: pd.DataFrame, as_of: date) -> dict[str, float | int]:
    """How many of the UN member states on the date are among `members`, and what share of all of them."""
    admitted = un_members_on(un_members, as_of)
    inside = len(admitted & members)
    return {"members": inside, "un_members": len(admitted), "share": inside / len(admitted) if admitted else 0.0}


# The lanes top to bottom: each side's own milestones beside its related ones.
MILESTONE_LANES = (
    vocab.MILESTONE_PROGRAM_LABELS[vocab.ILRS],
    vocab.CHINA_RELATED_LANE,
    vocab.MILESTONE_PROGRAM_LABELS[vocab.ARTEMIS],
    vocab.MILESTONE_PROGRAM_LABELS[vocab.ARTEMIS_PROGRAM],
)


def milestone_lane(program: str, relation: str) -> str:
    """The lane a milestone is drawn in: its program, with the ILRS's precursors and related missions apart."""
    return vocab.MILESTONE_PROGRAM_LABELS[program] if relation == vocab.OWN else vocab.CHINA_RELATED_LANE


def milestone_timeline(milestones: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """One row per milestone and date: where sources disagree on a date, each date stays, with its source;
    sources that agree on a date are counted, not repeated. A superseded plan is not a milestone and is left out.
    `named` marks the one a chart writes out per lane (the next planned, else the latest done by `as_of`). Rows
    come lane by lane (MILESTONE_LANES), each by date."""
    rows = milestones[milestones["date_status"] != vocab.SUPERSEDED].sort_values(["date_start", "source_date_start"])
    counted = rows.groupby(["milestone_id", "date"])["source_url"].transform("size")
    table = rows.assign(sources=counted).drop_duplicates(["milestone_id", "date"])
    table = table.assign(
        program_label=[milestone_lane(p, r) for p, r in zip(table["program"], table["relation"], strict=True)]
    )
    columns = [
        "program",
        "relation",
        "program_label",
        "milestone_id",
        "title",
        "named",
        "date",
        "date_start",
        "date_status",
        "kind",
        "source_publisher",
        "source_url",
        "source_grade",
        "confidence",
        "sources",
    ]
    table = table.assign(named=False).reset_index(drop=True)
    # One name per lane, so four lanes' names never meet: the next planned, else the latest done.
    for _, rows in table.groupby("program_label"):
        done = rows[(rows["date_status"] == vocab.DONE) & (rows["date_start"] <= pd.Timestamp(as_of))]
        ahead = rows[rows["date_status"] == vocab.PLANNED]
        table.loc[[ahead.index[0]] if len(ahead) else [done.index[-1]] if len(done) else [], "named"] = True
    lanes = {lane: i for i, lane in enumerate(MILESTONE_LANES)}
    ordered = table.assign(_lane=table["program_label"].map(lanes)).sort_values(["_lane", "date_start"], kind="stable")
    return ordered[columns].reset_index(drop=True)
