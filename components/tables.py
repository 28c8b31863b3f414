"""Tables as every page shows them: source addresses as links, and a CSV download of exactly what is shown,
built only when the reader clicks."""
from __future__ import annotations

import pandas as pd
import streamlit as st

LINK_COLUMNS = ("source_url",)
# A cell starting with one of these is read as a formula by Excel and LibreOffice (CSV injection): written with a
# leading apostrophe, it shows as the text it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# Column names a reader would not guess; every other name is spelled out ('founding_role' -> 'Founding role').
READABLE_HEADERS = {"iso3": "ISO3 code", "row_key": "Row", "source_url": "Source address", "source_publisher": "Source",
                    "m49": "M49 code", "gdp_current_usd": "GDP (current US$)", "date_start": "Date (start of period)"}


def readable_header(column: str) -> str:
    if column in READABLE_HEADERS:
        return READABLE_HEADERS[column]
    words = column.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The frame as CSV that a spreadsheet opens as text, never as a formula. UTF-8 with a byte-order mark:
    without it Excel and LibreOffice Calc's default import read 'Türkiye' as 'TÃ¼rkiye'."""
    def neutral(value):
        return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
    text = [c for c in frame.columns if pd.api.types.is_object_dtype(frame[c]) or pd.api.types.is_string_dtype(frame[c])]
    safe = frame.assign(**{c: frame[c].map(neutral) for c in text})
    return safe.rename(columns=readable_header).to_csv(index=False).encode("utf-8-sig")


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
    st.download_button(f"Download CSV ({len(frame)} rows)", lambda: csv_bytes(frame),
                       file_name=download_name, mime="text/csv", key=f"{key}_download",
                       icon=":material/download:", on_click="ignore")
