"""Presenter mode (?present=1): a page's exhibits one per screen, for a projector. No sidebar, header or
toolbar, large type, and the slide number in the URL (&slide=3), so a presenter can open a link straight at the
third chart. Scope and As of come from the same URL as the page's."""

from __future__ import annotations

import streamlit as st

from components.exhibits import dark_theme
from components.markdown import escaped
from components.navigation import Page
from components.widgets import url_state
from components.widgets.controls import add_notice, show_notices, url_value
from datalayer import vocab
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.words import interface
from datalayer.words.translation import t
from figures.media import for_medium
from figures.plotly_config import PLOTLY_CONFIG
from figures.slide import source_line

PAGE_CONTROLS = "page_controls"  # the key of a page's own (non-sidebar) widgets: hidden while presenting
# Only this constant styling is ever passed as HTML: it hides Streamlit's chrome, tightens the margins, gives the
# chart the height the viewport leaves under the title row and above the takeaway (SLIDE_CHROME), and sets the
# takeaway in large type. Streamlit cannot read the viewport's height, so the browser sizes the chart.
SLIDE_CHROME = "17.5rem"  # title row (a headline: up to two lines), subtitle, takeaway (three lines), sources, gaps
CHROME_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stExpandSidebarButton"] {display: none !important;}
[data-testid="stMainBlockContainer"] {padding: 0.6rem 2rem 0.25rem !important; max-width: 100% !important;}
[data-testid="stMain"] h1 {font-size: clamp(1.5rem, 3.4vh, 2.2rem) !important; padding: 0 !important;}
.st-key-page_controls {display: none !important;}
[class*="st-key-"][class*="present_chart"] {
    height: max(60vh, calc(100vh - SLIDE_CHROME)) !important; flex: 0 0 auto !important;}
[class*="st-key-"][class*="present_chart"] > div,
[class*="st-key-"][class*="present_chart"] .stPlotlyChart {height: 100% !important;}
[class*="st-key-"][class*="present_takeaway"] [data-testid="stText"] {
    font-size: clamp(1.2rem, 2.9vh, 1.6rem) !important; line-height: 1.35;}
</style>""".replace("SLIDE_CHROME", SLIDE_CHROME)


def presenting() -> bool:
    parsed = url_state.parse_switch(url_state.PRESENT, url_value(url_state.PRESENT))
    if parsed.notice:
        add_notice(parsed.notice)
    return bool(parsed.value)


def slide_number(count: int) -> int:
    parsed = url_state.parse_choice(
        url_state.SLIDE, url_value(url_state.SLIDE), {str(n): str(n) for n in range(1, count + 1)}
    )
    if parsed.notice:
        add_notice(parsed.notice)
    return int(str(parsed.value or 1))


def _go_to(number: int) -> None:
    st.query_params[url_state.SLIDE] = str(number)


def _stop_presenting() -> None:
    st.query_params.pop(url_state.PRESENT, None)
    st.query_params.pop(url_state.SLIDE, None)


def _start_presenting() -> None:
    st.query_params[url_state.PRESENT] = url_state.ON
    st.query_params[url_state.SLIDE] = "1"


def show_present_button(page: Page, exhibits: tuple[Exhibit, ...]) -> None:
    if exhibits:
        st.button(
            t(interface.PRESENT),
            key=page.widget("present"),
            icon=":material/slideshow:",
            on_click=_start_presenting,
            help=t(interface.PRESENTER_MODE_HELP),
        )


def present(page: Page, exhibits: tuple[Exhibit, ...]) -> None:
    """Shows one exhibit full screen with Previous, its number and Next; the page stops after it."""
    st.html(CHROME_CSS)  # st.html, not Markdown: the selectors hold "*", which Markdown would read as emphasis
    if not exhibits:
        st.title(t(interface.NOTHING_TO_PRESENT))
        st.text(t(interface.NO_CHARTS_TO_PRESENT))
        st.button(t(interface.LEAVE_PRESENTER_MODE), key=page.widget("present_exit"), on_click=_stop_presenting)
        st.stop()
    number = slide_number(len(exhibits))
    exhibit = exhibits[number - 1]
    heading, back, where, forward, leave = st.columns([7, 1.1, 0.6, 1.1, 1.3], vertical_alignment="center")
    heading.title(escaped(exhibit.headline), anchor=False)
    back.button(
        t(interface.PREVIOUS),
        key=page.widget("present_previous"),
        disabled=number == 1,
        on_click=_go_to,
        args=(number - 1,),
        width="stretch",
    )
    where.text(f"{number} / {len(exhibits)}")
    forward.button(
        t(interface.NEXT),
        key=page.widget("present_next"),
        disabled=number == len(exhibits),
        on_click=_go_to,
        args=(number + 1,),
        width="stretch",
    )
    leave.button(
        t(interface.LEAVE),
        key=page.widget("present_exit"),
        on_click=_stop_presenting,
        width="stretch",
        help=t(interface.LEAVE_PRESENTER_MODE),
    )
    show_notices(st.container(), all_widgets_ran=False)  # the page's later widgets did not run: keep their params
    st.text(exhibit.label_line)
    with st.container(key=page.widget("present_chart")):
        st.plotly_chart(
            for_medium(exhibit, vocab.PRESENT, dark_theme()),
            config=PLOTLY_CONFIG,
            key=page.widget("present_figure"),
            width="stretch",
            height="stretch",
        )
    with st.container(key=page.widget("present_takeaway"), gap=None):
        st.text(exhibit.summary)
        st.caption(escaped(source_line([s.publisher for s in exhibit.sources])))
    st.stop()
