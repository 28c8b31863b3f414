import re

from components.navigation import GROWTH
from datalayer.words.dates import written_date
from tests.conftest import data_checked_on
from tests.pages.conftest import figure_of, metrics, notices, open_page, summaries_of, texts

OUR_COUNT = f"Our count, {written_date(data_checked_on())}"


def test_default_panel_draws_target_official_claims_and_our_count():
    app = open_page(GROWTH)
    spec = figure_of(app, 1)
    names = [t.get("name", "") for t in spec["data"]]
    assert any(n.startswith("Our count") for n in names)
    claim_values = {y for t in spec["data"] if t.get("name", "").startswith("Official claim") for y in t["y"]}
    assert 17 in claim_values and 30 not in claim_values  # the Global Times' own sum is not an official claim
    assert [s["y0"] for s in spec["layout"]["shapes"] if s.get("y0") == s.get("y1")] == [50]
    targets, panel = summaries_of(app)
    assert f"our count stands at {metrics(app)[OUR_COUNT]} signed partner countries" in panel
    assert targets.startswith(
        f"As of {written_date(data_checked_on())}, our count stands at {metrics(app)[OUR_COUNT]} of 50 countries"
    )


def test_rule_switch_changes_our_count():
    states = metrics(open_page(GROWTH))[OUR_COUNT]
    with_orgs = metrics(open_page(GROWTH, {"rule": "states_orgs"}))[OUR_COUNT]
    assert int(with_orgs) > int(states)


def test_researchers_panel_says_no_count_exists():
    app = open_page(GROWTH, {"metric": "researchers"})
    assert any("No public count" in i.value for i in app.info)
    assert not [t for t in figure_of(app, 1)["data"] if t.get("name", "").startswith("Our count")]


def test_overlay_switch_lives_in_the_url():
    app = open_page(GROWTH, {"overlay": "1"})
    assert any(t.get("name", "").startswith("Artemis Accords") for t in figure_of(app, 1)["data"])


def test_bad_parameters_get_a_notice():
    shown = notices(open_page(GROWTH, {"metric": "planets", "target_year": "1999", "overlay": "x"}))
    assert "?metric=planets" in shown and "?target_year=1999" in shown and "?overlay=x" in shown


def test_latest_official_figure_is_compared_with_our_count():
    assert any(t.startswith("Latest official figure:") and "a gap of" in t for t in texts(open_page(GROWTH)))


def test_all_three_targets_are_shown_first_researchers_as_no_count_published():
    band, bars = figure_of(open_page(GROWTH), 0)["data"][:2]
    assert bars["type"] == "bar" and len(bars["y"]) == 3
    researchers = next(i for i, name in enumerate(bars["y"]) if "researchers" in name)
    assert bars["y"][researchers].endswith("no count published")
    assert bars["x"][researchers] is None and band["x"][researchers] is None  # no bar, never a zero


def test_a_link_that_gives_the_default_keeps_it_and_a_changed_widget_writes_its_value():
    app = open_page(GROWTH, {"target_year": "2035"})  # the basic station's year: the default
    assert app.query_params["target_year"] == "2035" and "?target_year" not in notices(app)
    assert "target_year" not in open_page(GROWTH).query_params  # a default nobody asked for stays out
    app.selectbox(key="growth_target_year").set_value(2030).run()
    assert app.query_params["target_year"] == "2030"


def test_a_what_if_link_opens_the_scenario_names_what_it_left_out_and_keeps_what_it_drew():
    app = open_page(GROWTH, {"what_if": "announced,CHN,SRB,XXX"})
    assert not app.exception and len(app.get("plotly_chart")) == 3
    said = notices(app)
    assert "Left out CHN: China leads the ILRS" in said and "Left out SRB: it has already signed" in said
    assert "Left out 'XXX': not a preset" in said
    assert app.query_params["what_if"] == "announced"  # what was left out is gone from the address
    assert app.multiselect(key="growth_what_if").value == ["announced"]
    assert any(re.match(r"If the \d+ announced states joined today", t) for t in texts(app))


def test_picking_states_writes_them_to_the_address_and_draws_the_scenario():
    app = open_page(GROWTH, {"what_if": "ETH"})
    app.multiselect(key="growth_what_if").set_value(["ETH", "BOL"]).run()
    assert app.query_params["what_if"] == "ETH,BOL"
    assert any(t.startswith("If Ethiopia and Bolivia") for t in texts(app))
    spec = figure_of(app, 2)
    [scenario] = [t for t in spec["data"] if t.get("name", "").startswith("Scenario: ")]
    assert scenario["type"] == "bar" and scenario["x"] == [2] and scenario["marker"]["pattern"]["shape"] == "/"


def test_a_cited_growth_link_keeps_its_as_of_and_shows_the_count_of_that_day():
    app = open_page(GROWTH, {"asof": "2023-12-31"})
    assert app.query_params["asof"] == "2023-12-31"
    assert metrics(app)["Our count, 31 December 2023"] == "7"  # Russia and the six states of 2023
    assert open_page(GROWTH).query_params["asof"] == str(data_checked_on())  # the day is always in the address
