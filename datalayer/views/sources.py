"""View model of /sources: every dataset with its provenance and last check, the changes feed, and any one
dataset's rows as written in its file."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from datalayer.loading.datasets import CHANGES, DATASETS, display_name
from datalayer.loading.tables import Tables
from datalayer.loading.transform import as_written
from datalayer.views.changes import changes_newest_first
from datalayer.views.exhibit import long_date

INTRO = ("Every number in this dashboard comes from the files below. Each row carries its source address, "
         "publisher and date, and a confidence rating; notes record where sources disagree.")

# The datasets this page draws on: a malformed one stops this page only.
USES = (CHANGES.key,)


@dataclass(frozen=True, eq=False)
class SourcesPage:
    provenance: pd.DataFrame
    changes: pd.DataFrame
    dataset_choices: dict[str, str]  # dataset key -> 'data/file.csv', for every file that loaded


@dataclass(frozen=True, eq=False)
class DatasetRows:
    caption: str
    rows: pd.DataFrame
    file_name: str


def sources_page(tables: Tables) -> SourcesPage:
    return SourcesPage(as_written(tables.provenance), changes_newest_first(tables.changes),
                       {key: display_name(dataset) for key, dataset in DATASETS.items() if key in tables.by_key})


def dataset_rows(tables: Tables, key: str) -> DatasetRows:
    dataset = DATASETS[key]
    name = display_name(dataset)
    record = tables.provenance[tables.provenance["path"] == name]
    checked = long_date(record["checked_start"].iloc[0].date()) if len(record) else "never"
    rows = as_written(getattr(tables, key))
    as_of = record["as_of"].iloc[0] if len(record) else "unknown"
    return DatasetRows(f"{name} · as of {as_of} · last checked {checked} · {len(rows)} rows", rows, dataset.file)
