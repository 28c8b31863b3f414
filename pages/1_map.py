"""Partner map at /map."""
import streamlit as st

from components.data_access import small_state_points, table
from components.display import show_figure
from components.navigation import MAP
from components.page import setup_page
from components.partner_map import status_map
from datalayer.datasets import PARTNERS
from datalayer.partners import state_map_table

setup_page(MAP)
partners = table(PARTNERS)
map_table = state_map_table(partners)

st.title("Partner map")
show_figure(status_map(map_table, small_state_points()), key="map_figure")
st.dataframe(map_table, hide_index=True, key="map_table")
