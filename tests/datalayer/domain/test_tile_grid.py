import pandas as pd
import pytest

from datalayer.domain.tile_grid import tile_positions
from datalayer.loading.geometry import load_marker_points
from datalayer.loading.paths import MARKER_POINTS


@pytest.fixture(scope="module")
def grid(tables):
    return tile_positions(sorted(tables.un_member_states["iso3"]), load_marker_points(MARKER_POINTS)).set_index("iso3")


def test_every_un_member_state_has_a_cell_of_its_own(grid, tables):
    assert set(grid.index) == set(tables.un_member_states["iso3"]) and len(grid) == 193
    assert not grid.duplicated(["col", "row"]).any()


def test_the_grid_keeps_the_world_roughly_in_place(grid):
    def at(iso3):
        return grid.loc[iso3, "col"], grid.loc[iso3, "row"]

    # West to east and north to south, as on a map.
    assert at("USA")[0] < at("BRA")[0] < at("NGA")[0] < at("IND")[0] < at("CHN")[0] < at("JPN")[0]
    assert at("NOR")[1] < at("EGY")[1] < at("ZAF")[1] and at("RUS")[1] < at("IND")[1] < at("AUS")[1]
    # Neighbours stay near each other; the Pacific states east of the date line stand with Oceania.
    assert max(abs(a - b) for a, b in zip(at("FRA"), at("DEU"), strict=True)) <= 2
    assert at("TON")[0] > at("AUS")[0] and at("WSM")[0] > at("AUS")[0]
    # San Marino has no shape of its own: it stands beside Italy, which surrounds it.
    assert max(abs(a - b) for a, b in zip(at("SMR"), at("ITA"), strict=True)) == 1


def test_a_state_with_no_point_and_no_host_is_an_error():
    points = pd.DataFrame({"iso3": ["ITA"], "lon": [12.0], "lat": [42.0]})
    assert len(tile_positions(["ITA", "SMR"], points)) == 2
    with pytest.raises(ValueError, match="no marker point for XXX"):
        tile_positions(["ITA", "XXX"], points)
    with pytest.raises(ValueError, match="do not fit"):
        tile_positions(["ITA", "SMR"], points, columns=1, rows=1)
