"""Every page under axe-core's WCAG 2.1 A and AA rules, in the light and the dark theme, with every section
open: no serious or critical finding, and headings in order."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from components.navigation import COUNTRY, PAGES
from tests.browser.helpers import settled, visit

pytestmark = pytest.mark.browser
RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
BLOCKING = ("serious", "critical")
PATHS = {page.url_path: "?iso3=SEN" if page is COUNTRY else "" for page in PAGES}
DARK_BACKGROUND = "() => getComputedStyle(document.querySelector('.stApp')).backgroundColor === 'rgb(14, 17, 23)'"


CLOSED = '[data-testid="stExpander"] details:not([open]) > summary'
MOST_SECTIONS = 40  # more than any page has: a section that will not open fails the test instead of looping


def open_every_section(page) -> None:
    """Opens the first closed section until none is left (several share a label: 'Data, download and sources'),
    each by a click and the rerun it asks for, as a reader would."""
    for _ in range(MOST_SECTIONS):
        closed = page.locator(CLOSED)
        if closed.count() == 0:
            return
        closed.first.click()
        settled(page)
    raise AssertionError(f"sections still closed after {MOST_SECTIONS} clicks")


def findings(page) -> list[str]:
    """axe's serious and critical violations, and any heading that skips a level, each named with where."""
    result = Axe().run(page, options=RULES).response
    blocking = [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]
    levels = page.eval_on_selector_all(
        '[data-testid="stMain"] :is(h1, h2, h3, h4, h5, h6)', "hs => hs.map(h => Number(h.tagName[1]))"
    )
    skipped = [f"h{b} after h{a}" for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    return blocking + [f"heading order: {s}" for s in skipped]


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p or "overview")
def test_every_page_passes_axe_in_both_themes_with_every_section_open(offline_page, base_url, path):
    visit(offline_page, base_url, path + PATHS[path])
    open_every_section(offline_page)
    light = findings(offline_page)
    offline_page.emulate_media(color_scheme="dark")  # the app follows the viewer's theme as it changes
    offline_page.wait_for_function(DARK_BACKGROUND)
    settled(offline_page)
    dark = findings(offline_page)
    assert (light, dark) == ([], []), f"light: {light}; dark: {dark}"
