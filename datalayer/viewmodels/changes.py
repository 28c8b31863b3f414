"""The changes feed as readers meet it: newest first, each change in its own words with its source."""
from __future__ import annotations

import pandas as pd

from datalayer.viewmodels.exhibit import long_date

FEED_COLUMNS = ["date", "dataset", "row_key", "kind", "change", "event_date", "reason", "source_publisher",
                "source_url"]


def changes_newest_first(changes: pd.DataFrame) -> pd.DataFrame:
    """Newest recorded change first; among changes recorded the same day, the newest event first."""
    ordered = changes.sort_values(["date_start", "event_date_start"], ascending=False, na_position="last",
                                  kind="stable")
    return ordered[FEED_COLUMNS].reset_index(drop=True)


def latest_change_line(changes: pd.DataFrame) -> str | None:
    """'Botswana signed the Artemis Accords, 25 June 2026 (recorded 1 December 2026)': the newest change."""
    if changes.empty:
        return None
    newest = changes_newest_first(changes).iloc[0]
    return f"{newest['change']} (recorded {long_date(pd.Timestamp(newest['date']).date())})"
