"""Tables as every page shows them: source addresses as links, and a CSV download of exactly what is shown,
built only when the reader clicks."""
from __future__ import annotations

import pandas as pd
import streamlit as st

LINK_COLUMNS = ("source_url",)


def link_columns(frame: pd.DataFrame) -> dict:
    return {c: st.column_config.LinkColumn(c, display_text="source") for c in LINK_COLUMNS if c in frame}


def show_table(frame: pd.DataFrame, key: str, download_name: str = "", caption: str | None = None,
               download: bool = True) -> None:
    st.dataframe(frame, hide_index=True, key=f"{key}_table", column_config=link_columns(frame), width="stretch")
    if download:
        csv_download(frame, key, download_name)
    if caption:
        st.caption(caption)


def csv_download(frame: pd.DataFrame, key: str, download_name: str) -> None:
    st.download_button(f"Download CSV ({len(frame)} rows)", lambda: frame.to_csv(index=False).encode("utf-8"),
                       file_name=download_name, mime="text/csv", key=f"{key}_download",
                       icon=":material/download:", on_click="ignore")
