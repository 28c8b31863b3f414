"""Every page under axe-core's WCAG 2.1 A and AA rules, in the light and the dark theme, with every section
open: no serious or critical finding, and headings in order; every control reached by the keyboard; every chart
with its takeaway in words before it and its table's section right after it."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from components.navigation import COUNTRY, PAGES
from tests.browser.helpers import settled, visit

pytestmark = pytest.mark.browser
RULES = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# What a theme changes is colour: in the dark theme only axe's colour rules can find something the light run did not
# (the page's structure, names and roles are the same), so the dark run asks only those, at half the time.
COLOUR_RULES = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}}
BLOCKING = ("serious", "critical")
PATHS = {page.url_path: "?iso3=SEN" if page is COUNTRY else "" for page in PAGES}
DARK_BACKGROUND = "() => getComputedStyle(document.querySelector('.stApp')).backgroundColor === 'rgb(14, 17, 23)'"


CLOSED = '[data-testid="stExpander"] details:not([open]) > summary'
MOST_TABS = 600
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


def findings(page, rules: dict = RULES) -> list[str]:
    """axe's serious and critical violations, and any heading that skips a level, each named with where."""
    result = Axe().run(page, options=rules).response
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


# Every control a pointer can use, each marked with its number (inside a closed section only its summary is: the
# rest is reached once the keyboard opens it). Left out by design, as the ARIA patterns say: a
# select box's open button (its text box takes the focus and opens it) and a radio group's other options (arrow
# keys move within the group once Tab has reached it).
CONTROLS = """() => Array.from(document.querySelectorAll(
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), ' +
    'summary, [tabindex]:not([tabindex="-1"])'))
  .filter(e => { const r = e.getBoundingClientRect(); return e.tabIndex >= 0 && r.width > 0 && r.height > 0
                 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden="true"]')
                 && !(e.tagName !== 'SUMMARY' && e.closest('details:not([open])')); })
  .filter(e => !(e.tagName === 'BUTTON' && e.closest('[data-testid="stSelectbox"], [data-testid="stMultiSelect"]')))
  .map((e, i) => { e.dataset.control = i;
                   const name = e.getAttribute('aria-label') || e.innerText || '';
                   return [i, e.type === 'radio' ? e.name : '', name.slice(0, 40)]; })"""
# Records every numbered control that takes the focus, as the keyboard moves it.
LISTEN = """() => { window.reachedControls = new Set();
    document.addEventListener('focusin', event => { let e = event.target;
        while (e && !(e.dataset && e.dataset.control)) e = e.parentElement;
        if (e) window.reachedControls.add(Number(e.dataset.control)); }, true); }"""
REACHED = "() => Array.from(window.reachedControls)"
TABS_BETWEEN_LOOKS = 25
# Each chart's neighbours: the element before it (its takeaway) and whether the one after holds a section.
# Elements a screen reader skips (display: none, such as a table frame's style) are not neighbours.
CHART_NEIGHBOURS = """() => {
  const shownBefore = e => { let s = e.previousElementSibling;
    while (s && getComputedStyle(s).display === 'none') s = s.previousElementSibling; return s; };
  return Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).map(chart => {
    let box = chart.closest('[data-testid="stElementContainer"]');
    while (box.parentElement && !shownBefore(box)) box = box.parentElement;
    const before = shownBefore(box), after = box.nextElementSibling;
    return [before ? before.innerText : '', !!(after && after.querySelector('[data-testid="stExpander"]'))]; }); }"""


def unreached_by_keyboard(page) -> list:
    """The controls Tab never reaches from the top of the page (a radio group counts once one option is)."""
    controls = page.evaluate(CONTROLS)
    page.evaluate(LISTEN)
    reached: set[int] = set()
    # A data table takes a Tab per column before the focus moves on: the budget allows for every table.
    for _ in range(MOST_TABS // TABS_BETWEEN_LOOKS):
        for _ in range(TABS_BETWEEN_LOOKS):
            page.keyboard.press("Tab")
        reached = set(page.evaluate(REACHED))
        if len(reached) == len(controls):
            break
    groups = {c[1] for c in controls if c[0] in reached and c[1]}
    return [c for c in controls if c[0] not in reached and not (c[1] and c[1] in groups)]


def lasting_findings(page, rules: dict = RULES) -> list[str]:
    """findings that are still there a moment later: an element fading out in a rerun is not the page."""
    found = findings(page, rules)
    if found:
        page.wait_for_timeout(2000)
        settled(page)
        found = findings(page, rules)
    return found


@pytest.mark.parametrize("path", PATHS, ids=lambda p: p or "overview")
def test_every_page_passes_axe_in_both_themes_with_every_section_open(offline_page, base_url, path):
    visit(offline_page, base_url, path + PATHS[path])
    if path != "sources":  # the one page whose first exhibit is a table
        offline_page.wait_for_selector(".js-plotly-plot")  # the check below reads charts that are there
    for takeaway, table_follows in offline_page.evaluate(CHART_NEIGHBOURS):
        # A screen reader cannot read a chart: its takeaway comes first, in words, then the table's section.
        assert takeaway.endswith(".") and len(takeaway.split()) > 5 and table_follows, takeaway
    unreached = unreached_by_keyboard(offline_page)
    assert unreached == [], "; ".join(str(c) for c in unreached)
    open_every_section(offline_page)
    light = lasting_findings(offline_page)
    offline_page.emulate_media(color_scheme="dark")  # the app follows the viewer's theme as it changes
    offline_page.wait_for_function(DARK_BACKGROUND)
    settled(offline_page)
    dark = lasting_findings(offline_page, COLOUR_RULES)
    assert (light, dark) == ([], []), f"light: {light}; dark: {dark}"
