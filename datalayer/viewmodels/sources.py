"""View model of /sources: every dataset with its provenance and last check, the changes feed, and any one
dataset's rows as written in its file."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from datalayer.loading.datasets import CHANGES, CHECKS, DATASETS, display_name
from datalayer.loading.tables import Tables
from datalayer.loading.transform import as_written
from datalayer.viewmodels.changes import changes_newest_first
from datalayer.viewmodels.common import ViewModel
from datalayer.words import method
from datalayer.words.dates import written_date
from datalayer.words.method import written_method

INTRO = method.SOURCES_INTRO
CHECKING = method.CHECKING_INTRO

# The datasets this page draws on: a malformed one stops this page only.
USES = (CHANGES.key, CHECKS.key)


@dataclass(frozen=True, eq=False, kw_only=True)
class SourcesModel(ViewModel):
    provenance: pd.DataFrame
    changes: pd.DataFrame
    checks: pd.DataFrame  # every check of every file, newest first
    method: tuple[tuple[str, str], ...]  # how to read the numbers: the pack's method slides say the same
    dataset_choices: dict[str, str]  # dataset key -> 'data/file.csv', for every file that loaded


@dataclass(frozen=True, eq=False)
class DatasetRows:
    caption: str
    rows: pd.DataFrame
    file_name: str


def sources_model(tables: Tables) -> SourcesModel:
    checks = as_written(tables.checks.sort_values("date_start", ascending=False, kind="stable"))
    return SourcesModel(
        provenance=as_written(tables.provenance),
        changes=changes_newest_first(tables.changes),
        checks=checks,
        method=written_method(),
        dataset_choices={key: display_name(dataset) for key, dataset in DATASETS.items() if key in tables.by_key},
    )


def dataset_rows(tables: Tables, key: str) -> DatasetRows:
    dataset = DATASETS[key]
    name = display_name(dataset)
    record = tables.provenance[tables.provenance["path"] == name]
    checked = written_date(record["checked_start"].iloc[0].date()) if len(record) else "never"
    rows = as_written(getattr(tables, key))
    as_of = record["as_of"].iloc[0] if len(record) else "unknown"
    return DatasetRows(method.dataset_caption(name, as_of, checked, len(rows)), rows, dataset.file)
