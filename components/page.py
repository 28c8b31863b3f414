"""The one setup every page calls first: page config, navigation with human labels, the data's check date
and newest change, and the tables every view model reads."""

from __future__ import annotations

from datetime import date

import streamlit as st

from components.data_access import show_data_error, tables
from components.navigation import PAGES, SOURCES, Page
from components.presenting.presenter import present, presenting, show_present_button
from components.warm_up import start_warm_up
from components.widgets import url_state
from components.widgets.language import place_language_picker, read_language
from datalayer.loading.datasets import CHANGES
from datalayer.loading.paths import STATIC_ROUTE
from datalayer.loading.tables import Tables
from datalayer.viewmodels.changes import latest_change_line
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.vocab import APP_NAME
from datalayer.words import interface
from datalayer.words.language import language, right_to_left, speaking
from datalayer.words.notices import staleness_notice
from datalayer.words.translation import data_language, t

# Our own file, by its static address: a Material icon as page_icon makes the browser fetch the favicon from a font
# CDN, and a file path is decoded and stored as a media file anew in every session (fetched twice per visit).
FAVICON = f"/{STATIC_ROUTE}favicon.png"  # from the root: Streamlit passes only /app/static/ through


# Streamlit draws a caption at 60% of the text colour: 3.9:1 on white, under WCAG AA's 4.5:1 for small text.
# At 80% a caption stays quieter than body text and reads at about 7:1 in the light theme and 10:1 in the dark.
# A code block in our written method wraps instead of scrolling: a scrolling box a keyboard cannot reach fails
# WCAG 2.1.1.
READABLE_CSS = (
    '<style>[data-testid="stCaptionContainer"] {opacity: 0.8;} '
    '[data-testid="stMarkdownPre"] .stCode * {white-space: pre-wrap !important; overflow-wrap: anywhere;}</style>'
)

# Arabic is read right to left: the page's content and the sidebar run that way (Streamlit sets no `dir` of its own).
# A chart keeps its own direction; numbers and Latin names inside a line keep theirs (the browser's bidi rules), and
# each paragraph, heading and caption takes its direction from its own first letter (`unicode-bidi: plaintext`), so
# an English sentence on an Arabic page keeps its full stop at its end.
RIGHT_TO_LEFT_CSS = (
    '<style>[data-testid="stMain"], [data-testid="stSidebarContent"] {direction: rtl; text-align: start;} '
    '[data-testid="stMain"] :is(p, h1, h2, h3, li, [data-testid="stText"], [data-testid="stText"] *) '
    "{unicode-bidi: plaintext;} "
    ".js-plotly-plot {direction: ltr;}</style>"
)


def start_page(page: Page, uses: tuple[str, ...]) -> Tables:
    """Page config, navigation and the tables; if a file this page draws on is malformed, its problems (file,
    line, column, rule) instead of the page. Other pages keep working."""
    # Embedded in someone's page (?embed=true), the view starts with its sidebar folded: the page is the chart.
    embedded = st.query_params.get(url_state.EMBED, "").lower() == "true"
    read_language(page)
    st.set_page_config(
        page_title=f"{t(page.label)} · {APP_NAME}",
        page_icon=FAVICON,
        layout="wide",
        initial_sidebar_state="collapsed" if embedded else "auto",
    )
    st.html(READABLE_CSS)
    if right_to_left():
        st.html(RIGHT_TO_LEFT_CSS)
    place_language_picker(page)
    with st.sidebar:
        st.markdown(f"### {APP_NAME}")
        st.caption(t(interface.ABOUT_THE_DASHBOARD))
        for entry in PAGES:
            st.page_link(entry.file, label=t(entry.label), icon=entry.icon)
    data = tables()
    with st.sidebar:
        st.caption(interface.data_checked(data.checked_on))
        stale = staleness_notice(data.checked_on, date.today())
        if stale:
            st.caption(f":material/warning: {stale}")
    broken = data.problems_among(uses)
    if broken:
        for error in broken:
            show_data_error(error)
        st.stop()
    if not data.problems:
        start_warm_up(data.checked_on)
    return data


def show_currency(data: Tables) -> None:
    """Under the title: when the data was last checked, and the newest change (plain text)."""
    line = interface.data_checked(data.checked_on)
    with speaking(data_language()):  # a sentence written from the data, in the language such words are in
        newest = latest_change_line(data.changes) if CHANGES.key not in data.problems else None
        stale = staleness_notice(data.checked_on, date.today())
    apart = data_language() != language()  # the data's words are not in the reader's language yet
    if newest and not apart:
        line += f" {newest}."
    st.text(line)
    if newest and apart:
        st.text(f"{newest}.")  # a line of its own: one line in two languages reads in neither direction
    if apart:
        st.info(t(interface.DATA_WORDS_IN_ENGLISH), icon=":material/translate:")
    if stale:
        st.warning(stale, icon=":material/history_toggle_off:")
    st.page_link(SOURCES.file, label=t(interface.CHANGES_AND_SOURCES), icon=":material/history:")


def show_all_problems(data: Tables) -> None:
    """Every malformed file and what is wrong with it (the sources page lists them all)."""
    for error in data.problems.values():
        show_data_error(error)


def show_frame(page: Page, data: Tables, exhibits: tuple[Exhibit, ...]) -> None:
    """What every page opens with: presenter mode when asked (the page stops there), else its title, the data's
    check date and newest change, and the Present button."""
    if presenting():
        present(page, exhibits)
    st.title(t(page.title))
    show_currency(data)
    show_present_button(page, exhibits)
