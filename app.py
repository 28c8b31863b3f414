"""Overview at /: our own headline counts, the partner map, and what changed lately."""

from datetime import date

import streamlit as st

from components.changes import show_latest_events
from components.data_access import FEED_URL, overview_model, overview_since_default
from components.exhibits import show_exhibit, show_tiles
from components.markdown import escaped
from components.navigation import COMPARE, GROWTH, MAP, OVERVIEW, SOURCES
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.widgets.controls import LaterWidgets, show_notices, since_control
from datalayer.viewmodels.compare import as_of_stops
from datalayer.viewmodels.overview import USES as OVERVIEW_USES
from datalayer.words import interface
from datalayer.words.translation import t

data = start_page(OVERVIEW, OVERVIEW_USES)
sidebar = LaterWidgets()  # read now, drawn last: the first chart does not wait for the slider's code
since = since_control(OVERVIEW, as_of_stops(date.today()), overview_since_default(), sidebar)
page = overview_model(since)
show_frame(OVERVIEW, data, page.exhibits)
show_notices(st.container())
st.caption(t(interface.OVERVIEW_COUNT_NOTE))
show_tiles(page.tiles)
for note in page.count_notes:
    st.caption(escaped(note))
for exhibit in page.exhibits:
    show_exhibit(exhibit)
sidebar.draw()  # last: see LaterWidgets

st.header(t(interface.LATEST_EVENTS))
for line in page.pulse:  # each coalition's newest signing, however old: the quiet side is news too
    st.text(line)
show_latest_events(page.latest_events)
st.page_link(SOURCES.file, label=t(interface.CHANGES_LINK_HELP), icon=":material/history:")
st.link_button(t(interface.CHANGES_FEED), FEED_URL, icon=":material/rss_feed:")

st.markdown(f"**{t(interface.EXPLORE)}**")
for column, entry in zip(st.columns(4), (MAP, GROWTH, COMPARE, SOURCES), strict=True):
    column.page_link(entry.file, label=t(entry.label), icon=entry.icon)

show_briefing_tools(OVERVIEW, data.checked_on)
