"""Each shipped file's title, sources, licence, 'as of' date, last check and checksum (data/provenance.csv),
and the date the data as a whole was last checked against its sources."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from datalayer.loading.column_rules import non_blank, partial_date, text
from datalayer.loading.paths import ROOT, data_dir
from datalayer.loading.read import read_tidy_csv, validate
from datalayer.loading.transform import with_date_starts

PROVENANCE_FILE = "data/provenance.csv"
DATA_PREFIX = "data/"


def provenance_schema(today: date | None) -> pa.DataFrameSchema:
    return pa.DataFrameSchema(
        {
            "path": text(non_blank()),
            "title": text(non_blank()),
            "as_of": text(*partial_date(today)),
            "checked": text(*partial_date(today)),
            "licence": text(non_blank()),
            "sources": text(non_blank()),
            "sha256": text(pa.Check(lambda s: s.str.fullmatch(r"[0-9a-f]{64}"), error="must be a sha256 hex digest")),
            "notes": text(),
        },
        unique=["path"],
        strict=True,
        name="provenance",
    )


def load_provenance(directory: Path | None = None, today: date | None = None) -> pd.DataFrame:
    """The validated provenance table, read from the data directory (which tests may point elsewhere)."""
    path = (directory or data_dir()) / Path(PROVENANCE_FILE).name
    raw = read_tidy_csv(path, display_name=PROVENANCE_FILE)
    return with_date_starts(
        validate(raw, provenance_schema(today or date.today()), PROVENANCE_FILE), "as_of", "checked"
    )


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checksum_mismatches(provenance: pd.DataFrame, root: Path = ROOT) -> dict[str, str]:
    """path -> what is wrong, for every listed file that is missing or differs from its recorded checksum."""
    wrong = {}
    for row in provenance.to_dict("records"):
        path = root / str(row["path"])
        if not path.exists():
            wrong[str(row["path"])] = "missing"
        elif file_sha256(path) != row["sha256"]:
            wrong[str(row["path"])] = "changed since its provenance entry was written"
    return wrong


def checked_on(provenance: pd.DataFrame, path: str) -> date | None:
    """When one file was last checked against its sources (None when it has no provenance row)."""
    rows = provenance.loc[provenance["path"] == path, "checked_start"]
    return None if rows.empty else rows.iloc[0].date()


def data_checked_on(provenance: pd.DataFrame) -> date:
    """The date the data as a whole was last checked: the oldest check of any data file, since every page
    may draw on any of them. Events after it may be missing."""
    data_rows = provenance[provenance["path"].str.startswith(DATA_PREFIX)]
    return data_rows["checked_start"].min().date()
