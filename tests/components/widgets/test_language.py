"""The reader's language on real pages (AppTest): read from the address, kept across pages, picked in the
sidebar, and a bad value ignored with a notice."""

from components.navigation import COMPARE, MAP, OVERVIEW
from datalayer.words import interface
from datalayer.words.language import speaking
from datalayer.words.translation import t
from tests.pages.conftest import open_page


def title_in(code: str, page) -> str:
    with speaking(code):
        return t(page.title)


def test_the_address_sets_the_language_of_the_page_and_its_picker():
    app = open_page(OVERVIEW, {"lang": "zh"})
    assert [e.value for e in app.title] == [title_in("zh", OVERVIEW)] != [title_in("en", OVERVIEW)]
    picker = app.sidebar.selectbox(key=OVERVIEW.widget("lang"))
    assert picker.value == "zh" and picker.label == "语言"
    with speaking("zh"):
        assert t(interface.DATA_WORDS_IN_ENGLISH) in [i.value for i in app.info]
    assert app.query_params["lang"] == "zh"  # kept in the link: it is not the browser's language


def test_a_language_outside_the_six_is_ignored_with_a_notice():
    app = open_page(MAP, {"lang": "de"})
    assert [e.value for e in app.title] == [title_in("en", MAP)]
    assert any("?lang=de" in w.value for w in app.warning) and "lang" not in app.query_params


def test_picking_a_language_rewrites_the_page_and_the_address_and_follows_the_reader_to_the_next_page():
    app = open_page(OVERVIEW)
    assert app.sidebar.selectbox(key=OVERVIEW.widget("lang")).value == "en" and "lang" not in app.query_params
    app.sidebar.selectbox(key=OVERVIEW.widget("lang")).set_value("ru").run()
    assert [e.value for e in app.title] == [title_in("ru", OVERVIEW)] and app.query_params["lang"] == "ru"
    app.query_params.clear()  # a sidebar link opens the next page without the address's parameters
    app.switch_page(COMPARE.file).run()
    assert [e.value for e in app.title] == [title_in("ru", COMPARE)]
    assert app.sidebar.selectbox(key=COMPARE.widget("lang")).value == "ru" and app.query_params["lang"] == "ru"


def test_english_is_the_page_as_it_always_was_and_a_link_that_says_so_keeps_saying_it():
    app = open_page(OVERVIEW, {"lang": "en"})
    assert [e.value for e in app.title] == [title_in("en", OVERVIEW)] and not app.info
    assert app.query_params["lang"] == "en"
