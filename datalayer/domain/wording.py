"""Words for numbers and dates, shared by every generated sentence and label."""

from __future__ import annotations

from datalayer.loading.dates import partial_date_start


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 state', '13 states'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def ordinal(n: int) -> str:
    """'1st', '62nd', '113th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spelled_date(text: str) -> str:
    """'2021-03-09' -> '9 March 2021'; a month or a year stays as precise as it was written."""
    day = partial_date_start(text)
    if day is None:
        return text
    precision = len(text.split("-"))
    return f"{day.day} {day:%B %Y}" if precision == 3 else (f"{day:%B %Y}" if precision == 2 else str(day.year))


def listed(names: list[str], limit: int = 6) -> str:
    """'A, B and C'; past `limit`, 'A, B, … and 4 more'."""
    names = [str(n) for n in names]
    if len(names) > limit:
        names = [*names[: limit - 1], f"{len(names) - limit + 1} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else "none"
