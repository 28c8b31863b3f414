"""Growth against targets: cumulative counts, pace, the pace a target needs, and a linear projection."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from datalayer import vocab

DAYS_PER_YEAR = 365.25
STATES_ONLY, STATES_AND_ORGS, COUNTING_RULES = vocab.STATES_ONLY, vocab.STATES_AND_ORGS, vocab.COUNTING_RULES
# Which of our counting rules an official metric corresponds to.
RULE_OF_REPORTED_METRIC = {vocab.COUNTRIES: STATES_ONLY, vocab.COUNTRIES_AND_ORGS: STATES_AND_ORGS}
KINDS_COUNTED = {STATES_ONLY: (vocab.STATE,), STATES_AND_ORGS: (vocab.STATE, vocab.INTL_ORG)}
REPORTED_FOR_PANEL = {
    vocab.COUNTRIES: (vocab.COUNTRIES, vocab.COUNTRIES_AND_ORGS),
    vocab.INSTITUTIONS: (vocab.INSTITUTIONS,),
    vocab.RESEARCHERS: (vocab.RESEARCHERS,),
}


@dataclass(frozen=True)
class Pace:
    """A panel's numbers: our count in the scope and the world's, the pace since the first signing, the pace a
    world-wide target still needs by the end of its year."""

    current: int
    world_count: int
    per_year: float
    needed: float | None
    target: int | None
    target_year: int


def counted_partners(partners: pd.DataFrame, metric: str, rule: str) -> pd.DataFrame:
    """Signed partners that count toward a panel: states (and orgs, by rule), or institutions."""
    kinds = {vocab.COUNTRIES: KINDS_COUNTED[rule], vocab.INSTITUTIONS: (vocab.INSTITUTION,)}.get(metric, ())
    return partners[partners["kind"].isin(kinds) & (partners["status"] == vocab.SIGNED)]


def cumulative_series(events: pd.DataFrame, date_column: str, through: date) -> pd.DataFrame:
    """(date, count): the running total after each day with signings, held flat to `through`."""
    end = pd.Timestamp(through).to_datetime64()
    days = events[date_column].to_numpy()
    # numpy, not value_counts and concat: the growth views call this a score of times per page on a few rows.
    per_day, signings = np.unique(days[~np.isnat(days) & (days <= end)], return_counts=True)
    totals = signings.cumsum()
    return pd.DataFrame(
        {
            "date": np.append(per_day, end).astype(days.dtype),
            "count": np.append(totals, totals[-1] if len(totals) else 0).astype(int),
        }
    )


def count_on(series: pd.DataFrame, day: date) -> int:
    before = series[series["date"] <= pd.Timestamp(day)]
    return int(before["count"].iloc[-1]) if len(before) else 0


def pace_per_year(series: pd.DataFrame, as_of: date, months: int | None = None) -> float:
    """Partners a year over the last `months` (or since the first signing when None)."""
    if months is None:
        first = series.loc[series["count"] > 0, "date"]
        if first.empty:
            return 0.0
        start = first.iloc[0].date()
        gained = count_on(series, as_of)
    else:
        start = window_start(as_of, months)
        gained = gained_in(series, as_of, months)
    years = (pd.Timestamp(as_of) - pd.Timestamp(start)).days / DAYS_PER_YEAR
    return gained / years if years > 0 else 0.0


def window_start(as_of: date, months: int) -> date:
    return (pd.Timestamp(as_of) - pd.DateOffset(months=months)).date()


def gained_in(series: pd.DataFrame, as_of: date, months: int) -> int:
    """How many joined in the `months` up to `as_of`. The window includes its first day: count what stood the
    day before it opened."""
    return count_on(series, as_of) - count_on(series, window_start(as_of, months) - pd.Timedelta(days=1))


def deadline(target_year: int) -> date:
    """'By 2035' is read as by the end of 2035."""
    return date(target_year, 12, 31)


def needed_pace(current: int, target: int, as_of: date, target_year: int) -> float | None:
    """Partners a year still needed to reach `target` by the end of `target_year`; None when past it."""
    years = (pd.Timestamp(deadline(target_year)) - pd.Timestamp(as_of)).days / DAYS_PER_YEAR
    if years <= 0:
        return None
    return max(target - current, 0) / years


def projection(current: int, as_of: date, pace: float, target_year: int) -> pd.DataFrame:
    """A straight line from today at `pace` to the end of the target year."""
    end = deadline(target_year)
    years = (pd.Timestamp(end) - pd.Timestamp(as_of)).days / DAYS_PER_YEAR
    return pd.DataFrame(
        {"date": [pd.Timestamp(as_of), pd.Timestamp(end)], "count": [float(current), current + pace * max(years, 0)]}
    )


def needed_path(current: int, as_of: date, target: int, target_year: int) -> pd.DataFrame | None:
    """A straight line from today's count to the target at the end of the target year; None once the target is
    reached or the year is past (nothing is then needed, or nothing can be)."""
    end = deadline(target_year)
    if current >= target or pd.Timestamp(end) <= pd.Timestamp(as_of):
        return None
    return pd.DataFrame({"date": [pd.Timestamp(as_of), pd.Timestamp(end)], "count": [float(current), float(target)]})


def on_track_share(first: pd.Timestamp, as_of: date, target_year: int) -> float | None:
    """The share of a target a straight path from the first signing (`first`) to the target at the end of
    `target_year` would have reached on `as_of`, between 0 and 1; None with no first signing."""
    if pd.isna(first):
        return None
    span = (pd.Timestamp(deadline(target_year)) - pd.Timestamp(first)).days
    gone = (pd.Timestamp(as_of) - pd.Timestamp(first)).days
    return min(max(gone / span, 0.0), 1.0) if span > 0 else 1.0


def progress(current: int, target: int) -> dict[str, float]:
    return {"percent": 100.0 * current / target, "remaining": max(target - current, 0)}


def default_target_year(milestones: pd.DataFrame, milestone_id: str = vocab.BASIC_STATION_MILESTONE) -> int:
    """The year most sources give for the basic station (earliest on a tie)."""
    stated = milestones[(milestones["milestone_id"] == milestone_id) & (milestones["date_status"] != vocab.SUPERSEDED)]
    years = stated["date_start"].dt.year
    counts = years.value_counts()
    return int(min(counts[counts == counts.max()].index))


def claims_for_panel(reported: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Officials' statements that belong on a panel, labelled with the counting rule each one used. Media
    outlets' own estimates are not officials' claims and stay off this series."""
    rows = reported[reported["metric"].isin(REPORTED_FOR_PANEL[metric]) & (reported["kind"] == vocab.OFFICIAL)]
    return rows.assign(rule=rows["metric"].map(vocab.METRIC_LABELS).str.lower(), stated=stated_figure(rows))


