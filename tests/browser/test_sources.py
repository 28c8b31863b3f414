"""The sources page in the real browser: the changes feed, every check of every file, the datasets."""

import csv
import io

import pytest

from components.navigation import SOURCES
from datalayer.loading.tables import load_tables
from tests.browser.helpers import visit

pytestmark = pytest.mark.browser


def test_sources_lists_what_changed_and_every_check_and_both_download(offline_page, base_url):
    visit(offline_page, base_url, SOURCES.url_path)
    main = offline_page.locator('[data-testid="stMain"]')
    main.locator("h2", has_text="What changed").wait_for()
    main.locator("h2", has_text="How the data is checked").wait_for()
    tables = load_tables()
    changes = main.locator(".st-key-sources_changes_download button")
    assert changes.inner_text().endswith(f"({len(tables.changes)} rows)")
    with offline_page.expect_download() as download:
        main.locator(".st-key-sources_checks_download button").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))
    assert len(rows) == len(tables.checks) and {"artemis_accords.csv", "ilrs_partners.csv"} <= {
        r["Dataset"] for r in rows
    }
    assert all(r["Searched"] and r["Found"] for r in rows)  # headers in words
    # The feed of changes is a static file the server serves as it is.
    feed = offline_page.request.get(f"{base_url}/app/static/changes.atom")
    assert feed.status == 200 and feed.body().count(b"<entry>") == len(tables.changes)
    with offline_page.expect_download() as archive:
        main.locator(".st-key-sources_zip_download button").click()
    assert archive.value.suggested_filename == f"ilrs-tracker-data_{tables.checked_on}.zip"
    assert offline_page.attempted_external == []
