"""Why our count differs from an official's figure: for each official total, our count under the same rule on the
day it was stated, and, where the speaker (or the outlet reporting them) named the countries, each name on either
side with the reason it is on one side only."""

from __future__ import annotations

import pandas as pd

from datalayer import vocab
from datalayer.domain.growth import RULE_OF_REPORTED_METRIC, counted_partners, stated_figure
from datalayer.domain.partners import of_kind
from datalayer.loading.rows import rows_of

IN_BOTH, LISTED_ONLY, COUNTED_ONLY = "listed and counted", "listed, not counted", "counted, not listed"
NAME_COLUMNS = ["claim", "name", "iso3", "side", "reason"]
CLAIM_COLUMNS = [
    "claim",
    "date",
    "speaker",
    "metric",
    "stated",
    "claimed",
    "ours",
    "difference",
    "listed",
    "source_publisher",
    "source_url",
]


def claim_label(claim: pd.Series) -> str:
    """'13 countries, Dmitry Bakanov, 2025-04-29'."""
    speaker = claim["speaker"].split(" (")[0].split(",")[0]
    return f"{claim['stated']} {vocab.METRIC_LABELS[claim['metric']].lower()}, {speaker}, {claim['date']}"


def official_claims(reported: pd.DataFrame) -> pd.DataFrame:
    """Officials' country totals (states, or states and organizations): the ones our count can be set beside."""
    rows = reported[(reported["kind"] == vocab.OFFICIAL) & reported["metric"].isin(list(RULE_OF_REPORTED_METRIC))]
    rows = rows.sort_values("date_start").assign(stated=lambda t: stated_figure(t))
    return rows.assign(claim=rows.apply(claim_label, axis=1))


def _counted_on(partners: pd.DataFrame, metric: str, day: pd.Timestamp) -> pd.DataFrame:
    rows = counted_partners(partners, vocab.COUNTRIES, RULE_OF_REPORTED_METRIC[metric])
    return rows[rows["date_start"] <= day]


def _why_listed_only(iso3: str, states: pd.DataFrame, day: pd.Timestamp) -> str:
    if iso3 not in states.index:
        return "no ILRS tie in our data"
    tie = states.loc[iso3].to_dict()  # one state's row: its fields by column
    if tie["status"] == vocab.SIGNED:
        return f"signed {tie['date']}, after the statement" if tie["date_start"] > day else "counted"
    label = vocab.STATUS_LABELS[tie["status"]].lower()
    return f"no signing found by then (our status: {label}, first reported {tie['date']})"


def reconcile(reported: pd.DataFrame, names: pd.DataFrame, partners: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, names): one row per official figure with our count on its day and whether a list was named; one
    row per name on either side of each listed figure, with the reason it is on one side only."""
    states = of_kind(partners, vocab.STATE).set_index("iso3")
    claims, sides = [], []
    for _, claim in official_claims(reported).iterrows():
        day = claim["date_start"]
        ours = _counted_on(partners, claim["metric"], day)
        listed = names[(names["claim_date_start"] == day) & (names["metric"] == claim["metric"])]
        listed = listed[listed["speaker"].map(lambda short, full=claim["speaker"]: full.startswith(short))]
        claims.append(
            {
                "claim": claim["claim"],
                "date": claim["date"],
                "speaker": claim["speaker"],
                "metric": claim["metric"],
                "stated": claim["stated"],
                "claimed": int(claim["value"]),
                "ours": len(ours),
                "difference": int(claim["value"]) - len(ours),
                "listed": len(listed),
                "source_publisher": claim["source_publisher"],
                "source_url": claim["source_url"],
            }
        )
        if listed.empty:
            continue
        counted = set(ours["iso3"]) - {""}
        for row in rows_of(listed):
            side = IN_BOTH if row.iso3 in counted else LISTED_ONLY
            reason = "" if side == IN_BOTH else _why_listed_only(row.iso3, states, day)
            sides.append({"claim": claim["claim"], "name": row.name, "iso3": row.iso3, "side": side, "reason": reason})
        for row in rows_of(ours[~ours["iso3"].isin(set(listed["iso3"]))]):
            sides.append(
                {
                    "claim": claim["claim"],
                    "name": row.name,
                    "iso3": row.iso3,
                    "side": COUNTED_ONLY,
                    "reason": f"signed {row.date}, before the statement; the list does not name it",
                }
            )
    return (
        pd.DataFrame(claims, columns=CLAIM_COLUMNS),
        pd.DataFrame(sides, columns=NAME_COLUMNS)
        .sort_values(["claim", "side", "name"], kind="stable")
        .reset_index(drop=True),
    )
