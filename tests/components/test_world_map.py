import pandas as pd

from components.charts.plotly_config import PLOTLY_CONFIG
from datetime import date

from components.charts.world_map import (animated_category_map, category_map_figure, with_count_markers,
                                         with_point_markers)

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
                               colours=COLOURS, labels=LABELS, hover={"date": "Signed on"}, points=POINTS)


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
    assert "%{text}" in signed.hovertemplate and "Signed on: %{customdata[0]}" in signed.hovertemplate
    assert list(signed.customdata[0]) == ["2021-03-09"]


def test_geo_is_drawn_from_local_topology():
    figure = build()
    assert figure.layout.geo.resolution == 110 and figure.layout.geo.projection.type == "natural earth"
    assert PLOTLY_CONFIG["topojsonURL"] == "app/static/topojson/"


HOSTS = pd.DataFrame({"lon": [100.5, 36.8], "lat": [15.0, -1.3], "count": [4, 1], "names": ["A<br>B<br>C<br>D", "E"]})


def test_count_markers_show_the_count_and_grow_by_area():
    figure = with_count_markers(build(), HOSTS, lon="lon", lat="lat", count="count", detail="names",
                                label="Institutions")
    layer = figure.data[-1]
    assert layer.name == "Institutions" and list(layer.text) == ["4", "1"]
    big, small = layer.marker.size
    assert big > small and abs(big / small - 2.0) > 0.01  # not linear in the count: area scales, not radius
    assert "%{customdata[0]}" in layer.hovertemplate and layer.customdata[0][0] == "A<br>B<br>C<br>D"


TIMELINE = pd.DataFrame({
    "as_of": [date(2021, 3, 31)] * 3 + [date(2024, 4, 30)] * 3,
    "iso3": ["RUS", "BHR", "TUR"] * 2, "name": ["Russia", "Bahrain", "Turkey"] * 2,
    "status": ["signed", "none", "none", "signed", "payload_only", "applied"],
})


def build_animated(counts=None):
    return animated_category_map(
        TIMELINE, frame="as_of", iso3="iso3", name="name", category="status", order=(*ORDER, "none"),
        colours={**COLOURS, "none": "#CCCCCC"}, labels=LABELS, points=POINTS, background=("none",), counts=counts,
        count_columns=dict(lon="lon", lat="lat", count="count", detail="names", label="Institutions"))


def test_animation_has_a_frame_per_date_with_codes_and_legend_counts():
    figure = build_animated()
    assert [f.name for f in figure.frames] == ["Mar 2021", "Apr 2024"]
    countries = figure.data[0]
    assert list(countries.locations) == ["BHR", "RUS", "TUR"]
    first, last = figure.frames
    # Codes follow `order`: signed 0, applied 1, payload 2, none 3.
    assert list(first.data[0].z) == [3, 0, 3] and list(last.data[0].z) == [2, 0, 1]
    assert [t.name for t in first.data[2:6]] == ["Signed (1)", "Applied (0)", "Payload (0)", "none (2)"]
    assert list(countries.z) == list(last.data[0].z)  # opens on the last date
    assert figure.layout.sliders[0].active == 1
    assert figure.layout.updatemenus[0].buttons[0].args[1]["fromcurrent"] is False


def test_animation_colours_small_states_per_frame_and_steps_the_count_layer():
    counts = pd.DataFrame({"as_of": [date(2024, 4, 30)], "lon": [50.5], "lat": [26.0], "count": [2],
                           "names": ["X<br>Y"]})
    figure = build_animated(counts)
    first, last = figure.frames
    assert list(figure.data[1].text) == ["Bahrain"]  # a small state that has a tie at some date
    assert list(first.data[1].marker.color) == ["#CCCCCC"] and list(last.data[1].marker.color) == ["#CC79A7"]
    assert len(first.data[-1].lon) == 0 and list(last.data[-1].text) == ["2"]


def test_point_markers_name_only_the_called_out_rows():
    powers = pd.DataFrame({"country": ["Iran", "China"], "lon": [53.0, 104.0], "lat": [32.0, 35.0],
                           "stands": ["Neither", "ILRS only"], "in_neither": [True, False]})
    layer = with_point_markers(build(), powers, lon="lon", lat="lat", name="country", detail="stands",
                               labelled="in_neither", label="Space powers").data[-1]
    assert list(layer.text) == ["Iran", ""] and layer.marker.symbol == "star"
    assert [list(row) for row in layer.customdata] == [["Iran", "Neither"], ["China", "ILRS only"]]
