"""The app's pages: file, URL path and the label a person sees. The sidebar is built from this list.

The navigation is built by hand on purpose: `st.navigation` cannot share a folder named `pages/` (Streamlit
then ignores it), and the file-based pages under `pages/` give the public URLs /map, /growth, /compare and
/sources, which shared links depend on.
"""

from __future__ import annotations

from dataclasses import dataclass

from datalayer.words import interface
from datalayer.words.translation import N_


@dataclass(frozen=True)
class Page:
    """A page's identity, said once: every widget key, its presenter and briefing controls derive from it."""

    file: str  # as st.page_link wants it, relative to app.py
    url_path: str  # what Streamlit serves it at (file name without its numeric prefix)
    label: str  # in the navigation (a message: shown through t())
    icon: str
    key: str  # the prefix of every widget key on the page: 'map' -> 'map_bloc'
    title: str  # the page's heading (a message: shown through t())

    def widget(self, name: str) -> str:
        """A stable, page-prefixed widget key: MAP.widget('bloc') == 'map_bloc'."""
        return f"{self.key}_{name}"


OVERVIEW = Page("app.py", "", N_("Overview"), ":material/public:", "overview", interface.OVERVIEW_TITLE)
MAP = Page("pages/1_map.py", "map", N_("Partner map"), ":material/map:", "map", N_("Partner map"))
GROWTH = Page(
    "pages/2_growth.py",
    "growth",
    interface.GROWTH_VS_TARGETS,
    ":material/trending_up:",
    "growth",
    interface.GROWTH_VS_TARGETS,
)
COMPARE = Page(
    "pages/3_compare.py",
    "compare",
    N_("ILRS vs Artemis"),
    ":material/compare_arrows:",
    "compare",
    interface.ILRS_VS_ARTEMIS_ACCORDS,
)
SOURCES = Page(
    "pages/4_sources.py", "sources", N_("Data & sources"), ":material/menu_book:", "sources", N_("Data & sources")
)
METHODS = Page(
    "pages/5_methods.py",
    "methods",
    N_("Method"),
    ":material/rule:",
    "methods",
    interface.METHOD_PAGE_TITLE,
)

COUNTRY = Page(
    "pages/6_country.py", "country", N_("Country profiles"), ":material/flag:", "country", N_("Where a country stands")
)

PAGES = (OVERVIEW, MAP, GROWTH, COMPARE, COUNTRY, SOURCES, METHODS)
