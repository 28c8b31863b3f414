"""Words for numbers, lists, names and titles, shared by every generated sentence and label."""

from __future__ import annotations

from datalayer.domain.scope import Scope

SHORT_TITLE = 34  # characters a title may take where room is short (a chart's label, a table's short column)


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 state', '13 states'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def ordinal(n: int) -> str:
    """'1st', '62nd', '113th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def listed(names: list[str], limit: int = 6) -> str:
    """'A, B and C'; past `limit`, 'A, B, … and 4 more'."""
    names = [str(n) for n in names]
    if len(names) > limit:
        names = [*names[: limit - 1], f"{len(names) - limit + 1} more"]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else "none"


def percent(share: float) -> str:
    """'26.4%': one decimal, as the tiles show it, so a sentence never rounds a tile's number another way."""
    return f"{share:.1%}"


def within_scope(scope: Scope) -> str:
    """'' for the world, ' within BRICS' otherwise: the scope inside a sentence."""
    return "" if scope.is_world else f" within {scope.name}"


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def possessive(name: str) -> str:
    """'Senegal's', 'the United States''."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def short_title(title: str) -> str:
    """The one way a title is cut where room is short: up to its first colon, bracket or comma, then to
    SHORT_TITLE characters with an ellipsis."""
    head = title.split(" (")[0].split(": ")[0].split(", ")[0]
    return head if len(head) <= SHORT_TITLE else head[: SHORT_TITLE - 1].rstrip() + "…"
