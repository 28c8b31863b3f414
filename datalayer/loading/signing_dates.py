"""The day a signing counts from: the one place the partial-date rule for signings is applied (data/README.md).

A signing known only to the month or year could have happened on any day of its period. Counted from the first
day, a running count passes the places in the order that sources state (a signatory known as "2026" would count
from 1 January, ahead of those who signed in January). So a signing counts from the latest day it can have
happened, and the earliest is kept beside it for charts that draw the uncertainty:

- latest: the end of its period, or earlier where something bounds it: a source or announcement dated to the day
  that reports it, the exact day of the next signatory whose stated place follows its own, and the day its file was
  last checked (the row was found by then);
- earliest: the start of its period, or later where the signatory just before it in the stated order signed later.

In the signing files, `date_start` is the day a row counts from (the latest day) and `date_earliest` the earliest.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer.loading.dates import PARTIAL_DATE_PATTERN, partial_date_start


def period_end(text: str) -> date | None:
    """The last day a partial date can mean ('2026-04' -> 30 April 2026, '2026' -> 31 December 2026)."""
    start = partial_date_start(text)
    match = PARTIAL_DATE_PATTERN.match(text or "")
    if start is None or match is None:
        return None
    if match[3]:
        return start
    if match[2]:
        return (pd.Timestamp(start) + pd.offsets.MonthEnd(0)).date()
    return date(start.year, 12, 31)


def _exact(text: str) -> date | None:
    """A date written to the day, else None: only a day can bound a signing."""
    return partial_date_start(text) if len(text or "") == 10 else None


def signing_days(frame: pd.DataFrame, checked_on: date) -> pd.DataFrame:
    """`frame` with `date_start` (the day each row counts from) and `date_earliest`, both timestamps."""
    orders = frame["order"] if "order" in frame else pd.Series("", index=frame.index)
    exact = {int(o): day for o, d in zip(orders, frame["date"], strict=True) if str(o).isdigit() and (day := _exact(d))}
    latest: list[date | None] = []
    earliest: list[date | None] = []
    for (_, row), order in zip(frame.iterrows(), orders, strict=True):
        start, end = partial_date_start(str(row["date"])), period_end(str(row["date"]))
        if start is None or end is None:
            latest.append(None)
            earliest.append(None)
            continue
        reported = (_exact(str(row.get("source_date", ""))), _exact(str(row.get("announced_date", ""))))
        bounds = [end, checked_on, *(d for d in reported if d)]
        first = start
        if str(order).isdigit():
            place = int(order)
            after = [day for o, day in exact.items() if o > place]
            before = [day for o, day in exact.items() if o < place]
            bounds += [min(after)] if after else []
            first = max([start, *([max(before)] if before else [])])
        day = max(min(bounds), start)  # a bound before the period's start is a conflict in the data: keep the period
        latest.append(day)
        earliest.append(min(first, day))
    return frame.assign(
        date_start=pd.to_datetime(pd.Series(latest, index=frame.index, dtype=object)),
        date_earliest=pd.to_datetime(pd.Series(earliest, index=frame.index, dtype=object)),
    )
