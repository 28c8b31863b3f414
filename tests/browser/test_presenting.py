"""In front of a room, in the real browser: presenter mode, labels that never collide, the dark theme, a phone."""

import io

import pytest
from PIL import Image

from components.navigation import COMPARE, GROWTH, MAP, OVERVIEW, PAGES
from tests.browser.helpers import (
    ARRIVED,
    every_tab,
    fits_without_scrolling,
    label_boxes,
    legend_clear_of_axes,
    no_horizontal_scroll,
    open_chart_sections,
    overlapping,
    visit,
)
from tooling.colour_vision import contrast_ratio

pytestmark = pytest.mark.browser
PRESENTABLE = (OVERVIEW, MAP, GROWTH, COMPARE)
CHARTS_DRAWN = ".js-plotly-plot .main-svg"


def settle(page):
    page.wait_for_selector(ARRIVED, state="attached")
    page.wait_for_timeout(1500)  # Plotly lays text out after the first paint


SLIDES = {OVERVIEW: 2, MAP: 2, GROWTH: 2, COMPARE: 9}


# Every slide at 1280x720, the smaller screen that binds; the first of each page at 1920x1080 too.
CASES = [(page, n, (1280, 720)) for page, count in SLIDES.items() for n in range(1, count + 1)] + [
    (page, 1, (1920, 1080)) for page in SLIDES
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0].url_path or 'overview'}-{c[1]}-{c[2][0]}x{c[2][1]}")
def test_every_slide_fits_the_screen_without_sidebar(offline_page, base_url, case):
    entry, number, size = case
    offline_page.set_viewport_size({"width": size[0], "height": size[1]})
    visit(offline_page, base_url, f"{entry.url_path}?present=1&slide={number}")
    offline_page.wait_for_selector(CHARTS_DRAWN)
    settle(offline_page)
    assert offline_page.locator('[data-testid="stSidebar"]').is_hidden()
    assert (
        offline_page.locator('[data-testid="stHeader"]').count() == 0
        or offline_page.locator('[data-testid="stHeader"]').is_hidden()
    )
    assert offline_page.get_by_text(f"{number} / {SLIDES[entry]}").count() == 1
    assert fits_without_scrolling(offline_page), (entry.url_path, number)
    fonts = offline_page.evaluate("""() => Array.from(document.querySelectorAll(
        '.js-plotly-plot .xtick text, .js-plotly-plot .ytick text, .js-plotly-plot .annotation-text, ' +
        '.js-plotly-plot .legendtext, .js-plotly-plot .textpoint text, .js-plotly-plot .bartext'))
        .filter(t => t.textContent.trim()).map(t => parseFloat(getComputedStyle(t).fontSize))""")
    assert fonts and min(fonts) >= 18  # ticks, legend, notes, names on the map, bar and point labels
    # The legend takes at most a fifth of the chart.
    legend_share = offline_page.evaluate("""() => Math.max(0, ...Array.from(
        document.querySelectorAll('.js-plotly-plot')).map(p => {
            const bg = p.querySelector('.legend .bg'), svg = p.querySelector('.main-svg');
            if (!bg) return 0;
            const a = bg.getBoundingClientRect(), b = svg.getBoundingClientRect();
            return a.width * a.height / (b.width * b.height);
        }))""")
    assert legend_share <= 0.2, (entry.url_path, number, legend_share)
    chart = offline_page.evaluate("document.querySelector('.js-plotly-plot .main-svg').getBoundingClientRect().height")
    assert chart >= 0.6 * size[1], (entry.url_path, number, chart)
    assert legend_clear_of_axes(offline_page), (entry.url_path, number)
    assert offline_page.attempted_external == []


def test_the_presenter_map_opens_without_the_institution_circles_even_where_the_page_shows_them(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1920, "height": 1080})
    visit(offline_page, base_url, f"{MAP.url_path}?present=1&institutions=1")
    offline_page.wait_for_selector(CHARTS_DRAWN)
    settle(offline_page)
    width = offline_page.evaluate(
        "document.querySelector('.js-plotly-plot .geo .bg, .js-plotly-plot .geolayer').getBoundingClientRect().width"
    )
    assert width >= 0.8 * 1920  # the map runs (nearly) the screen's width
    legend = offline_page.locator(".js-plotly-plot .legend .traces", has_text="Institutions")
    assert legend.count() == 1
    assert float(legend.evaluate("e => getComputedStyle(e).opacity")) < 1  # off, one click away
    circles = "document.querySelectorAll('.js-plotly-plot .scattergeo text').length"
    hidden = offline_page.evaluate(circles)
    legend.click()
    offline_page.wait_for_function(f"{circles} > {hidden} + 5")


def test_next_moves_to_slide_two_in_the_url(offline_page, base_url):
    visit(offline_page, base_url, f"{COMPARE.url_path}?present=1&bloc=brics")
    offline_page.get_by_role("button", name="Next ▶").click()
    offline_page.wait_for_url("**slide=2**")
    offline_page.get_by_text("2 / 9").wait_for()
    assert "bloc=brics" in offline_page.url
    offline_page.screenshot(path="artifacts/presenter-compare-2.png")


@pytest.mark.parametrize("entry", PRESENTABLE, ids=lambda p: p.url_path or "overview")
def test_no_two_chart_labels_intersect(offline_page, base_url, entry):
    offline_page.set_viewport_size({"width": 1400, "height": 9000})
    visit(offline_page, base_url, entry.url_path)
    offline_page.wait_for_selector(CHARTS_DRAWN)
    open_chart_sections(offline_page)
    for _ in every_tab(offline_page):
        settle(offline_page)
        boxes = label_boxes(offline_page)
        assert boxes  # the check looked at real labels
        assert overlapping(boxes) == []


