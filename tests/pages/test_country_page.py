"""The country profile page: the picker in the URL, a notice for a bad code, the profile's parts."""

from components.navigation import COUNTRY, MAP
from tests.pages.conftest import notices, open_page, texts


def test_a_link_opens_the_profile_of_its_country():
    app = open_page(COUNTRY, {"iso3": "SEN"})
    assert not app.exception and app.header[0].value == "Senegal"
    assert any(t.endswith(": it is in both coalitions.") for t in texts(app))
    assert app.query_params["iso3"] == "SEN"
    # Every part is an exhibit, drawn in reading order, each with its own stable key.
    assert [c.key for c in app.get("plotly_chart")] == [
        "country_standing_chart",
        "country_order_chart",
        "country_reasons_chart",
        "country_timeline_chart",
        "country_blocs_chart",
        "country_named_by_chart",
    ]
    # The country's name heads its profile; each exhibit's headline follows at the same level.
    assert [h.value.replace("\\", "") for h in app.header][:3] == [
        "Senegal",
        "Senegal is in both coalitions",
        "Senegal: 12th of the ILRS's 12 partner states, 56th of the Artemis Accords' 67 signatories",
    ]
    assert any(b.label == "Senegal briefing pack (PowerPoint)" for b in app.get("download_button"))


def test_a_state_with_no_quote_on_record_says_so():
    app = open_page(COUNTRY, {"iso3": "EGY"})
    assert not app.exception and "For the ILRS, no stated reason found." in texts(app)


def test_a_bad_code_shows_the_picker_and_a_notice_naming_it():
    app = open_page(COUNTRY, {"iso3": "XXX"})
    assert not app.exception and "Ignored ?iso3=XXX" in notices(app) and not app.header
    assert app.selectbox(key="country_iso3").value == ""


def test_a_code_in_any_case_opens_its_profile_and_the_address_keeps_the_code():
    app = open_page(COUNTRY, {"iso3": "usa"})
    assert not app.exception and not notices(app) and app.header[0].value == "United States of America"
    assert app.query_params["iso3"] == "USA"
    assert "The United States has no ILRS tie in our data and signed the Artemis Accords on 13 October 2020." in texts(
        app
    )


def test_picking_a_country_writes_it_to_the_address():
    app = open_page(COUNTRY)
    app.selectbox(key="country_iso3").set_value("BTN").run()
    assert app.query_params["iso3"] == "BTN"
    assert "Bhutan has no tie to either program in our data." in texts(app)


def test_the_maps_detail_box_links_to_the_profile():
    app = open_page(MAP, {"country": "EGY"})
    assert any(b.proto.url == "/country?iso3=EGY" for b in app.get("link_button"))
