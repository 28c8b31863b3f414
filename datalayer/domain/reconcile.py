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
# Why a name is on one side only, as a code and the date it rests on (the words package says it).
NOT_IN_DATA, SIGNED_AFTER, COUNTED, NOT_SIGNED_BY_THEN, SIGNED_BEFORE = (
    "not_in_data",
    "signed_after",
    "counted",
    "not_signed_by_then",
    "signed_before",
)
NAME_COLUMNS = ["claim_id", "name", "iso3", "side", "why", "why_date", "why_status"]
CLAIM_COLUMNS = [
    "claim_id",
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


def official_claims(reported: pd.DataFrame) -> pd.DataFrame:
    """Officials' country totals (states, or states and organizations): the ones our count can be set beside."""
    rows = reported[(reported["kind"] == vocab.OFFICIAL) & reported["metric"].isin(list(RULE_OF_REPORTED_METRIC))]
    rows = rows.sort_values("date_start").assign(stated=lambda t: stated_figure(t))
    return rows.reset_index(drop=True).assign(claim_id=lambda t: t.index)


def _counted_on(partners: pd.DataFrame, metric: str, day: pd.Timestamp) -> pd.DataFrame:
    rows = counted_partners(partners, vocab.COUNTRIES, RULE_OF_REPORTED_METRIC[metric])
    return rows[rows["date_start"] <= day]


def _why_listed_only(iso3: str, states: pd.DataFrame, day: pd.Timestamp) -> tuple[str, str, str]:
    """(why, the date it rests on, our status): why a listed name is not in our count on the statement's day."""
    if iso3 not in states.index:
        return NOT_IN_DATA, "", ""
    tie = states.loc[iso3].to_dict()  # one state's row: its fields by column
    if tie["status"] == vocab.SIGNED:
        return (SIGNED_AFTER if tie["date_start"] > day else COUNTED), tie["date"], tie["status"]
    return NOT_SIGNED_BY_THEN, tie["date"], tie["status"]


def _why(why: str, day: str, status: str) -> dict[str, str]:
    return {"why": why, "why_date": day, "why_status": status}


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
                "claim_id": claim["claim_id"],
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
            why = ("", "", "") if side == IN_BOTH else _why_listed_only(row.iso3, states, day)
            sides.append(
                {"claim_id": claim["claim_id"], "name": row.name, "iso3": row.iso3, "side": side, **_why(*why)}
            )
        for row in rows_of(ours[~ours["iso3"].isin(set(listed["iso3"]))]):
            sides.append(
                {
                    "claim_id": claim["claim_id"],
                    "name": row.name,
                    "iso3": row.iso3,
                    "side": COUNTED_ONLY,
                    **_why(SIGNED_BEFORE, row.date, vocab.SIGNED),
                }
            )
    return (
        pd.DataFrame(claims, columns=CLAIM_COLUMNS),
        pd.DataFrame(sides, columns=NAME_COLUMNS)
        .sort_values(["claim_id", "side", "name"], kind="stable")
        .reset_index(drop=True),
    )
