"""Transforms over the validated partner table (see datasets.PARTNERS)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer.domain.dates import dated_rows


def partners_as_of(partners: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Partners whose dated tie (signing, or first report for weaker ties) began on or before `as_of`."""
    return dated_rows(partners, as_of)


def of_kind(partners: pd.DataFrame, kind: str) -> pd.DataFrame:
    return partners[partners["kind"] == kind]
