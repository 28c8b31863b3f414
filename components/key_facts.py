"""The key-facts table as a briefing reads it: one row per fact, one column per program, each cell with
its source link; the tidy table behind it is the CSV download."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.markdown import escaped as _escaped
from components.markdown import source_link
from components.tables import csv_download

# Constant styling, never text from data: the wide table scrolls inside itself, so a phone never scrolls the page
# sideways. Sent with the table only: raw HTML costs the browser a renderer chunk before anything below it draws.
SCROLLING_TABLE_CSS = """<style>
[data-testid="stMarkdownContainer"] table {display: block; overflow-x: auto; max-width: 100%;}
</style>"""


def _cell(row: pd.Series) -> str:
    source = source_link(row["source_publisher"], row["source_url"])
    evidence = f": {_escaped(row['evidence'])}" if row.get("evidence") else ""
    return f"{_escaped(row['value'])} — *{source}{evidence}*"


def key_facts_markdown(table: pd.DataFrame) -> str:
    programs = list(dict.fromkeys(table["program"]))
    lines = ["| Fact | " + " | ".join(programs) + " |", "| --- |" + " --- |" * len(programs)]
    for fact, rows in table.groupby("fact", sort=False):
        by_program = rows.set_index("program")
        cells = [_cell(by_program.loc[p]) if p in by_program.index else "–" for p in programs]
        lines.append(f"| **{_escaped(fact)}** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def show_key_facts(table: pd.DataFrame, key: str, download_name: str) -> None:
    st.markdown(SCROLLING_TABLE_CSS, unsafe_allow_html=True)
    st.markdown(key_facts_markdown(table))
    csv_download(table, key, download_name)
