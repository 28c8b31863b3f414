"""Partial dates: curated facts are often known only to the month or year."""
from __future__ import annotations

import re
from datetime import date

import pandas as pd

PARTIAL_DATE_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_FORMAT_RULE = "a date written YYYY-MM-DD, or YYYY-MM / YYYY when only that is known"


def partial_date_start(text: str) -> date | None:
    """First day a partial date can mean ('2023-04' -> 2023-04-01); None when it is not a real date.

    Counting a month-precision signing from the month's first day keeps every series on one rule.
    """
    match = PARTIAL_DATE_PATTERN.match(text or "")
    if not match:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_timestamps(texts: pd.Series) -> pd.Series:
    """Start-of-period timestamps for a column of partial dates; blanks become NaT."""
    return pd.to_datetime(texts.map(partial_date_start), errors="coerce")


def month_ends(first: date, last: date) -> list[date]:
    """The last day of each month from `first`'s month on, ending with `last` itself (a slider's stops)."""
    ends = [d.date() for d in pd.date_range(pd.Timestamp(first), pd.Timestamp(last), freq="ME")]
    return [d for d in ends if d < last] + [last]


def with_stop(stops: list[date], day: date) -> list[date]:
    """`stops` with `day` added in order (a shared link may name a day that is not a month end)."""
    return sorted(set(stops) | {day})


def dated_rows(table: pd.DataFrame, as_of: date, column: str = "date_start") -> pd.DataFrame:
    """Rows whose date (the start of a partial date) is on or before `as_of`: the table as it stood then."""
    return table[table[column] <= pd.Timestamp(as_of)]
