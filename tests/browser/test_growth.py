"""The growth page in the real browser."""

import pytest

from components.navigation import GROWTH
from figures.growth import MILESTONE_ANNOTATION
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


def test_a_what_if_link_draws_the_scenario_as_a_hatched_part_of_one_bar_against_the_target(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1400, "height": 2600})
    visit(offline_page, base_url, f"{GROWTH.url_path}?what_if=announced")
    offline_page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 3", timeout=60_000)
    scenario = offline_page.locator(".js-plotly-plot").nth(2)
    scenario.locator(".legendtext", has_text="Scenario: the").first.wait_for()
    # Two bar parts, the scenario's hatched (an SVG pattern fill), and the target's dashed line with its name.
    parts = scenario.locator(".barlayer .point")
    assert parts.count() == 2
    fills = [parts.nth(i).locator("path").first.evaluate("p => p.style.fill") for i in range(2)]
    assert "url(" not in fills[0] and "url(" in fills[1]
    assert scenario.locator(".annotation-text", has_text="Target 50 by 2035").count() == 1
    assert offline_page.get_by_text("If the ", exact=False).filter(has_text="would have").count() == 1
    offline_page.screenshot(path="artifacts/growth-what-if.png", full_page=True)
    assert offline_page.attempted_external == []


@pytest.mark.parametrize("query", ["", "?metric=institutions", "?bloc=au"])
def test_at_most_five_milestones_are_named_and_none_crosses_the_targets_label(offline_page, base_url, query):
    visit(offline_page, base_url, f"{GROWTH.url_path}{query}")
    offline_page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    offline_page.wait_for_timeout(1000)
    panel = offline_page.locator(".js-plotly-plot").nth(1)  # the panel under the targets at a glance
    names = panel.evaluate(
        """plot => {
        const milestones = new Set((plot.layout.annotations || []).filter(a => a.name === 'NAME')
            .map(a => a.text));
        return Array.from(plot.querySelectorAll('.annotation')).map(a => {
            const r = a.getBoundingClientRect();
            return {text: a.textContent, milestone: milestones.has(a.textContent),
                    box: [r.left, r.top, r.right, r.bottom]}; }); }""".replace("NAME", MILESTONE_ANNOTATION)
    )
    written = [n for n in names if n["milestone"]]
    assert 1 <= len(written) <= 5
    target = [n for n in names if n["text"].startswith("Target") or n["text"].startswith("Axis fitted")]
    assert target
    for name in written:
        a, b = name["box"], target[0]["box"]
        assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (name["text"], target[0]["text"])
