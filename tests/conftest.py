import pytest

from datalayer.domain.geometry import country_points, drawn_iso3, read_countries
from datalayer.loading.paths import DETAIL_TOPOJSON, MAP_TOPOJSON
from datalayer.loading.tables import load_tables


@pytest.fixture(scope="session")
def tables():
    return load_tables()


@pytest.fixture(scope="session")
def points():
    return country_points(read_countries(DETAIL_TOPOJSON), drawn_iso3(MAP_TOPOJSON))


@pytest.fixture(scope="session")
def drawable():
    return set(drawn_iso3(DETAIL_TOPOJSON))


@pytest.fixture(scope="session")
def renderer():
    """One Chromium renderer for every export test, as the app keeps one per process."""
    from components.export import Renderer

    started = Renderer()
    yield started
    started.stop()