def stated_figure(claims: pd.DataFrame) -> pd.Series:
    """'more than 10', 'about 15', '17': the figure as the official put it."""
    return (claims["qualifier"].map(vocab.QUALIFIER_WORDS) + " " + claims["value"].astype(str)).str.strip()


def latest_claim(claims: pd.DataFrame) -> pd.Series | None:
    return None if claims.empty else claims.sort_values("date_start").iloc[-1]


def target_for(targets: pd.DataFrame, metric: str) -> pd.Series | None:
    """The earliest statement of the target for a metric."""
    rows = targets[targets["metric"] == metric].sort_values("stated_date_start")
    return None if rows.empty else rows.iloc[0]


NAMED_MILESTONES = 4  # milestones a growth panel writes out: the founding agreement and the newest three


def done_milestones(milestones: pd.DataFrame, program: str, through: date) -> pd.DataFrame:
    """The program's own milestones that happened (not its precursors or related missions), one row per milestone
    (the earliest-dated source); `named` marks the first agreement (the program's founding) and the newest ones,
    which the chart writes out (the rest are in the hover and the table)."""
    rows = milestones[
        (milestones["program"] == program)
        & (milestones["relation"] == vocab.OWN)
        & (milestones["date_status"] == vocab.DONE)
        & (milestones["date_start"] <= pd.Timestamp(through))
    ]
    rows = rows.sort_values("date_start").drop_duplicates("milestone_id").reset_index(drop=True)
    agreements = rows.index[rows["kind"] == vocab.AGREEMENT]
    founding = {agreements[0] if len(agreements) else 0} if len(rows) else set()
    named = {*founding, *range(max(len(rows) - NAMED_MILESTONES + 1, 0), len(rows))}
    return rows.assign(named=rows.index.isin(named))


