from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.viewmodels.charts import CategoryMap, MapOverTime
from figures.theme import NO_TIE, STATUS_COLOURS
from figures.world_map import animated_category_map, category_map_figure

TABLE = pd.DataFrame(
    {
        "iso3": ["RUS", "BHR", "TUR", "THA"],
        "name": ["Russia", "Bahrain", "Turkey", "Thailand"],
        "status": ["signed", "payload_only", "applied", "signed"],
        "date": ["2021-03-09", "2024-04-24", "2024-04-08", "2024-04-05"],
        "lon": [90.0, 50.55, 35.0, 100.5],
        "lat": [60.0, 25.98, 39.0, 15.0],
        "small": [False, True, False, False],
        "hosted": [0, 0, 0, 4],
        "hosted_names": ["", "", "", "A; B; C; D"],
        "power": [True, False, False, False],
        "named": [True, False, False, False],
        "stands": ["ILRS only", "", "", ""],
    }
)
ORDER = ("signed", "applied", "payload_only")
LABELS = {"signed": "Signed", "applied": "Applied", "payload_only": "Payload"}


def build(table=None, **layers):
    return category_map_figure(
        TABLE if table is None else table,
        CategoryMap(
            iso3="iso3",
            name="name",
            category="status",
            order=ORDER,
            labels=LABELS,
            hover={"date": "Signed on"},
            small="small",
            **layers,
        ),
    )


def test_one_choropleth_per_category_named_with_its_count():
    choropleths = [t for t in build().data if t.type == "choropleth"]
    assert [t.name for t in choropleths] == ["Signed (2)", "Applied (1)", "Payload (1)"]
    assert [list(t.locations) for t in choropleths] == [["RUS", "THA"], ["TUR"], ["BHR"]]
    assert choropleths[0].colorscale[0][1] == STATUS_COLOURS[vocab.SIGNED] and choropleths[0].locationmode == "ISO-3"


def test_small_states_get_a_marker_in_their_category_colour():
    markers = [t for t in build().data if t.type == "scattergeo"]
    assert len(markers) == 1
    assert list(markers[0].text) == ["Bahrain"] and markers[0].marker.color == STATUS_COLOURS[vocab.PAYLOAD_ONLY]
    assert markers[0].legendgroup == "payload_only" and markers[0].showlegend is False


def test_small_states_in_a_background_category_get_no_marker():
    figure = category_map_figure(
        TABLE,
        CategoryMap(
            iso3="iso3",
            name="name",
            category="status",
            order=ORDER,
            labels=LABELS,
            small="small",
            background=("payload_only",),
        ),
    )
    assert not [t for t in figure.data if t.type == "scattergeo"]


def test_hover_shows_name_and_requested_columns():
    signed = build().data[0]
    assert "%{text}" in signed.hovertemplate and "Signed on: %{customdata[0]}" in signed.hovertemplate
    assert list(signed.customdata[0]) == ["2021-03-09"]


def test_geo_is_drawn_at_the_shipped_resolution():
    figure = build()
    assert figure.layout.geo.resolution == 110 and figure.layout.geo.projection.type == "natural earth"


def test_count_markers_show_the_count_and_grow_by_area_not_radius():
    table = TABLE.assign(hosted=[1, 0, 0, 4])
    figure = category_map_figure(
        table,
        CategoryMap(
            iso3="iso3",
            name="name",
            category="status",
            order=ORDER,
            labels=LABELS,
            count="hosted",
            count_detail="hosted_names",
            count_label="Institutions",
        ),
    )
    layer = figure.data[-1]
    assert layer.name == "Institutions" and list(layer.text) == ["1", "4"]
    one, four = layer.marker.size
    # Area grows with the count: the circle for 4 has twice the span of the circle for 1 above the minimum
    # size (sqrt(4/4) against sqrt(1/4)); linear scaling would give four times.
    assert abs((four - 11) / (one - 11) - 2.0) < 0.01
    assert layer.customdata[1][0] == "A<br>B<br>C<br>D"  # one name a line in the hover


def test_stars_name_only_the_called_out_rows():
    layer = build(star="power", star_detail="stands", star_labelled="named", star_label="Space powers").data[-1]
    assert list(layer.text) == ["Russia"] and layer.marker.symbol == "star"
    assert [list(row) for row in layer.customdata] == [["Russia", "ILRS only"]]


