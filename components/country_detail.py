"""The detail panel: every fact we hold on one country, with source links."""
from __future__ import annotations

import streamlit as st

from components.tables import LINK_COLUMNS
from datalayer.loading.transform import as_written

SECTIONS = (("ilrs", "ILRS ties (states and institutions based there)"), ("artemis", "Artemis Accords"),
            ("blocs", "Blocs"))


def show_country_detail(name: str, facts: dict) -> None:
    st.subheader(name)
    links = {c: st.column_config.LinkColumn(c, display_text="source") for c in LINK_COLUMNS}
    for key, title in SECTIONS:
        rows = facts[key]
        st.markdown(f"**{title}**")
        if rows.empty:
            st.caption("None on record.")
        else:
            st.dataframe(as_written(rows), hide_index=True, column_config=links, key=f"map_detail_{key}")
