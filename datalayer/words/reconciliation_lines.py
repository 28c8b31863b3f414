"""Officials' figures against our count, in a sentence."""

from __future__ import annotations

import pandas as pd

from datalayer import vocab
from datalayer.domain import reconcile
from datalayer.loading.rows import rows_of
from datalayer.words.grammar import listed

CLAIM = "claim"  # the column that names a figure: '13 countries, Dmitry Bakanov, 2025-04-29'
REASON = "reason"  # why a name is on one side only


# --- Titles, notes and labels ---------------------------------------------------------------------------------
AS_EACH_SPEAKER_COUNTED = "countries, or countries and organizations, as each speaker counted"
WORLD_WIDE_FIGURES = "officials' figures are world-wide"
RECONCILIATION_TITLE = "Officials' figures and our count, on the day each was stated"


def claim_label(claim: pd.Series) -> str:
    """'13 countries, Dmitry Bakanov, 2025-04-29'."""
    speaker = claim["speaker"].split(" (")[0].split(",")[0]
    return f"{claim['stated']} {vocab.METRIC_LABELS[claim['metric']].lower()}, {speaker}, {claim['date']}"


def reason(why: str, day: str, status: str) -> str:
    """Why a name is on one side only, from its code (domain.reconcile) and the date it rests on."""
    if why == reconcile.NOT_IN_DATA:
        return "no ILRS tie in our data"
    if why == reconcile.SIGNED_AFTER:
        return f"signed {day}, after the statement"
    if why == reconcile.NOT_SIGNED_BY_THEN:
        return f"no signing found by then (our status: {vocab.STATUS_LABELS[status].lower()}, first reported {day})"
    if why == reconcile.SIGNED_BEFORE:
        return f"signed {day}, before the statement; the list does not name it"
    return "counted" if why == reconcile.COUNTED else ""


def labelled(claims: pd.DataFrame, names: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The reconciliation (domain.reconcile) as a reader sees it: each figure named by its label, each name's
    reason in words."""
    labels = {row.claim_id: claim_label(pd.Series(row._asdict())) for row in rows_of(claims)}
    shown_claims = claims.assign(claim=claims["claim_id"].map(labels))
    shown_names = names.assign(
        claim=names["claim_id"].map(labels),
        reason=[reason(*w) for w in zip(names["why"], names["why_date"], names["why_status"], strict=True)],
    )
    return (
        shown_claims[[CLAIM, *(c for c in reconcile.CLAIM_COLUMNS if c != "claim_id")]],
        shown_names[[CLAIM, "name", "iso3", "side", REASON]],
    )


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
    with_names = claims[claims["listed"] > 0]
    if with_names.empty:
        return text + " No official figure came with a list of names."
    claim = with_names.iloc[-1]
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