@pytest.mark.parametrize("entry", PRESENTABLE, ids=lambda p: p.url_path or "overview")
def test_chart_labels_are_legible_in_the_dark_theme(offline_page, base_url, entry):
    offline_page.set_viewport_size({"width": 1400, "height": 9000})
    offline_page.emulate_media(color_scheme="dark")  # the viewer's dark theme: the app follows it
    visit(offline_page, base_url, entry.url_path)
    app_background = offline_page.evaluate(
        """() => getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor"""
    )
    assert app_background != "rgb(255, 255, 255)"
    offline_page.wait_for_selector(CHARTS_DRAWN)
    open_chart_sections(offline_page)
    for _ in every_tab(offline_page):
        settle(offline_page)
        assert_legible(offline_page)


def assert_legible(offline_page):
    pairs = offline_page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot')).flatMap(plot => {
        const own = plot.querySelector('.main-svg').style.background;
        const app = getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor;
        const paper = own && !own.startsWith('rgba(0, 0, 0, 0)') ? own : app;
        return Array.from(plot.querySelectorAll('.xtick text, .ytick text, .legendtext, .annotation-text, ' +
                '.g-xtitle text, .g-ytitle text, .gtitle, .scattergeo text, .textpoint text'))
            // counts sit on dark circles
            .filter(t => !t.closest('.scattergeo') || !t.style.fill.includes('255, 255, 255'))
            .filter(t => t.textContent.trim())
            .map(t => [t.textContent, getComputedStyle(t).fill, paper]); })""")
    assert pairs

    def rgb(css):
        parts = [float(p) for p in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
        return tuple(p / 255 for p in parts)

    failing = [(text, fill, paper) for text, fill, paper in pairs if contrast_ratio(rgb(fill), rgb(paper)) < 4.5]
    assert failing == []


NON_TEXT_AA = 3.0  # WCAG 2.1, 1.4.11: a legend swatch against the page


def css_rgb(css: str) -> tuple[float, float, float]:
    parts = [float(p) for p in css[css.index("(") + 1 : css.index(")")].split(",")[:3]]
    return tuple(p / 255 for p in parts)


@pytest.mark.parametrize("query", ["", "?bloc=au", "?view=overlap", "?view=artemis&colour=year"])
def test_the_dark_map_sits_on_the_page_and_every_legend_swatch_stands_out(offline_page, base_url, query):
    offline_page.set_viewport_size({"width": 1400, "height": 1200})
    offline_page.emulate_media(color_scheme="dark")
    visit(offline_page, base_url, f"{MAP.url_path}{query}")
    offline_page.wait_for_selector(".js-plotly-plot .geolayer .choroplethlocation")
    settle(offline_page)
    page_rgb = css_rgb(
        offline_page.evaluate(
            """() => getComputedStyle(document.querySelector('[data-testid="stApp"]')).backgroundColor"""
        )
    )
    # The map's corner, outside the globe's outline, is drawn in the page's own colour: no white box.
    picture = Image.open(io.BytesIO(offline_page.locator(".js-plotly-plot .geolayer").first.screenshot()))
    corner = tuple(c / 255 for c in picture.convert("RGB").getpixel((3, 3)))
    assert max(abs(a - b) for a, b in zip(corner, page_rgb, strict=True)) < 0.02, (corner, page_rgb)
    swatches = offline_page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot .legend .traces'))
        .map(entry => {
            const stops = Array.from(entry.querySelectorAll('linearGradient stop, radialGradient stop'));
            const id = (entry.querySelector('.legendpoints path, .legendfill path') || {getAttribute: () => ''})
                .getAttribute('style') || '';
            const gradient = (id.match(/url\\("?#([^")]+)/) || [])[1];
            const stop = gradient && document.getElementById(gradient) && document.getElementById(gradient)
                .querySelector('stop');
            const path = entry.querySelector('.legendpoints path');
            const style = path ? getComputedStyle(path) : null;
            return {text: entry.textContent,
                    colours: [stop ? stop.getAttribute('stop-color') : null,
                              style && !style.fill.startsWith('url') ? style.fill : null,
                              style && style.stroke !== 'none' ? style.stroke : null].filter(Boolean)};
        })""")
    assert swatches and all(s["colours"] for s in swatches), swatches
    faint = [s for s in swatches if max(contrast_ratio(css_rgb(c), page_rgb) for c in s["colours"]) < NON_TEXT_AA]
    assert faint == []


@pytest.mark.parametrize("entry", PAGES, ids=lambda p: p.url_path or "overview")
def test_a_phone_gets_no_horizontal_scrolling(offline_page, base_url, entry):
    offline_page.set_viewport_size({"width": 390, "height": 844})
    visit(offline_page, base_url, entry.url_path)
    settle(offline_page)
    assert no_horizontal_scroll(offline_page), entry.url_path
    assert offline_page.locator('[data-testid="stSidebar"][aria-expanded="true"]').count() == 0  # filters tucked away
    if entry in PRESENTABLE:
        offline_page.wait_for_selector(CHARTS_DRAWN)
        width = offline_page.evaluate("document.querySelector('.js-plotly-plot').getBoundingClientRect().width")
        assert width >= 330  # the chart fills the phone's width
    if entry is OVERVIEW:
        offline_page.screenshot(path="artifacts/phone-overview.png", full_page=True)