PANEL_COLUMNS = [
    "date",
    "series",
    "value",
    "label",
    "rule",
    "speaker",
    "quote",
    "source_publisher",
    "source_url",
    "named",
]


def panel_table(
    counted: pd.DataFrame,
    claims: pd.DataFrame,
    target: pd.Series | None = None,
    projection: pd.DataFrame | None = None,
    milestones: pd.DataFrame | None = None,
    overlay: pd.DataFrame | None = None,
    target_text: str = "",
    needed: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Everything a growth panel draws, one row per point, `series` naming which of vocab.GROWTH_SERIES it is:
    our count by date, the projection, officials' claims, the target, milestones and an optional overlay."""

    def frame(rows: pd.DataFrame, series: str, **columns) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "date": rows["date_start"] if "date_start" in rows else rows["date"],
                "series": series,
                **{c: columns.get(c, False if c == "named" else "") for c in PANEL_COLUMNS[2:]},
            }
        ).reset_index(drop=True)

    parts = [frame(counted, vocab.OUR_COUNT, value=counted["count"])]
    if projection is not None:
        parts.append(frame(projection, vocab.PROJECTION, value=projection["count"].round(1)))
    if needed is not None:
        parts.append(frame(needed, vocab.NEEDED, value=needed["count"].round(1)))
    parts.append(
        frame(
            claims,
            vocab.CLAIM,
            value=claims["value"],
            label=claims["stated"],
            rule=claims["rule"],
            speaker=claims["speaker"],
            quote=claims["quote"],
            source_publisher=claims["source_publisher"],
            source_url=claims["source_url"],
        )
    )
    if target is not None:
        parts.append(
            pd.DataFrame(
                [
                    {
                        "date": target["stated_date_start"],
                        "series": vocab.TARGET,
                        "value": int(target["value"]),
                        "label": target_text,
                        "rule": "",
                        "speaker": target["stated_by"],
                        "quote": target["quote"],
                        "source_publisher": target["source_publisher"],
                        "source_url": target["source_url"],
                        "named": False,
                    }
                ]
            )
        )
    if milestones is not None:
        parts.append(
            frame(
                milestones,
                vocab.MILESTONE,
                value=0,
                label=milestones["title"],
                source_publisher=milestones["source_publisher"],
                source_url=milestones["source_url"],
                named=milestones["named"],
            )
        )
    if overlay is not None:
        parts.append(frame(overlay, vocab.OVERLAY, value=overlay["count"]))
    table = pd.concat([p for p in parts if len(p)], ignore_index=True)
    table = table.sort_values(["date", "series"], kind="stable").reset_index(drop=True)[PANEL_COLUMNS]
    return table.assign(date=table["date"].dt.date)  # days, as a reader and a spreadsheet expect


def claim_gap(partners: pd.DataFrame, claim: pd.Series, through: date) -> dict | None:
    """Our count under the same rule an official used, on the day they spoke, and the difference."""
    rule = RULE_OF_REPORTED_METRIC.get(claim["metric"])
    if rule is None and claim["metric"] != vocab.INSTITUTIONS:
        return None
    metric = vocab.INSTITUTIONS if rule is None else vocab.COUNTRIES
    series = cumulative_series(counted_partners(partners, metric, rule or STATES_ONLY), "date_start", through)
    ours = count_on(series, claim["date_start"].date())
    return {
        "ours": ours,
        "claimed": int(claim["value"]),
        "gap": int(claim["value"]) - ours,
        "rule": COUNTING_RULES[rule] if rule else "Institutions",
    }
