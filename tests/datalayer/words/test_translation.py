from datetime import date

import pytest

from datalayer.vocab import ENGLISH, UN_LANGUAGES
from datalayer.words import interface
from datalayer.words.language import speaking
from datalayer.words.translation import WRITTEN_FROM_DATA, data_language, t


def test_a_message_is_english_where_no_language_is_set():
    assert t(interface.LANGUAGE) == "Language"
    assert t("As of {day}", day="6 December 2026") == "As of 6 December 2026"


def test_a_message_is_translated_with_its_placeholders_filled():
    with speaking("fr"):
        assert t(interface.LANGUAGE) == "Langue"
        assert t("As of {day}", day="6 décembre 2026") == "Au 6 décembre 2026"
    with speaking("zh"):
        assert t(interface.OVERVIEW_TITLE) == "国际月球科研站：谁已加入"


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 строка"), (3, "3 строки"), (5, "5 строк"), (11, "11 строк"), (21, "21 строка"), (22, "22 строки")],
)
def test_russian_takes_the_plural_form_its_rules_pick(count, expected):
    with speaking("ru"):
        assert interface.download_csv(count) == f"Скачать CSV ({expected})"


def test_arabic_has_six_plural_forms():
    with speaking("ar"):
        written = [interface.download_csv(count) for count in (0, 1, 2, 3, 11, 100)]
    assert len(set(written)) == 6


def test_a_count_is_written_as_the_language_writes_numbers():
    with speaking("es"):
        assert interface.download_csv(1500) == "Descargar CSV (1.500 filas)"


@pytest.mark.parametrize("code", UN_LANGUAGES)
def test_words_from_the_data_are_in_english_until_their_catalog_holds_them(code):
    with speaking(code):
        assert data_language() == (code if code in WRITTEN_FROM_DATA else ENGLISH)


def test_a_russian_date_ends_its_sentence_once():
    with speaking("ru"):  # CLDR writes '7 декабря 2026 г.': its own full stop ends the line
        assert not interface.data_checked(date(2026, 12, 7)).endswith("..")
