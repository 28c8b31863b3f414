"""Partial dates as the files write them: facts are often known only to the month or year. Parsing belongs to
loading (every file is read as text, then typed); the rules over dates live in domain/dates.py."""

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
