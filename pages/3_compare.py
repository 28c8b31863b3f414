"""COMPARE page."""
import streamlit as st

from components.navigation import COMPARE
from components.page import setup_page

setup_page(COMPARE)
st.title(COMPARE.label)
