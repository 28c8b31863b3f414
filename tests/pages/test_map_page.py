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
