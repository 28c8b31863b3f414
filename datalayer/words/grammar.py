"""Words for numbers, lists, names and titles, shared by every generated sentence and label."""

from __future__ import annotations

from babel.lists import format_list

from datalayer.domain.scope import Scope, region_in_sentence
from datalayer.words import cldr
from datalayer.words.translation import n, name_in_sentence, t

SHORT_TITLE = 34  # characters a title may take where room is short (a chart's label, a table's short column)


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 state', '13 states'."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def ordinal(number: int) -> str:
    """'1st', '62nd', '113th'; '62-й', '62e', '第62'."""
    if 10 <= number % 100 <= 20:
        return t("{number}th", number=number)
    return {
        1: t("{number}st", number=number),
        2: t("{number}nd", number=number),
        3: t("{number}rd", number=number),
    }.get(number % 10) or t("{number}th", number=number)


def listed(names: list[str], limit: int = 6) -> str:
    """'A, B and C'; past `limit`, 'A, B, … and 4 more'; in each language's own way of listing ('A、B和C',
    'A, B и C')."""
    names = [str(name) for name in names]
    if not names:
        return t("none")
    if len(names) > limit:
        more = len(names) - limit + 1
        names = [*names[: limit - 1], n("{count} more", "{count} more", more)]
    return format_list(names, locale=cldr.locale_code())


def clauses(parts: list[str]) -> str:
    """'A; B': clauses side by side, with the language's own semicolon."""
    # Translators: two clauses side by side, as in 'China included; the United States is not in BRICS'.
    return parts[0] if len(parts) == 1 else t("{first}; {second}", first=parts[0], second=clauses(parts[1:]))


def percent(share: float) -> str:
    """'26.4%': one decimal, as the tiles show it, so a sentence never rounds a tile's number another way."""
    return cldr.share(share)


def scope_name(scope: Scope) -> str:
    """The scope inside a sentence: 'BRICS in Africa', 'the African Union', 'the group 'Sahel'', 'the world'; in
    English `scope.name`, in another language each part as its catalog names it (a name that stands alone, so a
    message never inflects it)."""
    region = region_in_sentence(name_in_sentence(scope.region_label.strip())) if scope.region_label else ""
    if scope.group:
        grouped = (
            t("the group '{name}'", name=scope.group_name)
            if scope.group_name
            else n("the group of {count} state", "the group of {count} states", len(scope.group))
        )
        return t("{group} in {region}", group=grouped, region=region) if region else grouped
    if scope.bloc and region:
        return t("{bloc} in {region}", bloc=name_in_sentence(scope.bloc.name), region=region)
    return (name_in_sentence(scope.bloc.name) if scope.bloc else region) or t("the world")


def within_scope(scope: Scope) -> str:
    """'' for the world, ' within BRICS' otherwise: the scope inside a sentence."""
    # Translators: where a sentence says which scope it counts in. Keep the leading space only if your language
    # separates words by spaces; {scope} is a name as it stands alone ('BRICS', 'the African Union').
    return "" if scope.is_world else t(" within {scope}", scope=scope_name(scope))


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
