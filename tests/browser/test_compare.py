"""The comparison page in the real browser."""

import pytest
from pptx import Presentation

from components.navigation import COMPARE
from datalayer.words.dates import written_date
from tests.browser.helpers import choose_tab, open_section, visit, wait_for_map
from tests.conftest import data_checked_on

pytestmark = pytest.mark.browser


def test_compare_draws_charts_names_overlap_and_shows_the_newest_change(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1400, "height": 9000})  # the main pane scrolls: show it all
    visit(offline_page, base_url, COMPARE.url_path)
    offline_page.wait_for_selector(".js-plotly-plot .scatterlayer .trace")
    for section in ("In both coalitions", "Composition", "Key facts", "Milestones"):
        open_section(offline_page, section)
    wait_for_map(offline_page)  # the overlap map draws its shapes from the local topology
    # Then and now, membership, overlap, blocs, milestones: a chart mounts a moment after its section's rerun ends.
    offline_page.wait_for_function("document.querySelectorAll('.js-plotly-plot').length >= 5", timeout=60_000)
    assert offline_page.locator(".js-plotly-plot").count() == 5
    main = offline_page.locator('[data-testid="stMain"]')
    assert (
        main.get_by_text(f"Data checked to {written_date(data_checked_on())}. Latest change", exact=False).count() == 1
    )
    for state in ("Thailand", "Senegal"):
        assert main.get_by_text(state, exact=False).count() >= 1
    facts = main.locator("table", has_text="Legal nature")
    assert facts.locator("a[href^='http']").count() >= 15  # a source link in (almost) every cell
    assert offline_page.locator(".legendtext", has_text="Both ILRS and Artemis (2)").count() == 1
    # The milestones' years to scale to ten years past the As of date, then a marked break before 2045 and 2050.
    ticks = offline_page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].map(p => p.layout.xaxis || {})"
        ".filter(a => (a.ticktext || []).includes('2050')).map(a => Object.fromEntries("
        "a.ticktext.map((t, i) => [t, a.tickvals[i]])))[0]"
    )
    assert ticks["2035"] == 2035 and 2036 < ticks["2045"] < ticks["2050"] < 2041
    offline_page.screenshot(path="artifacts/compare.png", full_page=True)
    # Each bloc's split over time: one small panel per bloc, its title above it.
    choose_tab(offline_page, "Blocs over time")
    offline_page.wait_for_function(
        "[...document.querySelectorAll('.js-plotly-plot')].some(p => (p.layout.annotations || []).length >= 17)",
        timeout=60_000,
    )
    titles = offline_page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')].filter(p => (p.layout.annotations || []).length >= 17)"
        ".map(p => [...p.querySelectorAll('.annotation-text')].map(t => t.textContent))[0]"
    )
    assert {"SCO", "ESA", "African Union", "BRICS members"} <= set(titles)
    assert offline_page.attempted_external == []


def test_sections_and_tabs_draw_their_charts_only_when_opened(offline_page, base_url):
    visit(offline_page, base_url, COMPARE.url_path)
    charts = offline_page.locator(".js-plotly-plot")
    charts.nth(1).wait_for()
    # Then and now, and the first growth chart: nothing else until a section or tab is opened.
    assert charts.count() == 2 and offline_page.locator('[data-testid="stDataFrame"]').count() == 0
    choose_tab(offline_page, "New members per year")
    offline_page.wait_for_selector(".js-plotly-plot .barlayer .trace")
    assert offline_page.get_by_text("The ILRS's busiest", exact=False).count() == 1  # the bar chart's summary
    open_section(offline_page, "Space powers")
    offline_page.locator('[data-testid="stDataFrame"]').first.wait_for()
    open_section(offline_page, "Link to exactly what you see")
    code = offline_page.locator('[data-testid="stCode"]')
    code.first.wait_for()
    assert "/compare" in code.first.inner_text()
    assert offline_page.attempted_external == []


def test_compare_asof_in_the_url_rolls_the_page_back(offline_page, base_url):
    visit(offline_page, base_url, f"{COMPARE.url_path}?asof=2023-12-31&bloc=brics")
    open_section(offline_page, "In both coalitions")
    wait_for_map(offline_page)
    ilrs = offline_page.locator('[data-testid="stMetric"]', has_text="ILRS member states")
    # BRICS at the end of 2023 was five states; China (the lead), Russia and South Africa (Sept 2023) were in.
    assert int(ilrs.locator('[data-testid="stMetricValue"]').inner_text()) == 3
    assert offline_page.get_by_text("BRICS members · as of 31 December 2023 · states only", exact=False).count() == 1
    assert offline_page.locator(".legendtext", has_text="Both ILRS and Artemis").count() == 0


def test_a_group_survives_the_shared_link_the_presenter_and_the_pack(offline_page, base_url, tmp_path):
    """A reader's own group in the address is the scope everywhere it travels: the page (its link kept, as a
    colleague opening it would see it), presenter mode and the briefing pack, whose file, title and method name it."""
    visit(offline_page, base_url, f"{COMPARE.url_path}?group=sen,MLI,NER,BFA,TCD&group_name=Sahel")
    assert "group=SEN%2CMLI%2CNER%2CBFA%2CTCD" in offline_page.url and "group_name=Sahel" in offline_page.url
    main = offline_page.locator('[data-testid="stMain"]')
    assert main.get_by_text("Within the group 'Sahel', counting each coalition", exact=False).count() == 1
    button = offline_page.get_by_role("button", name="Briefing pack (PowerPoint)")
    button.scroll_into_view_if_needed()
    with offline_page.expect_download(timeout=120_000) as download:
        button.click()
    assert download.value.suggested_filename == f"ilrs-briefing_group-sahel_{data_checked_on()}.pptx"
    path = tmp_path / "pack.pptx"
    download.value.save_as(path)
    slides = [
        "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame) for slide in Presentation(path).slides
    ]
    assert "Group: Sahel" in slides[0] and "group=SEN%2CMLI%2CNER%2CBFA%2CTCD" in slides[0]
    assert any("Burkina Faso, Chad, Mali, Niger and Senegal" in text for text in slides)  # the method slide
    visit(offline_page, base_url, offline_page.url.split("/", 3)[3] + "&present=1")
    offline_page.wait_for_selector(".js-plotly-plot")
    assert main.get_by_text("Group: Sahel", exact=False).count() >= 1  # the slide's subtitle
    assert offline_page.attempted_external == []
