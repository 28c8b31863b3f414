"""The sources page in the real browser: the changes feed and the datasets."""
import pytest

from components.navigation import SOURCES
from tests.browser.helpers import visit

pytestmark = pytest.mark.browser


def test_sources_lists_what_changed(offline_page, base_url):
    visit(offline_page, base_url, SOURCES.url_path)
    main = offline_page.locator('[data-testid="stMain"]')
    main.locator("h3", has_text="What changed").wait_for()
    main.locator('[data-testid="stDataFrame"]:visible').nth(2).wait_for()
    assert offline_page.attempted_external == []
