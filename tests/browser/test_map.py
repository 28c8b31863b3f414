"""The map page in the real browser: shared links restore it, small states show, a click opens a country."""

import re

import pytest

from components.navigation import MAP
from datalayer import vocab
from figures.theme import STATUS_COLOURS
from tests.browser.helpers import EXCEPTION, label_boxes, open_section, overlapping, settled, visit, wait_for_map
from tooling.browser import guard_offline

pytestmark = pytest.mark.browser
SIGNED_FILL = "rgb(0,114,178)"  # theme.STATUS_COLOURS[signed]


def partner_states_metric(page) -> int:
    metric = page.locator('[data-testid="stMetric"]', has_text="ILRS partner states").first
    return int(metric.locator('[data-testid="stMetricValue"]').inner_text())


def test_topology_is_served_locally(offline_page, base_url):
    topology = []
    offline_page.on("response", lambda r: topology.append(r) if "topojson" in r.url else None)
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    assert topology and all(r.url.startswith(f"{base_url}/app/static/topojson/") and r.ok for r in topology)


def test_partner_states_are_coloured_signed(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    signed_fill = offline_page.evaluate(
        "Array.from(document.querySelectorAll('path.choroplethlocation'))"
        f".filter(p => getComputedStyle(p).fill.replace(/ /g,'') === '{SIGNED_FILL}').length"
    )
    assert signed_fill == partner_states_metric(offline_page) == 12
    # The same view as equal tiles: every UN member state one square, the signed ones in the same colour.
    open_section(offline_page, "Equal tiles: every UN member state the same size")
    offline_page.wait_for_function(
        "[...document.querySelectorAll('.js-plotly-plot')].some(p => (p.layout.shapes || []).length === 193)",
        timeout=60_000,
    )
    signed_tiles = offline_page.evaluate(
        "[...document.querySelectorAll('.js-plotly-plot')].map(p => (p.layout.shapes || []))"
        f".flat().filter(s => s.fillcolor && s.fillcolor.toUpperCase() === '{STATUS_COLOURS[vocab.SIGNED]}').length"
    )
    assert signed_tiles == 12


def test_brics_scope_shows_fewer_partner_states_than_the_world(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    world = partner_states_metric(offline_page)
    visit(offline_page, base_url, f"{MAP.url_path}?bloc=brics")
    wait_for_map(offline_page)
    assert 0 < partner_states_metric(offline_page) < world
    assert "bloc=brics" in offline_page.url
    assert offline_page.attempted_external == []


def test_shared_links_of_today_restore_their_views(offline_page, base_url):
    """The links the README gives, the old ?lens= alias included, open the view they name."""
    visit(offline_page, base_url, f"{MAP.url_path}?bloc=brics&asof=2022-12-31&lens=overlap&country=EGY&region=africa")
    wait_for_map(offline_page, minimum_shapes=5)
    main = offline_page.locator('[data-testid="stMain"]')
    main.locator("h3", has_text="Egypt").wait_for()
    assert offline_page.get_by_text("BRICS members · Africa · As of 31 December 2022 · Overlap").count() == 1
    assert "view=overlap" in offline_page.url and "lens=" not in offline_page.url
    assert offline_page.locator(EXCEPTION).count() == 0


def test_asof_end_2022_shows_only_states_signed_by_then(offline_page, base_url):
    visit(offline_page, base_url, f"{MAP.url_path}?asof=2022-12-31")
    wait_for_map(offline_page)
    assert partner_states_metric(offline_page) == 1  # Russia; China leads the program (memorandum of 9 March 2021)
    assert offline_page.get_by_text(re.compile(r"Signed \(1\)")).count() >= 1
    assert offline_page.get_by_text(re.compile(r"Program lead \(1\)")).count() >= 1


def test_small_states_themselves_are_drawn_as_markers(offline_page, base_url):
    # With the institutions layer off, every marker left is a small state's dot: Bahrain (payload partner)
    # is absent from the 110m shapes, so it must be a scattergeo point, and its hover names it.
    visit(offline_page, base_url, f"{MAP.url_path}?institutions=0")
    wait_for_map(offline_page)
    names = offline_page.evaluate(
        "Array.from(document.querySelectorAll('.scattergeo path.point')).map(p => p.__data__ && p.__data__.tx)"
    )
    assert "Bahrain" in names
    assert offline_page.locator(".legendtext", has_text="Institutions").count() == 0


def test_bad_url_value_shows_a_notice_not_a_traceback(offline_page, base_url):
    visit(offline_page, base_url, f"{MAP.url_path}?bloc=mars&country=ZZZ")
    offline_page.get_by_text("Ignored ?bloc=mars").wait_for()
    offline_page.get_by_text("Ignored ?country=ZZZ").wait_for()
    assert offline_page.locator(EXCEPTION).count() == 0


def test_clicking_a_country_opens_its_detail_panel_and_url(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    # Plotly binds each shape's ISO3 to the path's data; click the middle of Egypt's shape, scrolled into view.
    offline_page.set_viewport_size({"width": 1400, "height": 1400})
    offline_page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    egypt = offline_page.evaluate(
        "Array.from(document.querySelectorAll('path.choroplethlocation'))"
        ".findIndex(p => p.__data__ && p.__data__.loc === 'EGY')"
    )
    box = offline_page.locator("path.choroplethlocation").nth(egypt).bounding_box()
    offline_page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    offline_page.wait_for_url("**country=EGY**")
    main = offline_page.locator('[data-testid="stMain"]')
    main.locator("h3", has_text="Egypt").wait_for()
    assert main.get_by_text("Artemis Accords", exact=False).count() >= 1
    assert offline_page.attempted_external == []


def test_play_control_steps_the_map_through_time_and_lives_in_the_url(offline_page, base_url):
    visit(offline_page, base_url, f"{MAP.url_path}?asof=2024-06-30")
    wait_for_map(offline_page)
    offline_page.locator('[data-testid="stSidebar"]').get_by_text("Play control").click()
    offline_page.wait_for_url("**play=1**")
    play = offline_page.locator(".updatemenu-button", has_text="Play")
    play.wait_for()
    legend = offline_page.locator(".legendtext", has_text="Signed (")
    opening = legend.first.text_content()
    play.click()
    # Frames start in March 2021, when only Russia had signed beside China; then the count climbs back.
    offline_page.wait_for_function(
        "Array.from(document.querySelectorAll('.legendtext')).some(t => t.textContent === 'Signed (1)')"
    )
    offline_page.wait_for_function(
        f"Array.from(document.querySelectorAll('.legendtext')).some(t => t.textContent === {opening!r})", timeout=90_000
    )
    assert offline_page.locator(".slider-group").count() == 1
    offline_page.screenshot(path="artifacts/map-play.png", full_page=True)
    assert offline_page.attempted_external == []


# A phone's browser as Chromium's own device list gives it (a Pixel 7): the server sees its User-Agent only.
PHONE_USER_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Mobile Safari/537.36"
)


def test_a_phone_map_names_every_signed_state_without_two_names_touching(browser, base_url):
    context = browser.new_context(
        user_agent=PHONE_USER_AGENT, viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    attempted = guard_offline(context)
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        visit(page, base_url, MAP.url_path)
        wait_for_map(page)
        settled(page)
        page.wait_for_timeout(1500)  # Plotly lays text out after the first paint
        names = [b for b in label_boxes(page) if b["chart"] == 0]
        written = {b["text"] for b in names}
        assert {"Serbia", "Pakistan", "Kazakhstan", "Azerbaijan", "China (lead)", "Senegal"} <= written, written
        assert overlapping(names) == []
        page.locator(".js-plotly-plot").first.screenshot(path="artifacts/phone-map.png")
        assert attempted == []
    finally:
        context.close()
