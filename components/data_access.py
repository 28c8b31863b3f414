"""The Streamlit edge of the data layer: cached loads, and a readable stop when a file is malformed."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import streamlit as st

from datalayer.loading.datasets import DATASETS, Dataset, load_dataset
from datalayer.loading.errors import DataFileError
from datalayer.domain.geometry import country_points, drawn_iso3, read_countries, small_states
from datalayer.loading.paths import DETAIL_TOPOJSON, MAP_TOPOJSON, data_dir
from datalayer.loading.provenance import load_provenance


@st.cache_data(show_spinner=False)
def _cached_table(key: str, directory: str, file_stamp: tuple[int, int]) -> pd.DataFrame:
    # file_stamp (mtime, size) is part of the cache key so an edited file is re-read.
    return load_dataset(DATASETS[key], Path(directory))


def _stamp(dataset: Dataset) -> tuple[int, int]:
    path = data_dir() / dataset.file
    try:
        stat = path.stat()
    except FileNotFoundError:
        return (0, 0)
    return (stat.st_mtime_ns, stat.st_size)


def _or_stop(load: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """The loaded table, or an error box that names file, line, column and rule, and the page stops there."""
    try:
        return load()
    except DataFileError as error:
        show_data_error(error)
        st.stop()


def table(dataset: Dataset) -> pd.DataFrame:
    return _or_stop(lambda: _cached_table(dataset.key, str(data_dir()), _stamp(dataset)))


def show_data_error(error: DataFileError) -> None:
    problems = "\n".join(f"- {p.describe()}" for p in error.problems[:20])
    st.error(f"**A data file needs fixing: `{error.file}`**\n\n{problems}\n\n"
             "Nothing was shown from partial data. Fix the file and reload.", icon=":material/error:")


@st.cache_data(show_spinner=False)
def marker_positions() -> pd.DataFrame:
    """A point inside every country (for small-state and institution markers); computed once per process."""
    return country_points(read_countries(DETAIL_TOPOJSON), drawn_iso3(MAP_TOPOJSON))


def small_state_points() -> pd.DataFrame:
    """Marker positions for states too small (or absent) at world scale."""
    return small_states(marker_positions())


def provenance() -> pd.DataFrame:
    return _or_stop(_cached_provenance)


@st.cache_data(show_spinner=False)
def _cached_provenance() -> pd.DataFrame:
    return load_provenance()


@st.cache_data(show_spinner=False)
def drawable_countries() -> frozenset[str]:
    """Countries the map can fill (110m) or mark (50m)."""
    return drawn_iso3(DETAIL_TOPOJSON)
