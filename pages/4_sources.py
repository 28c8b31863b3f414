"""SOURCES page."""
import streamlit as st

from components.navigation import SOURCES
from components.page import setup_page

setup_page(SOURCES)
st.title(SOURCES.label)
