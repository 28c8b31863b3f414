"""The reader's language in the real browser: the browser's own language by default, the picker and the sidebar's
links keeping it in the address, and Arabic laid out right to left."""

import pytest

from components.navigation import COMPARE, METHODS, OVERVIEW
from datalayer.words.language import speaking
from datalayer.words.translation import t
from tests.browser.helpers import settled, visit

pytestmark = pytest.mark.browser


def title_in(code: str, page) -> str:
    with speaking(code):
        return t(page.title)


def direction(page, selector: str) -> str:
    return page.evaluate(f"getComputedStyle(document.querySelector('{selector}')).direction")


@pytest.mark.browser_context_args(locale="fr-FR")
def test_the_browser_language_is_the_default_and_a_picked_one_follows_the_reader(offline_page, base_url):
    visit(offline_page, base_url, OVERVIEW.url_path)
    main = offline_page.locator('[data-testid="stMain"]')
    assert main.locator("h1").first.inner_text() == title_in("fr", OVERVIEW)
    assert "lang=" not in offline_page.url  # the reader's own language needs no word in the link
    offline_page.locator(f".st-key-{OVERVIEW.widget('lang')}").get_by_role("combobox").click()
    offline_page.get_by_role("option", name="中文").click()
    settled(offline_page)
    assert main.locator("h1").first.inner_text() == title_in("zh", OVERVIEW) and "lang=zh" in offline_page.url
    offline_page.locator('[data-testid="stSidebar"] a[href$="compare"]').click()
    main.locator("h1", has_text=title_in("zh", COMPARE)).wait_for()
    settled(offline_page)
    assert "lang=zh" in offline_page.url and direction(offline_page, '[data-testid="stMain"]') == "ltr"
    assert offline_page.attempted_external == []


def test_an_arabic_page_runs_right_to_left_and_its_charts_do_not(offline_page, base_url):
    visit(offline_page, base_url, f"{METHODS.url_path}?lang=ar")
    assert offline_page.locator('[data-testid="stMain"] h1').first.inner_text() == title_in("ar", METHODS)
    # The page's style element arrives in the same run as its title, but a rerun under way (the address settling)
    # can replace it for a moment: read the direction once the page is settled.
    settled(offline_page)
    assert direction(offline_page, '[data-testid="stMain"]') == "rtl"
    assert direction(offline_page, '[data-testid="stSidebarContent"]') == "rtl"
    visit(offline_page, base_url, f"{OVERVIEW.url_path}?lang=ar")
    offline_page.wait_for_selector(".js-plotly-plot")
    assert direction(offline_page, ".js-plotly-plot") == "ltr"
    assert offline_page.attempted_external == []
