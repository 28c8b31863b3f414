"""Growth vs targets at /growth: is ILRS on track for 50 countries, 500 institutions, 5,000 researchers?"""

from datetime import date

import streamlit as st

from components.data_access import growth_model, reconciliation_model
from components.exhibits import show_exhibit, show_tiles
from components.navigation import GROWTH
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.presenting.presenter import PAGE_CONTROLS
from components.what_if import show_what_if
from components.widgets import url_state
from components.widgets.controls import (
    LaterWidgets,
    as_of_control,
    scope_controls,
    show_notices,
    url_choice,
    url_toggle,
)
from components.widgets.sections import section
from datalayer import vocab
from datalayer.viewmodels.growth import USES as GROWTH_USES
from datalayer.viewmodels.growth import GrowthOptions, as_of_stops, target_year_choices
from datalayer.viewmodels.reconciliation import RECONCILIATION
from datalayer.words import interface
from datalayer.words.translation import t

data = start_page(GROWTH, GROWTH_USES)
sidebar = LaterWidgets()  # read now, drawn last: the first chart does not wait for the widgets' code
scope = scope_controls(GROWTH, data, sidebar)
as_of = as_of_control(GROWTH, as_of_stops(date.today()), data.checked_on, sidebar)
overlay = url_toggle(t(interface.OVERLAY_ARTEMIS), url_state.OVERLAY, GROWTH.widget("overlay"), False, later=sidebar)

# Filled once the view is known (presenter mode shows a slide instead). The panel's controls sit between the
# targets at a glance and the panel, drawn last like the sidebar's.
header, glance = st.container(), st.container()
panel_controls = [LaterWidgets(into=column) for column in st.container(key=PAGE_CONTROLS).columns([2, 2, 1])]
metric = url_choice(
    st.radio,
    t(interface.PANEL),
    url_state.METRIC,
    GROWTH.widget("metric"),
    {m: vocab.METRIC_LABELS[m] for m in vocab.TARGET_METRICS},
    vocab.COUNTRIES,
    horizontal=True,
    later=panel_controls[0],
)
rule = url_choice(
    st.radio,
    t(interface.COUNTING_RULE_PANEL),
    url_state.RULE,
    GROWTH.widget("rule"),
    vocab.COUNTING_RULES,
    vocab.STATES_ONLY,
    horizontal=True,
    later=panel_controls[1],
)
years, basic_station = target_year_choices(data.milestones)
target_year = url_choice(
    st.selectbox,
    t(interface.REACH_TARGET),
    url_state.TARGET_YEAR,
    GROWTH.widget("target_year"),
    years,
    basic_station,
    later=panel_controls[2],
)

page = growth_model(scope, as_of, GrowthOptions(metric, rule, target_year, overlay))
with header:
    show_frame(GROWTH, data, page.exhibits)
    notices = st.container()
    if page.info:
        st.info(page.info)
    show_tiles(page.tiles)
at_a_glance, *panels = page.exhibits
with glance:
    show_exhibit(at_a_glance)
for exhibit in panels:
    show_exhibit(exhibit)
if page.latest_claim:
    st.text(page.latest_claim)
    differs = section(t(interface.WHY_OFFICIALS_DIFFER), GROWTH.widget("reconciliation_section"))
    if differs.open:
        with differs:
            show_exhibit(reconciliation_model(as_of).exhibit(RECONCILIATION))
for note in page.notes:
    st.caption(note)

scenario = show_what_if(GROWTH, as_of, metric, target_year, scope)
for widgets in (*panel_controls, sidebar):  # last: see LaterWidgets
    widgets.draw()
show_notices(notices, page.notices)  # after every URL-bound widget has read its parameter
show_briefing_tools(GROWTH, data.checked_on, scope, as_of, extra=scenario)
