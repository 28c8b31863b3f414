import pytest

from datalayer.loading.geometry import drawn_iso3, load_marker_points
from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS
from datalayer.loading.tables import load_tables
from tooling.browser import guard_offline, launch_options


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # pytest-playwright's hook: use the system chromium, since `playwright install` cannot download here.
    return {**browser_type_launch_args, **launch_options()}


@pytest.fixture(scope="session")
def base_url():
    """No base URL unless a tier serves one (the browser tier does): stands in for pytest-base-url's fixture,
    which pytest 9 warns about."""
    return None


@pytest.fixture
def offline_page(context):
    """A page whose every non-loopback request is refused (the browser and deploy tiers); the test asserts the
    list stays empty."""
    attempted = guard_offline(context)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.attempted_external = attempted
    return page


@pytest.fixture(scope="session")
def tables():
    return load_tables()


@pytest.fixture(scope="session")
def points():
    return load_marker_points(MARKER_POINTS)


@pytest.fixture(scope="session")
def drawable():
    return set(drawn_iso3(DETAIL_TOPOJSON))


@pytest.fixture(scope="session")
def renderer():
    """One Chromium renderer for every export test, as the app keeps one per process."""
    from figures.export import Renderer

    started = Renderer()
    yield started
    started.stop()


def copy_of_data(tmp_path):
    """A copy of data/ to edit (point the app at it with ILRS_DATA_DIR)."""
    import shutil

    from datalayer.loading.paths import DATA_DIR

    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    return copy


def record_checksums(directory):
    """What an editor does after a deliberate edit: record the files' new checksums in the copy's provenance."""
    import csv

    from datalayer.loading.provenance import file_sha256

    path = directory / "provenance.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["path"].startswith("data/"):
            row["sha256"] = file_sha256(directory / row["path"].removeprefix("data/"))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def data_checked_on():
    """The date the shipped data is checked to, as every page states it (tests read it instead of a literal)."""
    from datalayer.loading.provenance import data_checked_on as oldest_check
    from datalayer.loading.provenance import load_provenance

    return oldest_check(load_provenance())
