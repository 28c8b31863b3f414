"""Every page runs without an exception, and a broken data file becomes a readable error box."""
import shutil

from components.navigation import OVERVIEW, PAGES
from datalayer.loading.datasets import PARTNERS, load_dataset
from datalayer.domain.partners import headline_counts
from datalayer.loading.paths import DATA_DIR, DATA_DIR_VARIABLE
from tests.pages.conftest import open_page


def test_page_runs_without_exception(any_page):
    app = open_page(any_page)
    assert not app.exception
    assert app.title[0].value


def test_overview_shows_our_counts():
    app = open_page(OVERVIEW)
    counts = headline_counts(load_dataset(PARTNERS))
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["ILRS partner states"] == str(counts["signed_states"])
    assert metrics["Institutions"] == str(counts["signed_institutions"])
    assert int(metrics["ILRS partner states"]) >= 12  # the seed articles alone name twelve states


def test_malformed_data_shows_file_line_and_column_on_every_page(tmp_path, monkeypatch):
    broken = tmp_path / "data"
    shutil.copytree(DATA_DIR, broken)
    path = broken / PARTNERS.file
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",signed,", ",member,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(broken))
    for page in PAGES:
        app = open_page(page)
        assert not app.exception, page
        [message] = [e.value for e in app.error]
        assert "A data file needs fixing" in message and "data/ilrs_partners.csv" in message, page
        assert "line 3, column 'status'" in message and "member" in message
