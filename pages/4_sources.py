"""Data & sources at /sources: every dataset, its provenance and 'as of' date, every row with its source."""
import streamlit as st

from components.data_access import provenance, table
from components.navigation import SOURCES
from components.page import setup_page
from components.tables import show_table
from datalayer.loading.datasets import DATASETS, display_name
from datalayer.loading.provenance import as_of_for
from datalayer.loading.transform import as_written

setup_page(SOURCES)
st.title("Data & sources")
st.markdown("Every number in this dashboard comes from the files below. Each row carries its source address, "
            "publisher and date, and a confidence rating; `notes` record where sources disagree.")

records = provenance()
st.subheader("Datasets and their 'as of' dates")
show_table(as_written(records), key="sources_provenance", download_name="provenance.csv")

st.subheader("Browse a dataset")
names = {display_name(d): d for d in DATASETS.values()}
chosen = names[st.selectbox("Dataset", list(names), key="sources_dataset")]
rows = table(chosen)
st.caption(f"{display_name(chosen)} · as of {as_of_for(records, display_name(chosen))} · {len(rows)} rows")
show_table(as_written(rows), key="sources_rows",
           download_name=chosen.file)
