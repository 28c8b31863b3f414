"""The reader's language: read from ?lang= first thing on every run (so every word of the run is written in it),
picked in the sidebar, and kept in the address whenever it is not the browser's own, so a shared link opens in
the language it was taken in.

The picker sits at the top of the sidebar but is drawn last (see LaterWidgets: a select box's code loaded before
the first chart keeps the chart waiting); its slot is made first, so it still stands at the top."""

from __future__ import annotations

import streamlit as st

from components.navigation import Page
from components.widgets import url_state
from components.widgets.controls import LaterWidgets, add_notice, url_value
from datalayer.vocab import ENGLISH, UN_LANGUAGES
from datalayer.words import interface
from datalayer.words.language import speak
from datalayer.words.translation import t

CHOSEN = "_language"  # the session's language, across pages (each page's picker has its own key)
PICKER = "_language_picker"  # this run's picker, drawn by draw_language_picker()


def browser_language() -> str:
    """The browser's language where it is one of the six ('fr-SN' -> 'fr'), else English."""
    code = (st.context.locale or "").split("-")[0].lower()
    return code if code in UN_LANGUAGES else ENGLISH


def read_language(page: Page) -> str:
    """The language of this run: the address's, else the one this session last chose, else the browser's. Sets it
    for every word written in this run."""
    key = page.widget("lang")
    if key not in st.session_state:  # the page's first run: its picker is not drawn yet
        parsed = url_state.parse_choice(url_state.LANG, url_value(url_state.LANG), UN_LANGUAGES)
        if parsed.notice:
            add_notice(parsed.notice)
        st.session_state[key] = parsed.value or st.session_state.get(CHOSEN) or browser_language()
    else:
        url_value(url_state.LANG)  # read, so it is not flagged as a setting this page ignores
    chosen = st.session_state[CHOSEN] = st.session_state[key]
    speak(chosen)
    return chosen


def place_language_picker(page: Page) -> None:
    """The picker's slot, where it is called (the top of the sidebar); drawn by draw_language_picker()."""
    picker = LaterWidgets(st.sidebar.container())
    picker.add(lambda: _draw(page.widget("lang")))
    st.session_state[PICKER] = picker


def _draw(key: str) -> None:
    chosen = st.selectbox(t(interface.LANGUAGE), list(UN_LANGUAGES), format_func=UN_LANGUAGES.__getitem__, key=key)
    # The browser's own language is left out of the address, unless the link itself said it: a link keeps what it says.
    if chosen is None or (chosen == browser_language() and st.query_params.get(url_state.LANG) != chosen):
        st.query_params.pop(url_state.LANG, None)
    else:
        st.query_params[url_state.LANG] = chosen


def draw_language_picker() -> None:
    """Draws this run's picker in its slot (every page's last call, show_briefing_tools, makes it)."""
    picker = st.session_state.pop(PICKER, None)
    if picker is not None:
        picker.draw()
