from datetime import date

import pytest

from datalayer.vocab import UN_LANGUAGES
from datalayer.words.cldr import alpha2_of, country_name, country_names, day, month, number, share
from datalayer.words.language import speaking

SENEGAL = {"en": "Senegal", "zh": "塞内加尔", "ru": "Сенегал", "fr": "Sénégal", "es": "Senegal", "ar": "السنغال"}


@pytest.mark.parametrize("code", UN_LANGUAGES)
def test_a_country_is_named_as_cldr_names_it_in_each_language(code):
    with speaking(code):
        assert country_name("SEN", "Senegal") == SENEGAL[code]


def test_a_code_cldr_does_not_know_keeps_our_name():
    with speaking("ru"):
        assert country_name("XKX", "Kosovo") == "Kosovo"


def test_alpha2_comes_from_cldr_aliases():
    assert alpha2_of()["SEN"] == "SN" and alpha2_of()["MMR"] == "MM" and len(alpha2_of()) > 240


def test_english_keeps_the_house_style():
    assert (number(5000), share(0.264), day(date(2021, 3, 9)), month(date(2021, 3, 1))) == (
        "5,000",
        "26.4%",
        "9 March 2021",
        "March 2021",
    )


def test_each_language_writes_numbers_and_dates_its_own_way():
    with speaking("fr"):
        assert number(5000).replace("\u202f", " ").replace("\xa0", " ") == "5 000"
        assert share(0.264).startswith("26,4")
    with speaking("es"):
        assert number(5000) == "5.000"
    with speaking("zh"):
        assert day(date(2026, 12, 6)) == "2026年12月6日"
    with speaking("ru"):
        assert day(date(2026, 12, 6)) == "6 декабря 2026\u202fг."  # CLDR keeps г. to its year
    with speaking("ar"):  # Latin digits in every language: a number reads the same in a quote or a table
        assert number(5000) == "5,000" and "2026" in day(date(2026, 12, 6))


def test_a_menu_of_countries_is_named_and_ordered_in_the_reader_language():
    with speaking("fr"):
        named = country_names({"DEU": "Germany", "EGY": "Egypt", "SEN": "Senegal"})
    assert list(named.items()) == [("DEU", "Allemagne"), ("EGY", "Égypte"), ("SEN", "Sénégal")]
    assert list(country_names({"SEN": "Senegal", "EGY": "Egypt"})) == ["EGY", "SEN"]
