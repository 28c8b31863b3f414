"""Rules over dates: month ends for sliders, and the rows that stood on a given day."""

from __future__ import annotations

from datetime import date

import pandas as pd


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
