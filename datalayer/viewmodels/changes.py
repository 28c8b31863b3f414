"""The changes feed as readers meet it: newest first, each change in its own words with its source."""

from __future__ import annotations

import pandas as pd

from datalayer.words import notices

FEED_COLUMNS = [
    "date",
    "dataset",
    "row_key",
    "kind",
    "change",
    "event_date",
    "reason",
    "source_publisher",
    "source_url",
]


def changes_newest_first(changes: pd.DataFrame) -> pd.DataFrame:
    """Newest recorded change first; among changes recorded the same day, the newest event first."""
    ordered = changes.sort_values(
        ["date_start", "event_date_start"], ascending=False, na_position="last", kind="stable"
    )
    return ordered[FEED_COLUMNS].reset_index(drop=True)


def latest_change_line(changes: pd.DataFrame) -> str | None:
    """The newest day's changes to the data, in a line (words.notices); None when there are none."""
    if changes.empty:
        return None
    ordered = changes_newest_first(changes)
    that_day = ordered[ordered["date"] == ordered["date"].iloc[0]]
    return notices.latest_changes(ordered["date"].iloc[0], list(that_day["kind"]), list(that_day["change"]))
