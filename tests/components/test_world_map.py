import pandas as pd

from components.charts.plotly_config import PLOTLY_CONFIG
from components.charts.world_map import category_map_figure

TABLE = pd.DataFrame({
    "iso3": ["RUS", "BHR", "TUR"], "name": ["Russia", "Bahrain", "Turkey"],
    "status": ["signed", "payload_only", "applied"], "date": ["2021-03-09", "2024-04-24", "2024-04-08"],
})
POINTS = pd.DataFrame({"iso3": ["BHR"], "lon": [50.55], "lat": [25.98]})
ORDER = ("signed", "applied", "payload_only")
COLOURS = {"signed": "#0072B2", "applied": "#E69F00", "payload_only": "#CC79A7"}
LABELS = {"signed": "Signed", "applied": "Applied", "payload_only": "Payload"}


def build():
    return category_map_figure(TABLE, iso3="iso3", name="name", category="status", order=ORDER,
                               colours=COLOURS, labels=LABELS, hover=["date"], points=POINTS)


def test_one_choropleth_per_category_named_with_its_count():
    choropleths = [t for t in build().data if t.type == "choropleth"]
    assert [t.name for t in choropleths] == ["Signed (1)", "Applied (1)", "Payload (1)"]
    assert [list(t.locations) for t in choropleths] == [["RUS"], ["TUR"], ["BHR"]]
    assert choropleths[0].colorscale[0][1] == "#0072B2" and choropleths[0].locationmode == "ISO-3"


def test_small_states_get_a_marker_in_their_category_colour():
    markers = [t for t in build().data if t.type == "scattergeo" and len(t.lon)]
    assert len(markers) == 1
    assert list(markers[0].text) == ["Bahrain"] and markers[0].marker.color == "#CC79A7"
    assert markers[0].legendgroup == "payload_only" and markers[0].showlegend is False


def test_hover_shows_name_and_requested_columns():
    signed = build().data[0]
    assert "%{text}" in signed.hovertemplate and "Date: %{customdata[0]}" in signed.hovertemplate
    assert list(signed.customdata[0]) == ["2021-03-09"]


def test_geo_is_drawn_from_local_topology():
    figure = build()
    assert figure.layout.geo.resolution == 110 and figure.layout.geo.projection.type == "natural earth"
    assert PLOTLY_CONFIG["topojsonURL"] == "app/static/topojson/"
