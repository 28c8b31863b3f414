"""What CLDR (through Babel) knows for each language: how numbers, shares and dates are written, and the names of
countries and languages. English keeps the house style it had before any translation (STYLE.md): '9 March 2021',
'5,000', '26.4%'."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from datetime import date
from functools import cache

from babel import Locale
from babel.core import get_global
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal, format_percent

from datalayer.vocab import ENGLISH
from datalayer.words.language import language

# CLDR's English long date is American ('March 9, 2021'); the house style is day, month, year.
LOCALES = {ENGLISH: "en_GB"}


def locale_code() -> str:
    """The CLDR locale the active language is written in."""
    return LOCALES.get(language(), language())


def number(value: float) -> str:
    """5000 -> '5,000', '5 000' (fr, ru), '5.000' (es); digits stay Latin in every language, Arabic included."""
    return format_decimal(value, locale=locale_code())


def decimal(value: float) -> str:
    """2.46 -> '2.5', '2,5' (fr, ru, es): one decimal, as a rate is written."""
    return format_decimal(value, "#,##0.0", locale=locale_code())


def share(value: float) -> str:
    """0.264 -> '26.4%', '26,4 %' (fr): one decimal, as the tiles show it."""
    return format_percent(value, "#,##0.0%", locale=locale_code())


def day(value: date) -> str:
    """'9 March 2021', '2021年3月9日', '9 марта 2021 г.'."""
    return format_date(value, "long", locale=locale_code())


def month(value: date) -> str:
    """'March 2021', '2021年3月', 'март 2021 г.'."""
    return format_skeleton("yMMMM", value, locale=locale_code())


@cache
def alpha2_of() -> dict[str, str]:
    """ISO 3166 alpha-3 -> alpha-2, from CLDR's territory aliases."""
    return {
        three: two[0]
        for three, two in get_global("territory_aliases").items()
        if len(three) == 3 and three.isalpha() and len(two) == 1 and len(two[0]) == 2
    }


def country_name(iso3: str, english: str) -> str:
    """A country's name in the active language (CLDR's), else `english`, the name our data gives it."""
    if language() == ENGLISH:
        return english
    two = alpha2_of().get(iso3)
    return Locale.parse(locale_code()).territories.get(two, english) if two else english


def country_names(names: Mapping[str, str]) -> dict[str, str]:
    """iso3 -> name, each in the active language, in the order of those names (a menu a reader scans by name)."""
    named = {iso3: country_name(iso3, name) for iso3, name in names.items()}
    return dict(sorted(named.items(), key=lambda item: unaccented(item[1])))


def unaccented(name: str) -> str:
    """'Égypte' -> 'egypte': accents set aside, as a reader looks a name up ('É' among the 'E's, not after 'Z')."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
