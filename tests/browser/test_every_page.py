"""Each page, in a real browser against the real server, with the network closed beyond loopback."""

from pathlib import Path

import pytest

from components.navigation import COMPARE, GROWTH, MAP, OVERVIEW, PAGES
from datalayer.words.dates import written_date
from tests.browser.helpers import EXCEPTION, settled, visit, wait_for_map
from tests.conftest import data_checked_on

pytestmark = pytest.mark.browser
MAP_PAGES = (OVERVIEW, MAP)


@pytest.mark.parametrize("entry", PAGES, ids=lambda p: p.url_path or "overview")
def test_page_loads_offline_states_the_check_date_and_has_no_exception(offline_page, base_url, entry):
    visit(offline_page, base_url, entry.url_path)
    if entry in MAP_PAGES:
        assert wait_for_map(offline_page) >= 20
    assert offline_page.locator(EXCEPTION).count() == 0
    assert offline_page.get_by_text(f"Data checked to {written_date(data_checked_on())}.", exact=False).count() >= 1
    assert offline_page.attempted_external == []


# Pages with KPI tiles, in the scope whose tiles carry the longest words (a bloc adds "world" to each rule).
TILED = {
    OVERVIEW.url_path: "",
    MAP.url_path: "?bloc=brics",
    GROWTH.url_path: "?bloc=brics",
    COMPARE.url_path: "?bloc=au",
}
CUT_TEXT = """() => Array.from(document.querySelectorAll('[data-testid="stMetric"] *'))
    .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)"""


@pytest.mark.parametrize("path", TILED, ids=lambda p: p or "overview")
def test_no_tile_label_or_rule_is_cut_on_a_projector_screen(offline_page, base_url, path):
    offline_page.set_viewport_size({"width": 1280, "height": 720})
    visit(offline_page, base_url, path + TILED[path])
    offline_page.locator('[data-testid="stMetric"]').nth(3).wait_for()
    settled(offline_page)
    assert offline_page.evaluate(CUT_TEXT) == []


def test_sidebar_navigation_uses_human_labels_and_routes(offline_page, base_url):
    visit(offline_page, base_url, OVERVIEW.url_path)
    links = offline_page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]')
    links.first.wait_for()
    # Each link's text is the icon's ligature name on one line, then the label.
    assert [t.strip().splitlines()[-1] for t in links.all_inner_texts()] == [p.label for p in PAGES]
    offline_page.locator('[data-testid="stSidebar"]').get_by_role("link", name=MAP.label).click()
    offline_page.wait_for_url(f"{base_url}/{MAP.url_path}?asof={data_checked_on()}")  # the day is pinned in the address
    offline_page.wait_for_selector('h1:has-text("Partner map")')
    assert offline_page.attempted_external == []


def inotify_watches(pid: int) -> int:
    """Files and folders the process watches through inotify (Linux lists each watch in the descriptor's fdinfo)."""
    count = 0
    for info in Path(f"/proc/{pid}/fdinfo").iterdir():
        try:
            count += sum(line.startswith("inotify wd:") for line in info.read_text().splitlines())
        except OSError:
            pass  # a descriptor closed while we looked
    return count


def test_a_visit_sets_up_no_file_watching(offline_page, server):
    # Watching the project's modules for reload-on-save is set up anew for every visitor's session and delayed
    # each first chart by about 0.1 s; a served dashboard does not reload its code.
    base_url, process = server
    visit(offline_page, base_url, OVERVIEW.url_path)
    assert inotify_watches(process.pid) == 0


def test_the_tab_icon_is_our_static_file(offline_page, base_url):
    # By its static address, not as a media file decoded and stored again in every session.
    visit(offline_page, base_url, OVERVIEW.url_path)
    icon = offline_page.locator('link[rel="shortcut icon"]')
    icon.wait_for(state="attached")
    assert icon.get_attribute("href").endswith("/app/static/favicon.png")
    response = offline_page.request.get(icon.get_attribute("href"))
    assert response.ok and response.headers["content-type"] == "image/png"


@pytest.mark.parametrize("entry", PAGES, ids=lambda p: p.url_path or "overview")
def test_every_page_works_embedded_and_embed_is_not_an_unknown_setting(offline_page, base_url, entry):
    visit(offline_page, base_url, f"{entry.url_path}?embed=true&embed_options=light_theme")
    if entry in MAP_PAGES:
        assert wait_for_map(offline_page) >= 20
    assert offline_page.locator(EXCEPTION).count() == 0
    assert "embed=true" in offline_page.url  # Streamlit's own parameter stays, unflagged
    assert offline_page.get_by_text("Ignored ?embed", exact=False).count() == 0
    # Embedded, the view is the page: its sidebar starts folded away, as the embed box says.
    assert offline_page.locator('[data-testid="stSidebar"][aria-expanded="true"]').count() == 0
    assert offline_page.attempted_external == []
