"""The one way a date is written: '9 March 2021', 'March 2021' or '2021', as precise as the source, in the active
language (CLDR's long forms: '2021年3月9日', '9 марта 2021 г.')."""

from __future__ import annotations

from datetime import date

from datalayer.loading.dates import partial_date_start
from datalayer.words.cldr import day, month


def written_date(value: date | str) -> str:
    """A day ('2021-03-09' or a date) -> '9 March 2021'; a month ('2021-03') -> 'March 2021'; a year stays a
    year; text that is not a date is returned as it is."""
    if isinstance(value, date):
        return day(value)
    start = partial_date_start(value)
    if start is None:
        return value
    precision = len(value.split("-"))
    return day(start) if precision == 3 else (month(start) if precision == 2 else str(start.year))


# The same style for a chart's hover, in Plotly's (d3's) date format: '9 March 2021'.
DAY_IN_HOVER = "%-d %B %Y"