TIMELINE = pd.DataFrame(
    {
        "as_of": [date(2021, 3, 31)] * 3 + [date(2024, 4, 30)] * 3,
        "iso3": ["RUS", "BHR", "TUR"] * 2,
        "name": ["Russia", "Bahrain", "Turkey"] * 2,
        "status": ["signed", "none", "none", "signed", "payload_only", "applied"],
        "lon": [90.0, 50.5, 35.0] * 2,
        "lat": [60.0, 26.0, 39.0] * 2,
        "small": [False, True, False] * 2,
        "hosted": [0, 0, 0, 0, 2, 0],
        "hosted_names": ["", "", "", "", "X; Y", ""],
    }
)


def build_animated(**layers):
    return animated_category_map(
        TIMELINE,
        MapOverTime(
            frame="as_of",
            iso3="iso3",
            name="name",
            category="status",
            order=(*ORDER, "none"),
            labels=LABELS,
            small="small",
            background=("none",),
            **layers,
        ),
    )


def test_animation_has_a_frame_per_date_with_codes_and_legend_counts():
    figure = build_animated()
    assert [f.name for f in figure.frames] == ["31 March 2021", "30 April 2024"]
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
    figure = build_animated(count="hosted", count_detail="hosted_names", count_label="Institutions")
    first, last = figure.frames
    assert list(figure.data[1].text) == ["Bahrain"]  # a small state that has a tie at some date
    assert list(first.data[1].marker.color) == [NO_TIE]
    assert list(last.data[1].marker.color) == [STATUS_COLOURS[vocab.PAYLOAD_ONLY]]
    assert len(first.data[-1]["lon"]) == 0 and list(last.data[-1]["text"]) == ["2"]


def test_small_state_dots_are_drawn_above_the_count_circles():
    figure = build(count="hosted", count_detail="hosted_names", count_label="Institutions")
    kinds = [("dots" if t.name.endswith("(small states)") else t.name) for t in figure.data if t.type == "scattergeo"]
    assert kinds.index("dots") > kinds.index("Institutions")


def names_of(figure):
    return next(t for t in figure.data if t.name == "Names")


def test_names_are_written_beside_their_states_and_clear_of_count_circles():
    table = TABLE.assign(short=["Russia", "", "Türkiye", "Thailand"])
    names = names_of(
        build(table, count="hosted", count_detail="hosted_names", count_label="Institutions", named="short")
    )
    assert list(names.text) == ["Russia", "Türkiye", "Thailand"]  # '' is never written
    # Thailand hosts a count circle: its name goes beside it, never above or below, where the circle sits.
    assert dict(zip(names.text, names.textposition, strict=True))["Thailand"] in ("middle right", "middle left")
    alone = names_of(
        category_map_figure(
            table, CategoryMap(iso3="iso3", name="name", category="status", order=ORDER, labels=LABELS, named="short")
        )
    )
    assert dict(zip(alone.text, alone.textposition, strict=True))["Thailand"] == "top center"
    assert names.hoverinfo == "skip" and names.marker.opacity == 0  # clear of its own circle, never a dot


def written_names(figure) -> list[str]:
    return [str(n) for t in figure.data if t.name in ("Names", "Names (callouts)") for n in t.text]


def test_larger_type_moves_names_that_no_longer_fit_to_callouts_and_drops_none():
    spread = TABLE.assign(short=["Russia", "Bahrain", "Türkiye", "Thailand"])
    spec = CategoryMap(iso3="iso3", name="name", category="status", order=ORDER, labels=LABELS, named="short")
    small, large = (category_map_figure(spread, spec, label_scale=scale) for scale in (1.0, 4.0))
    assert sorted(written_names(small)) == sorted(written_names(large)) == sorted(spread["short"])
    assert len(names_of(large).text) < len(names_of(small).text)  # fewer beside their points...
    callouts = next(t for t in large.data if t.name == "Names (callouts)")
    leaders = next(t for t in large.data if t.name == "Leader lines")
    # ...the rest on a leader line from their own state: one segment (start, end, gap) per callout.
    assert len(leaders.lon) == 3 * len(callouts.text)
    starts = {(leaders.lon[i], leaders.lat[i]) for i in range(0, len(leaders.lon), 3)}
    points = dict(zip(spread["short"], zip(spread["lon"], spread["lat"], strict=True), strict=True))
    assert starts == {points[n] for n in callouts.text}


def test_a_map_with_bounds_draws_only_that_part_of_the_world_and_one_without_draws_it_all():
    framed = build(bounds=(-30.0, 60.0, -40.0, 40.0)).layout.geo
    assert (list(framed.lonaxis.range), list(framed.lataxis.range)) == ([-30.0, 60.0], [-40.0, 40.0])
    world = build().layout.geo
    assert list(world.lonaxis.range) == [-180, 180] and world.lataxis.range[1] > 80
