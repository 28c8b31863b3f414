"""Messages in the reader's language: a gettext catalog per UN language, the .po files under `locales/`, read by
Babel.

Every message is written whole in English with named placeholders (`t("{name} joined on {day}", ...)`); plural
forms are the catalog's (`n(...)`: Russian has three, Arabic six), so a translator never glues fragments. A message
kept in a constant is marked `N_` and translated where it is shown (`t(CONSTANT)`). `python -m
datalayer.words.catalog` collects every marked message into the template and each language's file.
"""

from __future__ import annotations

from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from datalayer.vocab import ENGLISH
from datalayer.words.cldr import number
from datalayer.words.language import language

LOCALES = Path(__file__).parent / "locales"
DOMAIN = "messages"
# The languages whose catalogs hold the words written from the data (headlines, findings, chart text, tables'
# words). In the others, the interface is translated and those words are written in English, with a notice: a
# sentence half translated, or an English sentence with a French date in it, is worse than an English one.
WRITTEN_FROM_DATA = (ENGLISH,)


def catalog_path(code: str) -> Path:
    return LOCALES / code / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(code: str) -> NullTranslations:
    """The language's catalog, read once per process (English needs none: its messages are the source)."""
    if code == ENGLISH:
        return NullTranslations()
    with open(catalog_path(code), "rb") as po:
        catalog = read_po(po, locale=code, domain=DOMAIN)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def data_language() -> str:
    """The language the words written from the data are in: the reader's where its catalog holds them, else
    English."""
    return language() if language() in WRITTEN_FROM_DATA else ENGLISH


def N_(message: str) -> str:  # noqa: N802 (gettext's own name for a message marked but not yet translated)
    """Marks a message kept in a constant, for the catalog; `t()` translates it where it is shown."""
    return message


# The context of a name as it stands inside a sentence ('l'Afrique', 'l'ASEAN'), apart from the same name in a menu
# ('Afrique', 'ASEAN'): one English word, two forms in some languages.
IN_A_SENTENCE = "in a sentence"


def name_in_sentence(name: str) -> str:
    """A bloc's or a region's name as a sentence of the active language holds it."""
    return str(translations(language()).pgettext(IN_A_SENTENCE, name))


def t(message: str, **values: object) -> str:
    """`message` in the active language, its {placeholders} filled."""
    text = translations(language()).gettext(message)
    return text.format(**values) if values else text


def n(singular: str, plural: str, count: int, **values: object) -> str:
    """The plural form the active language's rules pick for `count`, with `{count}` written as that language
    writes numbers and the other {placeholders} filled."""
    return translations(language()).ngettext(singular, plural, count).format(count=number(count), **values)
