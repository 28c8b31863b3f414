"""The map page's widgets and URL parameters, checked against the figure's content."""
from components.navigation import MAP
from tests.pages.conftest import figure_of, open_page


def metrics(app):
    return {m.label: int(m.value) for m in app.metric}


def shaded(app, legend_prefix):
    """Locations of the choropleth trace whose legend name starts with `legend_prefix`."""
    figure = figure_of(app)
    return {loc for t in figure["data"] if t["type"] == "choropleth" and t["name"].startswith(legend_prefix)
            for loc in t["locations"]}


def test_bloc_parameter_narrows_counts_and_greys_the_rest():
    world, brics = open_page(MAP), open_page(MAP, {"bloc": "brics"})
    assert metrics(brics)["ILRS partner states"] < metrics(world)["ILRS partner states"]
    assert "VEN" in shaded(world, "Signed") and "VEN" in shaded(brics, "Outside the lens")
    assert {"CHN", "RUS", "ZAF"} <= shaded(brics, "Signed")


def test_asof_parameter_shows_only_states_signed_by_then():
    app = open_page(MAP, {"asof": "2022-12-31"})
    assert shaded(app, "Signed") == {"CHN", "RUS"}
    assert metrics(app)["ILRS partner states"] == 2


def test_overlap_lens_shows_states_in_both():
    app = open_page(MAP, {"lens": "overlap"})
    assert {"THA", "SEN"} <= shaded(app, "Both ILRS and Artemis")


def test_bad_parameters_are_ignored_with_a_notice():
    app = open_page(MAP, {"bloc": "mars", "asof": "yesterday", "lens": "x"})
    notices = " ".join(w.value for w in app.warning)
    assert "?bloc=mars" in notices and "?asof=yesterday" in notices and "?lens=x" in notices
    assert metrics(app)["ILRS partner states"] == metrics(open_page(MAP))["ILRS partner states"]


def test_country_parameter_opens_the_detail_panel():
    app = open_page(MAP, {"country": "EGY"})
    assert any(s.value == "Egypt" for s in app.subheader)


def test_changing_a_widget_updates_the_url():
    app = open_page(MAP)
    app.selectbox(key="map_bloc").set_value("au").run()
    assert app.query_params["bloc"] == "au"


def test_institutions_layer_counts_hosts_and_can_be_switched_off():
    app = open_page(MAP)
    layer = [t for t in figure_of(app)["data"] if t.get("name", "").startswith("Institutions")]
    assert len(layer) == 1
    # Every signed institution with a known host country is counted once, in the lens and date.
    assert sum(int(n) for n in layer[0]["text"]) == metrics(app)["Institutions in the lens"]
    app.toggle(key="map_institutions").set_value(False).run()
    assert not [t for t in figure_of(app)["data"] if t.get("name", "").startswith("Institutions")]


def test_play_control_adds_a_frame_per_month_up_to_the_as_of_date():
    app = open_page(MAP, {"asof": "2023-06-30"})
    app.toggle(key="map_play").set_value(True).run()
    figure = figure_of(app)
    names = [f["name"] for f in figure["frames"]]
    assert names[0] == "Mar 2021" and names[-1] == "Jun 2023" and len(names) == 28
    assert figure["layout"]["updatemenus"][0]["buttons"][0]["label"].endswith("Play")
    # The opening frame is the As of date; the counts beside the map stay on that date too.
    signed = next(t for t in figure["frames"][-1]["data"] if t.get("name", "").startswith("Signed ("))
    assert signed["name"] == f"Signed ({metrics(app)['ILRS partner states']})"
    first = next(t for t in figure["frames"][0]["data"] if t.get("name", "").startswith("Signed ("))
    assert first["name"] == "Signed (2)"
