"""The checked rules of STYLE.md, as functions over one generated line: each returns what breaks the rule, or
None. The style test runs every rule over every line of the golden transcripts."""

from __future__ import annotations

import re
from collections.abc import Callable

from datalayer import vocab

ISO_DATE = re.compile(r"(?<![\w/.-])\d{4}-\d{2}(?:-\d{2})?(?![\w/.-])")
N_OF_M = re.compile(r"\b(\d[\d,]*) of (?:its target of |the )?(\d[\d,]*)\b")
PREPOSITION = r"\b(?:in|within|of|to|from|for|by|into)"
# Nouns a count is written with: a count of one takes the singular, any other the plural.
NOUNS = {
    "state": "states",
    "signatory": "signatories",
    "member": "members",
    "country": "countries",
    "milestone": "milestones",
    "institution": "institutions",
    "organization": "organizations",
    "month": "months",
    "row": "rows",
    "partner state": "partner states",
    "member state": "member states",
    "year": "years",
    "tie": "ties",
    "name": "names",
    "international organization": "international organizations",
    "official total": "official totals",
    "list": "lists",
}


def iso_date_in_prose(line: str) -> str | None:
    found = ISO_DATE.search(line)
    return f"ISO date {found[0]!r} in prose" if found else None


def nested_brackets(line: str) -> str | None:
    depth = 0
    for char in line:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth > 1:
            return "brackets inside brackets"
    return None


def bloc_without_article(line: str) -> str | None:
    for bloc in vocab.BLOCS:
        bare = bloc.name.removeprefix("the ")
        if bloc.name.startswith("the ") and re.search(rf"{PREPOSITION} {re.escape(bare)}\b", line):
            return f"'{bare}' without its article"
        if bloc.label != bloc.name.removeprefix("the ") and re.search(
            rf"{PREPOSITION} {re.escape(bloc.label)}\b", line
        ):
            return f"the menu label '{bloc.label}' inside a sentence"
    return None


def more_than_all(line: str) -> str | None:
    for part, whole in N_OF_M.findall(line):
        if int(part.replace(",", "")) > int(whole.replace(",", "")):
            return f"'{part} of {whole}': more than all"
    return None


def number_disagrees(line: str) -> str | None:
    for singular, plural in NOUNS.items():
        if re.search(rf"(?<![\d.,]){re.escape('1')} {re.escape(plural)}\b", line):
            return f"'1 {plural}'"
        # '3 member states': the singular word is an adjective before its noun, not the counted noun
        wrong = re.search(rf"(?<![\d.,])(\d*[02-9]|\d{{2,}}) {re.escape(singular)}\b(?![-'])(?! [a-z]+s\b)", line)
        if wrong and not re.search(rf"{re.escape(wrong[0])} (?:of|and)\b", line):
            return f"'{wrong[0]}'"
    return None


def doubled_words(line: str) -> str | None:
    found = re.search(r"\b(\w+(?: \w+)?) \1\b", line)
    return f"doubled words {found[0]!r}" if found and not found[1].isdigit() else None


RULES: tuple[Callable[[str], str | None], ...] = (
    iso_date_in_prose,
    nested_brackets,
    bloc_without_article,
    more_than_all,
    number_disagrees,
    doubled_words,
)


def breaches(line: str) -> list[str]:
    """What the line breaks, by rule; empty when it keeps every checked rule."""
    return [said for rule in RULES if (said := rule(line))]
