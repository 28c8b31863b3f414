"""What a reader is told about the data's currency: a date after the check, a check grown old, the newest
day's changes."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pandas as pd

from datalayer.vocab import CHANGE_KINDS, STALE_AFTER_DAYS
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun


def after_check_notice(as_of: date, checked_on: date) -> str | None:
    """A later As of than the data's check is allowed, but the reader is told what it cannot show."""
    if as_of <= checked_on:
        return None
    return (
        f"As of {written_date(as_of)} is after {written_date(checked_on)}, the date the data was last checked: "
        "events after the check are not in the data."
    )


def staleness_notice(checked_on: date, today: date) -> str | None:
    """Said beside 'Data checked to' when the newest check is older than vocab.STALE_AFTER_DAYS."""
    days = (today - checked_on).days
    if days <= STALE_AFTER_DAYS:
        return None
    since = written_date(checked_on)
    return f"The data was last checked {days} days ago: signings and events since {since} may be missing."


def latest_changes(day: str, kinds: list[str], changes: list[str]) -> str:
    """The newest day's changes to the data: the change itself when it was the only one, else how many of each
    kind ('Latest changes, recorded 7 December 2026: 1 row added, 60 corrected, ...')."""
    recorded = written_date(pd.Timestamp(day).date())
    if len(changes) == 1:
        return f"Latest change, recorded {recorded}: {changes[0]}"
    counts = Counter(kinds)
    counted = [
        f"{count_noun(counts[k], 'row')} {k}" if i == 0 else f"{counts[k]} {k}"
        for i, k in enumerate(k for k in CHANGE_KINDS if k in counts)
    ]
    return f"Latest changes, recorded {recorded}: {', '.join(counted)}"
