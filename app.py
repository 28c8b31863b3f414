"""Overview at /: the headline counts and the partner map."""
import streamlit as st

from components.data_access import small_state_points, table
from components.display import show_figure
from components.navigation import GROWTH, MAP, OVERVIEW, SOURCES, COMPARE
from components.page import setup_page
from components.partner_map import status_map
from datalayer.loading.datasets import PARTNERS
from datalayer.domain.partners import headline_counts, state_map_table

setup_page(OVERVIEW)
partners = table(PARTNERS)
counts = headline_counts(partners)

st.title("International Lunar Research Station: who has joined")
st.caption("Our own count from curated, sourced records. Officials' claimed totals are shown separately "
           "on the growth page and never mixed into these numbers.")

kpi = st.columns(4)
kpi[0].metric("ILRS partner states", counts["signed_states"], help="States with a signed ILRS document we can source.")
kpi[1].metric("International organizations", counts["signed_orgs"], help="Signed organizations.")
kpi[2].metric("Institutions", counts["signed_institutions"], help="Research institutions and companies that signed.")
kpi[3].metric("Weaker ties", counts["weaker_ties"],
              help="Announced by an official, applied, or payload partners only: not counted as members.")

show_figure(status_map(state_map_table(partners), small_state_points()), key="overview_map")

st.markdown("**Explore**")
links = st.columns(4)
for column, page in zip(links, (MAP, GROWTH, COMPARE, SOURCES)):
    column.page_link(page.file, label=page.label, icon=page.icon)
