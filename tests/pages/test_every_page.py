"""Every page runs without an exception, states the data's check date, and a broken data file becomes a
readable error box."""

from datetime import date, timedelta

import components.page
from components.navigation import COMPARE, OVERVIEW, PAGES, SOURCES
from datalayer.loading.datasets import PARTNERS
from datalayer.loading.paths import DATA_DIR_VARIABLE
from datalayer.words.dates import written_date
from tests.conftest import copy_of_data, data_checked_on, record_checksums
from tests.pages.conftest import open_page, shown, texts


def test_page_runs_without_exception_and_states_the_check_date(any_page):
    app = open_page(any_page)
    assert not app.exception
    assert app.title[0].value
    line = next(t for t in texts(app) if t.startswith("Data checked to"))
    assert line.startswith(f"Data checked to {written_date(data_checked_on())}. Latest change")


def days_after_the_check(days: int) -> type:
    class Later(date):
        @classmethod
        def today(cls):
            return data_checked_on() + timedelta(days=days)

    return Later


def test_an_old_check_is_said_next_to_the_check_date_on_every_page(monkeypatch):
    monkeypatch.setattr(components.page, "date", days_after_the_check(45))
    for page in PAGES:
        app = open_page(page)
        [warning] = [w.value for w in app.warning if "last checked 45 days ago" in w.value]
        assert f"since {written_date(data_checked_on())} may be missing" in warning, page
    monkeypatch.setattr(components.page, "date", days_after_the_check(30))  # a month is not old yet
    assert not [w for w in open_page(OVERVIEW).warning if "last checked" in w.value]


def test_every_chart_has_a_visible_summary(any_page):
    app = open_page(any_page)
    charts = app.get("plotly_chart")
    sentences = [t for t in texts(app) if t.endswith(".") and not t.startswith("Data checked")]
    assert len(sentences) >= len(charts)


def test_malformed_data_shows_file_line_and_column_on_every_page(tmp_path, monkeypatch):
    broken = copy_of_data(tmp_path)
    path = broken / PARTNERS.file
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",payload_only,", ",member,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    record_checksums(broken)
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(broken))
    for page in PAGES:
        app = open_page(page)
        assert not app.exception, page
        [message] = [shown(e.value) for e in app.error]
        assert "A data file needs fixing" in message and "data/ilrs_partners.csv" in message, page
        assert "line 3, column 'status'" in message and "member" in message


def test_a_malformed_file_stops_only_the_pages_that_need_it(tmp_path, monkeypatch):
    broken = copy_of_data(tmp_path)
    (broken / "space_powers.csv").write_bytes(b"")
    record_checksums(broken)
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(broken))
    compare = open_page(COMPARE)
    [message] = [shown(e.value) for e in compare.error]
    assert "data/space_powers.csv" in message and "line 1, column '(header)': the file is empty" in message
    assert not compare.get("plotly_chart")
    overview = open_page(OVERVIEW)
    assert not overview.error and overview.get("plotly_chart")  # its files are sound: it keeps working
    sources = open_page(SOURCES)
    assert any("data/space_powers.csv" in shown(e.value) for e in sources.error) and sources.dataframe
