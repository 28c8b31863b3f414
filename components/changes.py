"""The newest changes as a short list a reader scans: what changed, why, and its source."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.markdown import escaped, source_link


def newest_changes_markdown(changes: pd.DataFrame) -> str:
    """One bullet per change; every text from the feed is escaped, and only http(s) addresses become links."""
    return "\n".join(f"- **{escaped(row.change)}.** {escaped(row.reason)} "
                     f"({source_link(row.source_publisher, row.source_url)})" for row in changes.itertuples())


def show_newest_changes(changes: pd.DataFrame) -> None:
    # A list, not a data grid: the grid's script would hold up the chart above it in the browser.
    st.markdown(newest_changes_markdown(changes))
