"""The one setup every page calls first: page config, navigation with human labels."""
from __future__ import annotations

import streamlit as st

from components.navigation import PAGES, Page
from datalayer.loading.paths import STATIC_DIR

APP_TITLE = "ILRS Tracker"
# A local file: a Material icon as page_icon makes the browser fetch the favicon from a font CDN.
FAVICON = str(STATIC_DIR / "favicon.png")


def setup_page(page: Page) -> None:
    st.set_page_config(page_title=f"{page.label} · {APP_TITLE}", page_icon=FAVICON, layout="wide")
    with st.sidebar:
        st.markdown(f"### {APP_TITLE}")
        st.caption("Who has joined the China-led International Lunar Research Station, and how it compares "
                   "with the Artemis Accords.")
        for entry in PAGES:
            st.page_link(entry.file, label=entry.label, icon=entry.icon)
