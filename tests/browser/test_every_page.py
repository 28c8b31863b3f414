"""Each page, in a real browser against the real server, with the network closed beyond loopback."""
import pytest

from components.navigation import MAP, OVERVIEW, PAGES
from tests.browser.helpers import EXCEPTION, visit, wait_for_map

pytestmark = pytest.mark.browser
MAP_PAGES = (OVERVIEW, MAP)


@pytest.mark.parametrize("entry", PAGES, ids=lambda p: p.url_path or "overview")
def test_page_loads_offline_without_exception(offline_page, base_url, entry):
    visit(offline_page, base_url, entry.url_path)
    if entry in MAP_PAGES:
        assert wait_for_map(offline_page) >= 20
    assert offline_page.locator(EXCEPTION).count() == 0
    assert offline_page.attempted_external == []


def test_map_topology_is_served_locally(offline_page, base_url):
    topology = []
    offline_page.on("response", lambda r: topology.append(r) if "topojson" in r.url else None)
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    assert topology and all(r.url.startswith(f"{base_url}/app/static/topojson/") and r.ok for r in topology)


def test_seed_partner_states_are_coloured(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    # Signed states are filled with the 'signed' colour: Plotly writes it on each path's style.
    signed_fill = offline_page.evaluate(
        "Array.from(document.querySelectorAll('path.choroplethlocation'))"
        ".filter(p => getComputedStyle(p).fill.replace(/ /g,'') === 'rgb(0,114,178)').length")
    assert signed_fill >= 12


def test_sidebar_navigation_uses_human_labels_and_routes(offline_page, base_url):
    visit(offline_page, base_url, OVERVIEW.url_path)
    links = offline_page.locator('[data-testid="stSidebar"] [data-testid="stPageLink"]')
    # Each link's text is the icon's ligature name on one line, then the label.
    assert [t.strip().splitlines()[-1] for t in links.all_inner_texts()] == [p.label for p in PAGES]
    offline_page.locator('[data-testid="stSidebar"]').get_by_role("link", name=MAP.label).click()
    offline_page.wait_for_url(f"{base_url}/{MAP.url_path}")
    offline_page.wait_for_selector('h1:has-text("Partner map")')
    assert offline_page.attempted_external == []
