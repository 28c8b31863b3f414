"""Growth vs targets at /growth: is ILRS on track for 50 countries, 500 institutions, 5,000 researchers?"""
import streamlit as st

from components.data_access import growth_page, reconciliation_view, what_if_options, what_if_view
from components.exhibits import show_exhibit, show_kpis
from components.navigation import GROWTH
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.presenting.presenter import PAGE_CONTROLS
from components.widgets import url_state
from components.tables import show_table
from components.widgets.controls import (
    add_notice,
    scope_controls,
    show_notices,
    url_choice,
    url_multi,
    url_toggle,
    url_value,
)
from components.widgets.sections import section
from datalayer import vocab
from datalayer.viewmodels.growth import USES as GROWTH_USES
from datalayer.viewmodels.growth import GrowthOptions, target_year_choices
from datalayer.viewmodels.what_if import WHAT_IF_HELP, WHAT_IF_PROMPT

data = start_page(GROWTH, GROWTH_USES)
scope = scope_controls(GROWTH, data)
with st.sidebar:
    overlay = url_toggle("Overlay Artemis Accords signatories", url_state.OVERLAY, GROWTH.widget("overlay"), False)

# Filled once the view is known (presenter mode shows a slide instead). The targets at a glance come before the
# panel's controls, so the browser draws the first chart before it loads the controls' scripts.
header, glance = st.container(), st.container()
with st.container(key=PAGE_CONTROLS):
    controls = st.columns([2, 2, 1])
    with controls[0]:
        metric = url_choice(st.radio, "Panel", url_state.METRIC, GROWTH.widget("metric"),
                            {m: vocab.METRIC_LABELS[m] for m in vocab.TARGET_METRICS}, vocab.COUNTRIES,
                            horizontal=True)
    with controls[1]:
        rule = url_choice(st.radio, "Counting rule (countries panel)", url_state.RULE, GROWTH.widget("rule"),
                          vocab.COUNTING_RULES, vocab.STATES_ONLY, horizontal=True)
    with controls[2]:
        years, basic_station = target_year_choices(data.milestones)
        target_year = url_choice(st.selectbox, "Reach target by", url_state.TARGET_YEAR, GROWTH.widget("target_year"),
                                 years, basic_station)

page = growth_page(scope, data.checked_on, GrowthOptions(metric, rule, target_year, overlay))
with header:
    show_frame(GROWTH, data, page.exhibits)
    notices = st.container()
    if page.info:
        st.info(page.info)
    show_kpis(page.kpis)
at_a_glance, *panels = page.exhibits
with glance:
    show_exhibit(at_a_glance)
for exhibit in panels:
    show_exhibit(exhibit)
if page.latest_claim:
    st.text(page.latest_claim)
    differs = section("Why officials' figures differ from our count", GROWTH.widget("reconciliation_section"))
    if differs.open:
        with differs:
            show_exhibit(reconciliation_view(data.checked_on).exhibit)
for note in page.notes:
    st.caption(note)

asked = url_state.WHAT_IF in st.query_params  # a link with ?what_if= opens the scenario
scenario = section("What if they all signed? A scenario, not a count", GROWTH.widget("what_if_section"), expanded=asked)
if scenario.open:
    with scenario:
        chosen, leftovers = url_multi(
            "States that have not signed, or a preset", url_state.WHAT_IF, GROWTH.widget("what_if"),
            what_if_options(data.checked_on), placeholder="Type a country, or pick a preset",
            disabled=metric != vocab.COUNTRIES, help=WHAT_IF_HELP)
        what_if = what_if_view(data.checked_on, metric, target_year, (*chosen, *leftovers))
        for notice in what_if.notices:
            add_notice(url_state.item_notice(url_state.WHAT_IF, notice))
        if what_if.exhibit:
            show_exhibit(what_if.exhibit)
            show_table(what_if.chosen, key=GROWTH.widget("what_if_chosen"), download=False)
        else:
            st.text(WHAT_IF_PROMPT)
elif asked:
    url_value(url_state.WHAT_IF)  # read, so it is kept and not flagged, while the section is closed

show_notices(notices)  # after every URL-bound widget has read its parameter
show_briefing_tools(GROWTH, data.checked_on, scope)
