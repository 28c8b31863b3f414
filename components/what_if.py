"""The growth page's scenario section: a picker bound to ?what_if=, the scenario exhibit and the states it adds."""

from __future__ import annotations

from datetime import date

import streamlit as st

from components.data_access import what_if_model, what_if_options
from components.exhibits import show_exhibit
from components.navigation import Page
from components.tables import show_table
from components.widgets import url_state
from components.widgets.controls import add_notice, url_multi, url_value
from components.widgets.sections import section
from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.viewmodels.what_if import WHAT_IF, WHAT_IF_HELP, WHAT_IF_PROMPT
from datalayer.words import interface, what_if_lines
from datalayer.words.translation import t


def show_what_if(page: Page, as_of: date, metric: str, target_year: int, scope: Scope) -> tuple[Exhibit, ...]:
    """A section, opened by a link that carries ?what_if=; drawn only when open. Returns the scenario's exhibit
    (for the briefing pack) when one is drawn. `scope` lends the 'group' preset the reader's own group."""
    asked = url_state.WHAT_IF in st.query_params
    scenario = section(what_if_lines.WHAT_IF_TITLE, page.widget("what_if_section"), expanded=asked)
    if not scenario.open:
        if asked:
            url_value(url_state.WHAT_IF)  # read, so it is kept and not flagged while the section is closed
        return ()
    with scenario:
        chosen, leftovers = url_multi(
            t(interface.WHAT_IF_PICKER_LABEL),
            url_state.WHAT_IF,
            page.widget("what_if"),
            what_if_options(as_of),
            placeholder=t(interface.WHAT_IF_PICKER_PLACEHOLDER),
            disabled=metric != vocab.COUNTRIES,
            help=WHAT_IF_HELP,
        )
        what_if = what_if_model(as_of, metric, target_year, (*chosen, *leftovers), scope)
        for notice in what_if.notices:
            add_notice(url_state.item_notice(url_state.WHAT_IF, notice))
        if what_if.exhibits:
            show_exhibit(what_if.exhibit(WHAT_IF))
            show_table(what_if.chosen, key=page.widget("what_if_chosen"), download=False)
            return what_if.exhibits
        st.text(WHAT_IF_PROMPT)
        return ()
