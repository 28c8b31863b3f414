"""GROWTH page."""
import streamlit as st

from components.navigation import GROWTH
from components.page import setup_page

setup_page(GROWTH)
st.title(GROWTH.label)
