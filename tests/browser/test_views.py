"""The views' behaviour in the real browser: lens URLs, small states, growth targets, overlap names."""
import re

import pytest

from components.navigation import COMPARE, GROWTH, MAP
from tests.browser.helpers import EXCEPTION, visit, wait_for_map

pytestmark = pytest.mark.browser


def partner_states_metric(page) -> int:
    metric = page.locator('[data-testid="stMetric"]', has_text="ILRS partner states").first
    return int(metric.locator('[data-testid="stMetricValue"]').inner_text())


def test_brics_lens_shows_fewer_partner_states_than_the_world(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    world = partner_states_metric(offline_page)
    visit(offline_page, base_url, f"{MAP.url_path}?bloc=brics")
    wait_for_map(offline_page)
    assert 0 < partner_states_metric(offline_page) < world
    assert "bloc=brics" in offline_page.url
    assert offline_page.attempted_external == []


def test_asof_end_2022_shows_only_states_signed_by_then(offline_page, base_url):
    visit(offline_page, base_url, f"{MAP.url_path}?asof=2022-12-31")
    wait_for_map(offline_page)
    assert partner_states_metric(offline_page) == 2  # China and Russia (memorandum of 9 March 2021)
    assert offline_page.get_by_text(re.compile(r"Signed \(2\)")).count() >= 1


def test_small_states_are_drawn_as_markers(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    # Bahrain (payload partner) is absent from the 110m shapes: it must appear as a scattergeo point.
    assert offline_page.locator(".scattergeo path.point").count() >= 1


def test_bad_url_value_shows_a_notice_not_a_traceback(offline_page, base_url):
    visit(offline_page, base_url, f"{MAP.url_path}?bloc=mars")
    offline_page.get_by_text("Ignored ?bloc=mars").wait_for()
    assert offline_page.locator(EXCEPTION).count() == 0


def test_growth_draws_targets_and_the_reported_seventeen(offline_page, base_url):
    visit(offline_page, base_url, GROWTH.url_path)
    offline_page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    assert offline_page.locator(".js-plotly-plot .annotation-text", has_text="Target 50").count() == 1
    assert offline_page.locator(".js-plotly-plot .textpoint", has_text="17").count() >= 1
    offline_page.screenshot(path="artifacts/growth.png", full_page=True)


def test_compare_draws_charts_and_names_overlap_states(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1400, "height": 7500})  # the main pane scrolls: show it all
    visit(offline_page, base_url, COMPARE.url_path)
    offline_page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    # The overlap map draws its shapes from the local topology; the others are the charts.
    wait_for_map(offline_page)
    assert offline_page.locator(".js-plotly-plot").count() >= 6
    main = offline_page.locator('[data-testid="stMain"]')
    for state in ("Thailand", "Senegal"):
        assert main.get_by_text(state, exact=True).count() >= 1
    facts = main.locator("table", has_text="Legal nature")
    assert facts.locator("a[href^='http']").count() >= 15  # a source link in (almost) every cell
    assert offline_page.locator(".legendtext", has_text="Both ILRS and Artemis (2)").count() == 1
    offline_page.screenshot(path="artifacts/compare.png", full_page=True)
    assert offline_page.attempted_external == []


def test_compare_asof_in_the_url_rolls_the_page_back(offline_page, base_url):
    visit(offline_page, base_url, f"{COMPARE.url_path}?asof=2023-12-31&bloc=brics")
    wait_for_map(offline_page)
    ilrs = offline_page.locator('[data-testid="stMetric"]', has_text="ILRS partner states")
    # BRICS at the end of 2023 was five states; China, Russia and South Africa (Sept 2023) had signed.
    assert int(ilrs.locator('[data-testid="stMetricValue"]').inner_text()) == 3
    assert offline_page.get_by_text("BRICS members · as of 31 December 2023").count() == 1
    assert offline_page.locator(".legendtext", has_text="Both ILRS and Artemis").count() == 0


def test_clicking_a_country_opens_its_detail_panel_and_url(offline_page, base_url):
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    # Plotly binds each shape's ISO3 to the path's data; click the middle of China's shape.
    china = offline_page.evaluate(
        "Array.from(document.querySelectorAll('path.choroplethlocation'))"
        ".findIndex(p => p.__data__ && p.__data__.loc === 'CHN')")
    box = offline_page.locator("path.choroplethlocation").nth(china).bounding_box()
    offline_page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    offline_page.wait_for_url("**country=CHN**")
    main = offline_page.locator('[data-testid="stMain"]')
    main.locator("h3", has_text="China").wait_for()
    assert main.get_by_text("Artemis Accords", exact=False).count() >= 1
    assert offline_page.attempted_external == []


def test_play_control_steps_the_map_through_time(offline_page, base_url):
    visit(offline_page, base_url, f"{MAP.url_path}?asof=2024-06-30")
    wait_for_map(offline_page)
    offline_page.locator('[data-testid="stSidebar"]').get_by_text("Play control").click()
    play = offline_page.locator(".updatemenu-button", has_text="Play")
    play.wait_for()
    legend = offline_page.locator(".legendtext", has_text="Signed (")
    opening = legend.first.text_content()
    play.click()
    # Frames start in March 2021, when only China and Russia had signed; then the count climbs back.
    offline_page.wait_for_function(
        "Array.from(document.querySelectorAll('.legendtext')).some(t => t.textContent === 'Signed (2)')")
    offline_page.wait_for_function(
        f"Array.from(document.querySelectorAll('.legendtext')).some(t => t.textContent === {opening!r})",
        timeout=90_000)
    assert offline_page.locator(".slider-group").count() == 1
    offline_page.screenshot(path="artifacts/map-play.png", full_page=True)
    assert offline_page.attempted_external == []
