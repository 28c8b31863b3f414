"""The changes feed as readers meet it: newest first, each change in its own words with its source."""

from __future__ import annotations

import pandas as pd

from datalayer.vocab import CHANGE_KINDS
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun

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
    """The newest day's changes to the data: the change itself when it was the only one, else how many of each
    kind ('Latest changes, recorded 7 December 2026: 1 row added, 60 corrected, ...')."""
    if changes.empty:
        return None
    ordered = changes_newest_first(changes)
    day = ordered["date"].iloc[0]
    recorded = written_date(pd.Timestamp(day).date())
    that_day = ordered[ordered["date"] == day]
    if len(that_day) == 1:
        return f"Latest change, recorded {recorded}: {that_day['change'].iloc[0]}"
    kinds = that_day["kind"].value_counts()
    counted = [
        f"{count_noun(int(kinds[k]), 'row')} {k}" if i == 0 else f"{int(kinds[k])} {k}"
        for i, k in enumerate(k for k in CHANGE_KINDS if k in kinds)
    ]
    return f"Latest changes, recorded {recorded}: {', '.join(counted)}"
