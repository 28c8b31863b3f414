"""Every curated table, loaded once and checked against its own check date: the input of every view model."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from datalayer.loading.datasets import DATASETS, display_name, load_dataset
from datalayer.loading.provenance import checked_on, data_checked_on, load_provenance


@dataclass(frozen=True, eq=False)
class Tables:
    """The validated tables by dataset key (`tables.partners`), their provenance, and the date the data was
    last checked. Frozen: view models read it, never change it."""

    by_key: dict[str, pd.DataFrame]
    provenance: pd.DataFrame
    checked_on: date

    def __getattr__(self, key: str) -> pd.DataFrame:
        try:
            return self.__dict__["by_key"][key]
        except KeyError:
            raise AttributeError(key) from None


def load_tables(directory: Path | None = None) -> Tables:
    """Loads and validates every dataset; each may carry no fact dated after its own last check.
    Raises DataFileError (file, line, column, rule) on the first malformed file."""
    provenance = load_provenance(directory)
    by_key = {key: load_dataset(dataset, directory, checked_on(provenance, display_name(dataset)))
              for key, dataset in DATASETS.items()}
    return Tables(by_key, provenance, data_checked_on(provenance))
