"""Typed views of validated text frames: numbers as numbers, partial dates as period-start timestamps."""

from __future__ import annotations

import pandas as pd

from datalayer.loading.dates import to_timestamps


def with_date_starts(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Adds `<column>_start` timestamps for each partial-date column (blank -> NaT)."""
    return frame.assign(**{f"{column}_start": to_timestamps(frame[column]) for column in columns})


def with_numbers(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    """Whole-number text columns as nullable integers (blank -> <NA>)."""
    return frame.assign(
        **{column: pd.to_numeric(frame[column].replace("", None)).astype("Int64") for column in columns}
    )


def as_written(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns as they stand in the file, without the derived `_start` timestamps (for display)."""
    return frame[[c for c in frame.columns if not c.endswith("_start")]]
