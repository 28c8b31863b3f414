"""The latest events as a short list a reader scans: what happened, when, and its source."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.markdown import escaped, source_link
from datalayer.loading.rows import rows_of
from datalayer.words.dates import written_date


def events_markdown(events: pd.DataFrame) -> str:
    """One bullet per event with its program, linked source, the source's grade and our confidence; every text
    from the data is escaped, and only http(s) addresses become links."""
    return "\n".join(
        f"- **{escaped(row.event)}**, {escaped(written_date(row.date))} · {escaped(row.program)} "
        f"({source_link(row.source_publisher, row.source_url)}: {escaped(row.evidence)})"
        for row in rows_of(events)
    )


def show_latest_events(events: pd.DataFrame) -> None:
    # A list, not a data grid: the grid's script would hold up the chart above it in the browser.
    st.markdown(events_markdown(events))
