"""Tables as every page shows them: source addresses as links, and a CSV download of exactly what is shown."""
from __future__ import annotations

import pandas as pd
import streamlit as st

LINK_COLUMNS = ("source_url",)


def show_table(frame: pd.DataFrame, key: str, download_name: str, caption: str | None = None) -> None:
    config = {c: st.column_config.LinkColumn(c, display_text="source") for c in LINK_COLUMNS if c in frame}
    st.dataframe(frame, hide_index=True, key=f"{key}_table", column_config=config, width="stretch")
    csv_download(frame, key, download_name)
    if caption:
        st.caption(caption)


def csv_download(frame: pd.DataFrame, key: str, download_name: str) -> None:
    st.download_button(f"Download CSV ({len(frame)} rows)", frame.to_csv(index=False).encode("utf-8"),
                       file_name=download_name, mime="text/csv", key=f"{key}_download",
                       icon=":material/download:")
