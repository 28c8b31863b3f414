"""What every browser test does on arrival: load a path and wait for the app to finish its run."""

from playwright.sync_api import Page, TimeoutError

ARRIVED = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'


def visit(page: Page, base_url: str, path: str) -> Page:
    page.goto(f"{base_url}/{path}")
    page.wait_for_selector('[data-testid="stMain"] h1', state="visible")
    page.wait_for_selector(ARRIVED, state="attached")
    return page


OPEN_ATTEMPTS, OPEN_WAIT_MS, RERUN_START_MS = 3, 20_000, 1_500
RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'


def settled(page: Page) -> None:
    """Waits until no rerun is under way: one that a click asked for may take a moment to start."""
    try:
        page.wait_for_selector(RUNNING, state="attached", timeout=RERUN_START_MS)
    except TimeoutError:
        pass  # it had finished before we looked, or none was asked for
    page.wait_for_selector(ARRIVED, state="attached")


def open_section(page: Page, label: str) -> None:
    """Clicks a collapsed section open and waits for the rerun that draws its content. A click that lands while
    an earlier section's rerun is still under way can be lost (the section shows closed again): each click waits
    for the rerun it asked for, and a lost one is clicked once more, as a reader would."""
    section = page.locator('[data-testid="stExpander"]', has=page.locator("summary", has_text=label)).first
    # The first element that shows: a section may open with a style-only element, which never does.
    content = (
        section.locator('[data-testid="stExpanderDetails"] [data-testid="stElementContainer"]')
        .filter(visible=True)
        .first
    )
    for attempt in range(OPEN_ATTEMPTS):
        if section.locator("details[open]").count() == 0:
            section.locator("summary").first.click()
            settled(page)
        try:
            # Drawn: the rerun that the opening asked for has put the section's content in.
            content.wait_for(state="visible", timeout=OPEN_WAIT_MS)
            break
        except TimeoutError:
            if attempt == OPEN_ATTEMPTS - 1:
                raise
    page.wait_for_selector(ARRIVED, state="attached")


def choose_tab(page: Page, label: str) -> None:
    page.get_by_role("tab", name=label).click()
    page.wait_for_selector(ARRIVED, state="attached")


CLOSED_SECTION = '[data-testid="stExpander"] details:not([open]) summary [data-testid="stMarkdownContainer"]'
# Sections that hold tables, downloads and the citation, not charts.
NOT_CHARTS = ("Data, download and sources", "Link to exactly what you see")


def open_chart_sections(page: Page) -> None:
    """Opens every collapsed section that holds charts, and any that appear inside them."""
    while labels := [t for t in page.locator(CLOSED_SECTION).all_inner_texts() if not t.startswith(NOT_CHARTS)]:
        open_section(page, labels[0])


def every_tab(page: Page):
    """Yields with each tab of the page chosen in turn (only the chosen tab of a set is drawn)."""
    yield
    for label in page.get_by_role("tab").all_inner_texts():
        choose_tab(page, label)
        yield


def wait_for_map(page: Page, minimum_shapes: int = 20) -> int:
    """Waits until the choropleth drew country shapes from the local topology; returns how many."""
    page.wait_for_function(f"document.querySelectorAll('path.choroplethlocation').length >= {minimum_shapes}")
    return page.locator("path.choroplethlocation").count()


# Text drawn inside charts: scatter labels, annotations (targets, As of), bar labels and geo labels. Legend and
# axis tick text are laid out by Plotly itself and never collide.
CHART_LABELS = (
    ".js-plotly-plot .textpoint text, .js-plotly-plot .annotation-text, .js-plotly-plot .bartext, "
    ".js-plotly-plot .scattergeo text"
)


def label_boxes(page: Page) -> list[dict]:
    """Every visible, non-empty chart label's box on the page, with the chart it belongs to."""
    return page.evaluate(f"""() => Array.from(document.querySelectorAll({CHART_LABELS!r}))
        .filter(t => t.textContent.trim() && t.getBoundingClientRect().width > 0)
        .map(t => {{ const r = t.getBoundingClientRect();
                    const plot = t.closest('.js-plotly-plot');
                    return {{text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height,
                             chart: Array.from(document.querySelectorAll('.js-plotly-plot')).indexOf(plot)}}; }})""")


def overlapping(boxes: list[dict], slack: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of labels in the same chart whose boxes intersect (by more than `slack` pixels)."""
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a["chart"] != b["chart"]:
                continue
            if (
                a["x"] + a["w"] - slack > b["x"]
                and b["x"] + b["w"] - slack > a["x"]
                and a["y"] + a["h"] - slack > b["y"]
                and b["y"] + b["h"] - slack > a["y"]
            ):
                pairs.append((a["text"], b["text"]))
    return pairs


def fits_without_scrolling(page: Page) -> bool:
    return page.evaluate("""() => { const main = document.querySelector('[data-testid="stMain"]');
        return main.scrollHeight <= main.clientHeight + 1 && main.scrollWidth <= main.clientWidth + 1
            && document.documentElement.scrollHeight <= window.innerHeight + 1; }""")


def no_horizontal_scroll(page: Page) -> bool:
    return page.evaluate("""() => { const main = document.querySelector('[data-testid="stMain"]');
        return main.scrollWidth <= main.clientWidth + 1
            && document.documentElement.scrollWidth <= window.innerWidth + 1; }""")


def legend_clear_of_axes(page) -> bool:
    """No legend entry's box meets a tick label or an axis title."""
    return page.evaluate("""() => {
        const boxes = sel => Array.from(document.querySelectorAll(sel)).map(e => e.getBoundingClientRect())
            .filter(r => r.width > 0 && r.height > 0);
        const legend = boxes('.js-plotly-plot .legend .traces');
        const axes = boxes('.js-plotly-plot .xtick text, .js-plotly-plot .ytick text, ' +
                           '.js-plotly-plot .g-xtitle text, .js-plotly-plot .g-ytitle text');
        return !legend.some(a => axes.some(b => a.left < b.right && b.left < a.right &&
                                                a.top < b.bottom && b.top < a.bottom));
    }""")
