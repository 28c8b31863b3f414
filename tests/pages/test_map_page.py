"""The map page's widgets and URL parameters, checked against the figure and the view model's table."""

import re
from datetime import date

import pytest

from components.navigation import MAP
from tests.conftest import data_checked_on
from tests.pages.conftest import figure_of, metrics, notices, open_page, summaries_of


def counts(app):
    return {label: int(value) for label, value in metrics(app).items()}


def shaded(app, legend_prefix):
    """Locations of the choropleth trace whose legend name starts with `legend_prefix`."""
    return {
        loc
        for t in figure_of(app)["data"]
        if t["type"] == "choropleth" and t["name"].startswith(legend_prefix)
        for loc in t["locations"]
    }


def test_china_is_drawn_as_the_lead_and_not_counted():
    app = open_page(MAP)
    assert shaded(app, "Program lead") == {"CHN"} and "CHN" not in shaded(app, "Signed")
    assert counts(app)["ILRS partner states"] == len(shaded(app, "Signed")) == 12
    assert "ETH" in shaded(app, "Announced")
    [summary] = summaries_of(app)
    assert re.match(
        r"As of \d+ \w+ \d{4}, 12 states had signed ILRS agreements \(China, the program's lead, is not "
        r"counted\)",
        summary,
    )


def test_bloc_parameter_narrows_counts_and_greys_the_rest():
    world, brics = open_page(MAP), open_page(MAP, {"bloc": "brics"})
    assert counts(brics)["ILRS partner states"] < counts(world)["ILRS partner states"]
    assert "VEN" in shaded(world, "Signed") and "VEN" in shaded(brics, "Outside the scope")
    assert {"RUS", "ZAF"} <= shaded(brics, "Signed") and "CHN" in shaded(brics, "Program lead")


def test_asof_parameter_shows_only_states_signed_by_then():
    app = open_page(MAP, {"asof": "2022-12-31"})
    assert shaded(app, "Signed") == {"RUS"} and shaded(app, "Program lead") == {"CHN"}
    assert counts(app)["ILRS partner states"] == 1


def test_view_parameter_and_the_old_lens_alias_both_open_the_overlap():
    for query in ({"view": "overlap"}, {"lens": "overlap"}):
        app = open_page(MAP, query)
        assert {"THA", "SEN"} <= shaded(app, "Both ILRS and Artemis"), query
        assert app.query_params.get("view") == "overlap" and "lens" not in app.query_params
    kept = open_page(MAP, {"lens": "ilrs"})  # the default, under its old name: rewritten, not lost
    assert kept.query_params.get("view") == "ilrs" and "lens" not in kept.query_params and not notices(kept)


def test_bad_parameters_are_ignored_with_a_notice_on_the_same_run():
    app = open_page(MAP, {"bloc": "mars", "asof": "yesterday", "view": "x", "play": "maybe", "country": "ZZZ"})
    shown = notices(app)
    for part in ("?bloc=mars", "?asof=yesterday", "?view=x", "?play=maybe", "?country=ZZZ"):
        assert part in shown, part
    assert counts(app)["ILRS partner states"] == counts(open_page(MAP))["ILRS partner states"]


def test_a_later_asof_than_the_check_is_allowed_with_a_notice():
    later = date.today()
    if later <= data_checked_on():
        pytest.skip("the data was checked today: no As of lies between the check and today")
    app = open_page(MAP, {"asof": later.isoformat()})
    assert any("not in the data" in i.value for i in app.info)


def test_country_parameter_opens_the_detail_panel():
    app = open_page(MAP, {"country": "EGY"})
    assert any(s.value == "Egypt" for s in app.subheader)


def test_changing_a_widget_updates_the_url():
    app = open_page(MAP)
    app.selectbox(key="map_bloc").set_value("au").run()
    assert app.query_params["bloc"] == "au"


def test_institutions_layer_starts_off_counts_hosts_and_its_switch_lives_in_the_url():
    def layer(app):
        return [t for t in figure_of(app)["data"] if t.get("name", "").startswith("Institutions")]

    app = open_page(MAP)
    assert not layer(app) and "institutions" not in app.query_params  # off until asked: circles cover names
    app.toggle(key="map_institutions").set_value(True).run()
    assert len(layer(app)) == 1 and app.query_params["institutions"] == "1"
    # Every signed institution with a known host country is counted once, in scope and on the date; the tile
    # adds those whose host country no source names, and says how many.
    unhosted = int(next(m.delta for m in app.metric if m.label == "Institutions").split()[0])
    assert sum(int(row[1]) for row in layer(app)[0]["customdata"]) + unhosted == counts(app)["Institutions"]
    assert len(layer(open_page(MAP, {"institutions": "1"}))) == 1
    assert not layer(open_page(MAP, {"institutions": "0"}))


def test_play_control_from_the_url_adds_a_frame_per_month_up_to_the_as_of_date():
    app = open_page(MAP, {"asof": "2023-06-30", "play": "1"})
    figure = figure_of(app)
    names = [f["name"] for f in figure["frames"]]
    assert names[0] == "31 March 2021" and names[-1] == "30 June 2023" and len(names) == 28
    assert figure["layout"]["updatemenus"][0]["buttons"][0]["label"].endswith("Play")
    # The opening frame is the As of date; the counts beside the map stay on that date too.
    signed = next(t for t in figure["frames"][-1]["data"] if t.get("name", "").startswith("Signed ("))
    assert signed["name"] == f"Signed ({counts(app)['ILRS partner states']})"
    first = next(t for t in figure["frames"][0]["data"] if t.get("name", "").startswith("Signed ("))
    assert first["name"] == "Signed (1)"  # Russia; China is the lead, with its own legend entry


def test_colouring_by_year_lives_in_the_url():
    app = open_page(MAP, {"colour": "year"})
    names = [t["name"] for t in figure_of(app)["data"] if t["type"] == "choropleth"]
    assert names[0].startswith("Program lead") and any(n.startswith("2023 (") for n in names)


def test_the_as_of_date_is_always_in_the_address_so_a_link_keeps_its_day():
    checked = str(data_checked_on())
    assert open_page(MAP).query_params["asof"] == checked  # the check date, written though it is the default
    pinned = open_page(MAP, {"asof": checked})
    assert pinned.query_params["asof"] == checked and "?asof" not in notices(pinned)
