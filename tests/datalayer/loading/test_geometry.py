import pandas as pd
from shapely.geometry import Point

from datalayer.loading.geometry import (
    country_points,
    drawn_iso3,
    load_marker_points,
    read_countries,
    write_marker_points,
)
from datalayer.loading.paths import DETAIL_TOPOJSON, MAP_TOPOJSON, MARKER_POINTS


def test_map_draws_about_200_countries_with_iso3_ids():
    drawn = drawn_iso3(MAP_TOPOJSON)
    assert 190 <= len(drawn) <= 210
    assert {"CHN", "RUS", "ZAF", "VEN", "SRB"} <= drawn


def test_small_and_undrawn_states_get_markers_inside_their_shape():
    detail = read_countries(DETAIL_TOPOJSON)
    every = country_points(detail, drawn_iso3(MAP_TOPOJSON))
    points = every[every["small"]].set_index("iso3")
    assert every["iso3"].is_unique  # countries drawn as several features still get one point
    assert not every.set_index("iso3").loc["ESP", "small"]  # the Canaries do not make Spain a small state
    assert {"CHN", "BRA"} <= set(every["iso3"])  # every country has a point (institution markers use them)
    russia = every.set_index("iso3").loc["RUS"]
    assert 45 < russia["lat"] < 66 and russia["lon"] > 30  # on the mainland, not Novaya Zemlya or Kaliningrad
    # Bahrain, Singapore and Liechtenstein are absent at 110m; Luxembourg and Djibouti are specks.
    assert {"BHR", "SGP", "LIE", "LUX", "DJI"} <= set(points.index)
    assert not points.loc["BHR", "drawn"] and points.loc["LUX", "drawn"]
    assert "CHN" not in points.index and "BRA" not in points.index
    # States that cross the antimeridian are measured across it: Fiji is a small state in the Pacific (not
    # 850,000 km² in the Atlantic), Russia about 17 million km².
    fiji, russia_km2 = every.set_index("iso3").loc["FJI"], every.set_index("iso3").loc["RUS", "area_km2"]
    assert fiji["small"] and 15_000 < fiji["area_km2"] < 20_000 and fiji["lon"] > 170 and -20 < fiji["lat"] < -15
    assert 16e6 < russia_km2 < 17.5e6
    bahrain = detail.set_index("iso3").geometry["BHR"]
    # Rounded to 3 decimals, the point stays within ~100 m of the shape.
    assert bahrain.distance(Point(points.loc["BHR", "lon"], points.loc["BHR", "lat"])) < 0.001


def test_the_shipped_marker_points_are_the_ones_the_geometry_gives(tmp_path):
    """static/topojson/marker_points.csv is what the app reads: it must not drift from the topology."""
    computed = write_marker_points(DETAIL_TOPOJSON, MAP_TOPOJSON, tmp_path / "points.csv")
    shipped = load_marker_points(MARKER_POINTS)
    pd.testing.assert_frame_equal(shipped, load_marker_points(tmp_path / "points.csv"))
    assert len(shipped) == len(computed) and shipped["iso3"].is_unique
