"""Words for numbers, shared by every generated sentence and label."""
from __future__ import annotations


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 state', '13 states'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def ordinal(n: int) -> str:
    """'1st', '62nd', '113th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
