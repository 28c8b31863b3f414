"""Every curated table, loaded once and checked against its own check date, its checksum and the other files:
the input of every view model. A malformed file is set aside with its problems, so the pages that do not
need it keep working."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from datalayer.loading.datasets import CHANGES, DATASETS, display_name, load_dataset
from datalayer.loading.errors import DataFileError, Problem
from datalayer.loading.integrity import changes_after_check, reasons_of_non_members, unknown_countries
from datalayer.loading.paths import ROOT, data_dir
from datalayer.loading.provenance import (
    DATA_PREFIX,
    PROVENANCE_FILE,
    checked_on,
    data_checked_on,
    file_sha256,
    load_provenance,
)


@dataclass(frozen=True, eq=False)
class Tables:
    """The valid tables by dataset key (`tables.partners`), their provenance, the date the data was last
    checked, and the problems of every file set aside. Frozen: view models read it, never change it."""

    by_key: dict[str, pd.DataFrame]
    provenance: pd.DataFrame
    checked_on: date
    problems: dict[str, DataFileError] = field(default_factory=dict)

    def table(self, key: str) -> pd.DataFrame:
        """A dataset's table by its key; AttributeError for a file set aside or a key that names none."""
        try:
            return self.by_key[key]
        except KeyError:
            raise AttributeError(key) from None

    # One typed property per dataset (datasets.DATASETS), so the checker sees every table a view model reads.
    @property
    def partners(self) -> pd.DataFrame:
        return self.table("partners")

    @property
    def reported_counts(self) -> pd.DataFrame:
        return self.table("reported_counts")

    @property
    def targets(self) -> pd.DataFrame:
        return self.table("targets")

    @property
    def milestones(self) -> pd.DataFrame:
        return self.table("milestones")

    @property
    def artemis_accords(self) -> pd.DataFrame:
        return self.table("artemis_accords")

    @property
    def blocs(self) -> pd.DataFrame:
        return self.table("blocs")

    @property
    def regions(self) -> pd.DataFrame:
        return self.table("regions")

    @property
    def country_indicators(self) -> pd.DataFrame:
        return self.table("country_indicators")

    @property
    def program_facts(self) -> pd.DataFrame:
        return self.table("program_facts")

    @property
    def space_powers(self) -> pd.DataFrame:
        return self.table("space_powers")

    @property
    def un_member_states(self) -> pd.DataFrame:
        return self.table("un_member_states")

    @property
    def changes(self) -> pd.DataFrame:
        return self.table("changes")

    @property
    def checks(self) -> pd.DataFrame:
        return self.table("checks")

    @property
    def claim_names(self) -> pd.DataFrame:
        return self.table("claim_names")

    @property
    def stated_reasons(self) -> pd.DataFrame:
        return self.table("stated_reasons")

    @property
    def feeds(self) -> pd.DataFrame:
        return self.table("feeds")

    def problems_among(self, keys: tuple[str, ...]) -> list[DataFileError]:
        """The problems of the files a page needs (empty when it can draw)."""
        return [self.problems[k] for k in keys if k in self.problems]


def _on_disk(path: str, directory: Path) -> Path:
    """A provenance path ('data/x.csv') in the data directory actually read; other files from the repository."""
    return directory / path.removeprefix(DATA_PREFIX) if path.startswith(DATA_PREFIX) else ROOT / path


def _checksum_problems(provenance: pd.DataFrame, directory: Path) -> dict[str, DataFileError]:
    """path -> the provenance row that no longer matches its file (an edit without a recorded checksum)."""
    wrong = {}
    for line, row in provenance.iterrows():
        path = _on_disk(row["path"], directory)
        if path.exists() and file_sha256(path) != row["sha256"]:
            wrong[row["path"]] = DataFileError(
                PROVENANCE_FILE,
                [
                    Problem(
                        int(str(line)),
                        "sha256",
                        f"{row['path']} changed since its checksum was recorded (run python -m "
                        "datalayer --refresh-checksums after a deliberate edit)",
                    )
                ],
            )
    return wrong


def data_stamp(directory: Path) -> tuple:
    """(name, mtime, size) of every data file: part of each cache key, so an edited file is read again."""
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.glob("*.csv")))


def load_tables(directory: Path | None = None) -> Tables:
    """Loads and validates every dataset; each may carry no fact dated after its own last check. Raises
    DataFileError only when data/provenance.csv itself is malformed (every file's check date is read there)."""
    directory = directory or data_dir()
    provenance = load_provenance(directory)
    mismatched = _checksum_problems(provenance, directory)
    by_key: dict[str, pd.DataFrame] = {}
    problems: dict[str, DataFileError] = {}
    for key, dataset in DATASETS.items():
        name = display_name(dataset)
        if name in mismatched:
            problems[key] = mismatched[name]
            continue
        try:
            by_key[key] = load_dataset(dataset, directory, checked_on(provenance, name))
        except DataFileError as error:
            problems[key] = error
    if "regions" in by_key:
        for finding in [*unknown_countries(by_key, set(by_key["regions"]["iso3"])), *reasons_of_non_members(by_key)]:
            key = next(k for k, d in DATASETS.items() if display_name(d) == finding.file)
            by_key.pop(key, None)
            earlier = problems.get(key)
            problems[key] = DataFileError(finding.file, [*(earlier.problems if earlier else []), finding.problem])
    checked = data_checked_on(provenance)
    if CHANGES.key in by_key:
        late = changes_after_check(by_key[CHANGES.key], checked)
        if late:
            by_key.pop(CHANGES.key)
            problems[CHANGES.key] = DataFileError(display_name(CHANGES), late)
    return Tables(by_key, provenance, checked, problems)
