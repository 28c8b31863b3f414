"""The key-facts table as a briefing reads it: one row per fact, one column per program, each cell with
its source link; the tidy table behind it is the CSV download."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.markdown import escaped as _escaped
from components.tables import csv_download


def _cell(row: pd.Series) -> str:
    source = _escaped(row["source_publisher"])
    if str(row["source_url"]).startswith(("http://", "https://")):
        source = f"[{source}]({row['source_url']})"
    caution = " · low confidence" if row["confidence"] == "low" else ""
    return f"{_escaped(row['value'])} — *{source}{caution}*"


def key_facts_markdown(table: pd.DataFrame) -> str:
    programs = list(dict.fromkeys(table["program"]))
    lines = ["| Fact | " + " | ".join(programs) + " |", "| --- |" + " --- |" * len(programs)]
    for fact, rows in table.groupby("fact", sort=False):
        by_program = rows.set_index("program")
        cells = [_cell(by_program.loc[p]) if p in by_program.index else "–" for p in programs]
        lines.append(f"| **{_escaped(fact)}** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def show_key_facts(table: pd.DataFrame, key: str, download_name: str) -> None:
    st.markdown(key_facts_markdown(table))
    csv_download(table, key, download_name)
