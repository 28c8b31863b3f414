"""Parts of a page drawn only when a viewer opens them.

Streamlit's stateful expanders and tabs (`on_change="rerun"`) tell the script which of them is open, so a page
skips the content of every closed one: the first chart reaches the browser without waiting for the charts,
tables and downloads below it (issue #14's first-chart budget). Opening one reruns the script; view models and
figures are cached, so that rerun only sends the newly opened part.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st


def section(title: str, key: str, expanded: bool = False):
    """A section, collapsed unless `expanded` (a link that asks for its content); draw into it only
    `if section.open`."""
    return st.expander(title, key=key, on_change="rerun", expanded=expanded)


def lazy_tabs(labels: Sequence[str], key: str):
    """Tabs of which only the chosen one is drawn (`if tab.open`); the first is chosen on arrival."""
    return st.tabs(list(labels), key=key, on_change="rerun")
