"""The growth page in the real browser."""
import pytest

from components.navigation import GROWTH
from tests.browser.helpers import visit

pytestmark = pytest.mark.browser


def test_growth_draws_targets_and_the_official_claims(offline_page, base_url):
    visit(offline_page, base_url, GROWTH.url_path)
    offline_page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    assert offline_page.locator(".js-plotly-plot .annotation-text", has_text="Target 50").count() == 1
    assert offline_page.locator(".js-plotly-plot .textpoint", has_text="17").count() >= 1
    assert offline_page.locator(".js-plotly-plot .textpoint", has_text="30").count() == 0  # a media estimate
    assert offline_page.get_by_text("our count stands at 12 signed partner countries", exact=False).count() == 1
    offline_page.screenshot(path="artifacts/growth.png", full_page=True)


def test_growth_shared_link_restores_metric_rule_and_target_year(offline_page, base_url):
    visit(offline_page, base_url, f"{GROWTH.url_path}?metric=institutions&rule=states_orgs&target_year=2030")
    offline_page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    assert offline_page.get_by_text("Research institutions: our count against the target").count() == 1
    assert offline_page.get_by_text("target read by end of 2030", exact=False).count() == 1
    assert offline_page.attempted_external == []


def test_a_what_if_link_draws_the_scenario_apart_dashed_and_labelled(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1400, "height": 2600})
    visit(offline_page, base_url, f"{GROWTH.url_path}?what_if=announced")
    offline_page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 3", timeout=60_000)
    scenario = offline_page.locator(".js-plotly-plot").nth(2)
    scenario.locator(".legendtext", has_text="Scenario: the").first.wait_for()
    assert scenario.locator(".textpoint", has_text="scenario: ").count() == 1
    dashed = scenario.evaluate("""plot => Array.from(plot.querySelectorAll('.scatterlayer .trace'))
        .filter(t => t.querySelector('.js-line') && t.querySelector('.js-line').style.strokeDasharray).length""")
    assert dashed >= 1
    assert offline_page.get_by_text("If the ", exact=False).filter(has_text="would have").count() == 1
    offline_page.screenshot(path="artifacts/growth-what-if.png", full_page=True)
    assert offline_page.attempted_external == []
