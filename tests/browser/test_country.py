"""Country profiles in the real browser: a click on the map opens one, and its briefing pack downloads."""

import io

import pytest
from pptx import Presentation

from components.exhibits import TABLE_FRAME
from components.navigation import COUNTRY, MAP
from datalayer.viewmodels.country import NO_REASON, country_pack_file_name
from tests.browser.helpers import (
    fits_without_scrolling,
    legend_clear_of_axes,
    no_horizontal_scroll,
    visit,
    wait_for_map,
)

pytestmark = pytest.mark.browser


def click_country(page, iso3: str) -> None:
    """Clicks the middle of a country's shape (Plotly binds each shape's ISO3 to its path's data)."""
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    index = page.evaluate(
        "Array.from(document.querySelectorAll('path.choroplethlocation'))"
        f".findIndex(p => p.__data__ && p.__data__.loc === '{iso3}')"
    )
    box = page.locator("path.choroplethlocation").nth(index).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_clicking_a_country_on_the_map_opens_its_profile(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1400, "height": 1400})
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    click_country(offline_page, "EGY")
    link = offline_page.get_by_role("link", name="Open its country profile")
    with offline_page.context.expect_page() as opened:
        link.click()
    profile = opened.value
    profile.wait_for_url(f"**/{COUNTRY.url_path}?iso3=EGY**")
    main = profile.locator('[data-testid="stMain"]')
    main.get_by_role("heading", name="Egypt", exact=True).wait_for()
    main.get_by_text(f"For the ILRS, {NO_REASON}.").wait_for()
    profile.wait_for_selector(".js-plotly-plot .main-svg")
    assert offline_page.attempted_external == []


def test_the_profiles_briefing_pack_downloads_and_opens(offline_page, base_url, tables):
    visit(offline_page, base_url, f"{COUNTRY.url_path}?iso3=SEN")
    offline_page.wait_for_selector(".js-plotly-plot .main-svg")
    button = offline_page.get_by_role("button", name="Senegal briefing pack (PowerPoint)")
    button.scroll_into_view_if_needed()
    with offline_page.expect_download(timeout=120_000) as download:
        button.click()
    assert download.value.suggested_filename == country_pack_file_name("SEN", tables.checked_on)
    deck = Presentation(io.BytesIO(open(download.value.path(), "rb").read()))
    titles = [s.shapes.title.text_frame.text for s in deck.slides]
    assert titles[0] == "Senegal: the ILRS and the Artemis Accords"
    assert "Senegal's officials on why it joined the ILRS and the Artemis Accords" in titles
    assert titles[-1] == "How to cite this briefing"
    assert offline_page.attempted_external == []


@pytest.mark.parametrize(
    ("number", "size"),
    [(1, (1280, 720)), (2, (1280, 720)), (3, (1280, 720)), (4, (1920, 1080)), (5, (1280, 720))],
    ids=["standing", "order", "why", "timeline", "bloc-mates"],
)
def test_a_profiles_parts_present_one_per_screen(offline_page, base_url, number, size):
    offline_page.set_viewport_size({"width": size[0], "height": size[1]})
    visit(offline_page, base_url, f"{COUNTRY.url_path}?iso3=SEN&present=1&slide={number}")
    offline_page.wait_for_selector(".js-plotly-plot .main-svg")
    offline_page.wait_for_timeout(1500)
    offline_page.get_by_text(f"{number} / 6").wait_for()
    assert fits_without_scrolling(offline_page)
    chart = offline_page.evaluate("document.querySelector('.js-plotly-plot .main-svg').getBoundingClientRect().height")
    assert chart >= 0.6 * size[1]
    assert legend_clear_of_axes(offline_page)


FRAMES = f'[class*="_{TABLE_FRAME}"]'
# Plotly's own measure of a table: the share of its rows' height it shows (below 1, it clips and scrolls inside).
ROWS_SHOWN = """() => Array.from(document.querySelectorAll('.js-plotly-plot .table .scrollbar-kit'))
    .map(kit => kit.__data__.scrollbarState.ratio)"""


def test_a_profiles_tables_show_every_row_on_a_desktop_and_on_a_phone(offline_page, base_url):
    """On a phone a table figure keeps the width its rows were measured for and scrolls sideways in its own box;
    the page itself never scrolls sideways."""
    for width, height in ((1400, 1000), (390, 844)):
        offline_page.set_viewport_size({"width": width, "height": height})
        visit(offline_page, base_url, f"{COUNTRY.url_path}?iso3=SEN")
        tables = offline_page.locator(FRAMES).count()
        offline_page.wait_for_function(
            f"() => document.querySelectorAll('{FRAMES} .scrollbar-kit').length === {tables}"
        )
        assert tables >= 3 and offline_page.evaluate(ROWS_SHOWN) == [1] * tables, width
        assert no_horizontal_scroll(offline_page), width
    scrolls = offline_page.evaluate(f"""() => Array.from(document.querySelectorAll('{FRAMES}'))
        .map(frame => frame.scrollWidth > frame.clientWidth)""")
    assert scrolls == [True] * tables
    assert offline_page.attempted_external == []
