"""Each language's catalog is complete and in step with the code: a message added, changed or removed in the code
fails here until `python -m datalayer.words.catalog` has run and a translator has filled every language."""

import re
from functools import cache

import pytest
from babel.messages.catalog import Catalog

from datalayer.vocab import ENGLISH, UN_LANGUAGES
from datalayer.words.catalog import language_catalog, template

TRANSLATED = [code for code in UN_LANGUAGES if code != ENGLISH]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@cache
def source() -> Catalog:
    return template()


def messages(catalog: Catalog) -> dict:
    return {m.id: m for m in catalog if m.id}


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_catalog_holds_exactly_the_messages_the_code_marks(code):
    assert set(messages(language_catalog(code))) == set(messages(source()))


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_in_full(code):
    catalog = language_catalog(code)
    missing = [
        m.id
        for m in messages(catalog).values()
        if m.fuzzy
        or not (m.string if isinstance(m.string, str) else all(m.string))
        or (m.pluralizable and len(m.string) != catalog.num_plurals)
    ]
    assert missing == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_translation_keeps_its_message_placeholders(code):
    wrong = []
    for message in messages(language_catalog(code)).values():
        wanted = set(PLACEHOLDER.findall(message.id[-1] if message.pluralizable else message.id))
        for text in message.string if message.pluralizable else [message.string]:
            # A plural form may spell its number out ('صف واحد': one row) and leave {count} out; nothing else may go.
            found = set(PLACEHOLDER.findall(text))
            if not found <= wanted or not wanted - found <= {"count"}:
                wrong.append((message.id, text))
    assert wrong == []


def test_the_template_finds_marked_constants_calls_and_the_vocabulary():
    found = messages(source())
    assert "Language" in found  # N_ in words/interface.py
    assert "Data checked to {day}." in found  # t() in a function
    assert ("Download CSV ({count} row)", "Download CSV ({count} rows)") in found  # n()
    assert "BRICS members" in found  # a bloc's label, from the vocabulary
