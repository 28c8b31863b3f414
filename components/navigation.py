"""The app's pages: file, URL path and the label a person sees. The sidebar is built from this list.

The navigation is built by hand on purpose: `st.navigation` cannot share a folder named `pages/` (Streamlit
then ignores it), and the file-based pages under `pages/` give the public URLs /map, /growth, /compare and
/sources, which shared links depend on.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    file: str  # as st.page_link wants it, relative to app.py
    url_path: str  # what Streamlit serves it at (file name without its numeric prefix)
    label: str
    icon: str


OVERVIEW = Page("app.py", "", "Overview", ":material/public:")
MAP = Page("pages/1_map.py", "map", "Partner map", ":material/map:")
GROWTH = Page("pages/2_growth.py", "growth", "Growth vs targets", ":material/trending_up:")
COMPARE = Page("pages/3_compare.py", "compare", "ILRS vs Artemis", ":material/compare_arrows:")
SOURCES = Page("pages/4_sources.py", "sources", "Data & sources", ":material/menu_book:")

PAGES = (OVERVIEW, MAP, GROWTH, COMPARE, SOURCES)
