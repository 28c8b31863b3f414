"""Presenter mode on every page, in AppTest: one exhibit per screen, the slide number in the URL."""

import pytest

from components.navigation import COMPARE, GROWTH, MAP, OVERVIEW, SOURCES
from tests.pages.conftest import notices, open_page, texts

PRESENTABLE = (OVERVIEW, MAP, GROWTH, COMPARE)


@pytest.mark.parametrize("entry", PRESENTABLE, ids=lambda p: p.url_path or "overview")
def test_presenting_shows_one_exhibit_with_its_summary_and_number(entry):
    app = open_page(entry, {"present": "1"})
    assert not app.exception
    assert len(app.get("plotly_chart")) == 1
    assert any(t.startswith("1 / ") for t in texts(app))
    assert app.title[0].value != "Data & sources" and not app.get("download_button")


def test_slide_parameter_opens_the_fourth_chart_and_next_moves_on():
    app = open_page(COMPARE, {"present": "1", "slide": "4"})
    assert app.title[0].value.startswith("No new ILRS member state since") and "4 / 9" in texts(app)
    assert any(t.startswith("New member states per year · ") for t in texts(app))  # what the chart is, under it
    app.button(key="compare_present_next").click().run()
    assert app.query_params["slide"] == "5" and app.title[0].value.startswith("2 states are in both coalitions")


def test_present_button_starts_at_slide_one_and_leaving_restores_the_page():
    app = open_page(GROWTH)
    app.button(key="growth_present").click().run()
    assert app.query_params["present"] == "1" and app.query_params["slide"] == "1"
    assert app.title[0].value.startswith("The ILRS has reached ")
    app.button(key="growth_present_exit").click().run()
    assert "present" not in app.query_params and app.title[0].value == "Growth vs targets"


def test_a_bad_slide_number_is_ignored_with_a_notice():
    app = open_page(MAP, {"present": "1", "slide": "99"})
    assert "?slide=99" in notices(app) and "1 / 2" in texts(app)  # the map, then its equal tiles


def test_a_page_without_charts_says_so():
    app = open_page(SOURCES, {"present": "1"})
    assert app.title[0].value == "Nothing to present" and not app.exception


def test_an_unknown_parameter_is_named_and_dropped_while_the_pages_own_are_kept():
    app = open_page(MAP, {"present": "1", "zzz": "<b>x</b>", "country": "EGY"})
    assert "?zzz" in notices(app) and "zzz" not in app.query_params
    assert app.query_params["country"] == "EGY"  # read by a widget presenter mode skips: kept for leaving it
