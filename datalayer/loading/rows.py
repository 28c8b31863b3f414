"""Rows of a validated table, as a reader of the code means them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pandas as pd


def rows_of(frame: pd.DataFrame) -> Iterator[Any]:
    """The rows as named tuples (`row.date`). pandas-stubs types every field as any scalar at all; a row's fields
    are the table's own columns, whose text and types the schemas check, so they are typed here once rather than
    cast at every use."""
    return iter(frame.itertuples())
