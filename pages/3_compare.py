"""ILRS vs Artemis at /compare: how big, how fast, who, how much of the world, who is in both."""

from datetime import date

import streamlit as st

from components.data_access import compare_model, since_default
from components.exhibits import show_exhibit, show_exhibit_tabs, show_tiles
from components.key_facts import show_key_facts
from components.navigation import COMPARE
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.tables import show_table
from components.widgets.controls import LaterWidgets, as_of_control, scope_controls, show_notices, since_control
from components.widgets.sections import section
from datalayer.viewmodels.compare import (
    ALIGNED,
    BLOCS_OVER_TIME,
    BY_BLOC,
    BY_REGION,
    MEMBERSHIP,
    MILESTONES,
    OVERLAP,
    PER_YEAR,
    THEN_AND_NOW,
    as_of_stops,
)
from datalayer.viewmodels.compare import USES as COMPARE_USES
from datalayer.words import interface
from datalayer.words.translation import t

data = start_page(COMPARE, COMPARE_USES)
sidebar = LaterWidgets()  # read now, drawn last: the first chart does not wait for the widgets' code
scope = scope_controls(COMPARE, data, sidebar)
as_of = as_of_control(COMPARE, as_of_stops(date.today()), data.checked_on, sidebar)

since = since_control(COMPARE, as_of_stops(date.today()), since_default(scope, as_of), sidebar)
page = compare_model(scope, as_of, since)
show_frame(COMPARE, data, page.exhibits)
show_notices(st.container(), page.notices)
st.text(page.scope_line)
show_tiles(page.tiles)
for finding in page.bottom_line:  # the bottom line, before any chart: words a room reads without a plot
    st.text(f"▸ {finding}")
show_exhibit(page.exhibit(THEN_AND_NOW))  # the bottom line's chart: both coalitions then and now

st.header(t(interface.GROWTH))
show_exhibit_tabs(
    COMPARE.widget("growth_tabs"),
    {
        t(interface.CALENDAR_TIME): page.exhibit(MEMBERSHIP),
        t(interface.MONTHS_SINCE_LAUNCH): page.exhibit(ALIGNED),
        t(interface.NEW_MEMBERS_PER_YEAR): page.exhibit(PER_YEAR),
    },
)

both = section(t(interface.IN_BOTH_COALITIONS), COMPARE.widget("both_section"))
if both.open:
    with both:
        listed, pictured = st.columns([2, 3])
        with listed:
            for line in page.both_lines:
                st.text(f"• {line}")
        with pictured:
            show_exhibit(page.exhibit(OVERLAP))

powers = section("Space powers", COMPARE.widget("powers_section"))
if powers.open:
    with powers:
        st.text(page.space_powers_line)
        show_table(
            page.space_powers,
            key=COMPARE.widget("space_powers"),
            download_name=f"ilrs-tracker_space-powers_{as_of}.csv",
            caption=t(interface.SPACE_POWERS_SOURCE),
        )

weight = section(t(interface.WEIGHT_IN_THE_WORLD), COMPARE.widget("weight_section"))
if weight.open:
    with weight:
        for column, (_label, tiles) in zip(st.columns(len(page.weight)), page.weight, strict=True):
            for kpi in tiles:
                column.metric(kpi.label, kpi.value, help=kpi.help or None)
        st.caption(page.weight_note)

composition = section("Composition", COMPARE.widget("composition_section"))
if composition.open:
    with composition:
        show_exhibit_tabs(
            COMPARE.widget("composition_tabs"),
            {
                t(interface.BY_BLOC): page.exhibit(BY_BLOC),
                t(interface.BLOCS_OVER_TIME_TAB): page.exhibit(BLOCS_OVER_TIME),
                t(interface.BY_UN_REGION): page.exhibit(BY_REGION),
            },
        )

facts = section("Key facts", COMPARE.widget("facts_section"))
if facts.open:
    with facts:
        show_key_facts(page.key_facts, key=COMPARE.widget("facts"), download_name=f"ilrs-tracker_key-facts_{as_of}.csv")
        st.caption(t(interface.KEY_FACTS_NOTE))

milestones = section("Milestones", COMPARE.widget("milestones_section"))
if milestones.open:
    with milestones:
        show_exhibit(page.exhibit(MILESTONES))

sidebar.draw()  # last: see LaterWidgets
show_briefing_tools(COMPARE, data.checked_on, scope, as_of)
