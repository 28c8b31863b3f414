"""Data & sources at /sources: every dataset, its provenance and last check, what changed, every row with
its source."""

import streamlit as st

from components.data_access import FEED_URL, data_zip_bytes, dataset_rows, sources_model
from components.markdown import escaped
from components.navigation import SOURCES
from components.page import show_all_problems, show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.tables import show_table
from components.widgets.controls import show_notices
from datalayer.viewmodels.sources import CHECKING, INTRO
from datalayer.viewmodels.sources import USES as SOURCES_USES
from datalayer.words import interface
from datalayer.words.translation import t

data = start_page(SOURCES, SOURCES_USES)
page = sources_model()
show_frame(SOURCES, data, ())
show_notices(st.container())
show_all_problems(data)
st.text(INTRO)

feed, archive = st.columns(2)
feed.link_button(t(interface.CHANGES_FEED), FEED_URL, icon=":material/rss_feed:")
archive.download_button(
    t(interface.ALL_DATA_ZIP),
    data_zip_bytes,
    file_name=f"ilrs-tracker-data_{data.checked_on}.zip",
    mime="application/zip",
    key=SOURCES.widget("zip_download"),
    icon=":material/folder_zip:",
    on_click="ignore",
)

st.header(t(interface.WHAT_CHANGED))
show_table(page.changes, key=SOURCES.widget("changes"), download_name="changes.csv")

st.header(t(interface.METHOD_AND_CAVEATS))
for heading, text in page.method:
    st.markdown(f"**{escaped(heading)}**")
    st.text(text)

st.header(t(interface.HOW_THE_DATA_IS_CHECKED))
st.text(CHECKING)
show_table(page.checks, key=SOURCES.widget("checks"), download_name="checks.csv")

st.header(t(interface.DATASETS_AND_CHECKS))
show_table(page.provenance, key=SOURCES.widget("provenance"), download_name="provenance.csv")

st.header(t(interface.BROWSE_A_DATASET))
key = st.selectbox(
    t(interface.DATASET),
    list(page.dataset_choices),
    format_func=page.dataset_choices.get,
    key=SOURCES.widget("dataset"),
)
chosen = dataset_rows(key)
st.caption(escaped(chosen.caption))
show_table(chosen.rows, key=SOURCES.widget("rows"), download_name=chosen.file_name)

show_briefing_tools(SOURCES, data.checked_on)
