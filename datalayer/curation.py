"""The curator's writes: a new row, a correction, a check of files against their sources.

Each write is all or nothing. The new files are first written to a scratch copy of the data folder and loaded
there by the same loader the app uses (schemas, ISO3 integrity, checksums, no fact after its file's check, no
change after the data's check); only when that copy loads clean are the real files replaced. Every added or
corrected row also lands in data/changes.csv, and every touched file gets its checksum and 'as of' refreshed in
data/provenance.csv.
"""

from __future__ import annotations

import csv
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from datalayer import vocab
from datalayer.loading.datasets import (
    ARTEMIS_ACCORDS,
    CHANGES,
    CHECKS,
    DATASETS,
    MILESTONES,
    PARTNERS,
    REPORTED_COUNTS,
    STATED_REASONS,
    Dataset,
)
from datalayer.loading.dates import partial_date_start
from datalayer.loading.errors import DataFileError
from datalayer.loading.geometry import drawn_iso3
from datalayer.loading.integrity import after_check, undrawable_countries
from datalayer.loading.paths import DATA_DIR, DETAIL_TOPOJSON, ROOT, data_dir
from datalayer.loading.provenance import PROVENANCE_FILE, data_checked_on, file_sha256, load_provenance
from datalayer.loading.publish import FEED_FILE, write_published
from datalayer.loading.tables import Tables, load_tables
from datalayer.words.dates import written_date
from datalayer.words.grammar import ordinal

Rows = list[dict[str, str]]
CITATION = ROOT / "CITATION.cff"


@dataclass(frozen=True)
class RowKind:
    """What `add` can add: the dataset, the column that names a row in the changes feed, and a sentence."""

    dataset: Dataset
    key: str

    def change(self, row: dict[str, str]) -> str:
        when = written_date(row["date"])
        if self.dataset is ARTEMIS_ACCORDS:
            place = f" ({ordinal(int(row['order']))})" if row.get("order") else ""
            return f"{row['country']} signed the Artemis Accords, {when}{place}"
        if self.dataset is PARTNERS:
            return f"{row['name']}: ILRS tie added ({vocab.STATUS_LABELS[row['status']].lower()}), {when}"
        if self.dataset is REPORTED_COUNTS:
            return (
                f"Official count added: {row['value']} {vocab.METRIC_LABELS[row['metric']].lower()} "
                f"({row['speaker'].split(' (')[0]}, {when})"
            )
        if self.dataset is STATED_REASONS:
            return (
                f"Stated reason added: {row['country']} on joining the {vocab.PROGRAM_LABELS[row['program']]} "
                f"({row['speaker'].split(' (')[0]}, {when})"
            )  # 'SUPARCO (press release)': no brackets in brackets
        return f"Milestone added: {row['title']} ({when}, {row['date_status']})"


ROW_KINDS = {
    "ilrs": RowKind(PARTNERS, "name"),
    "artemis": RowKind(ARTEMIS_ACCORDS, "iso3"),
    "count": RowKind(REPORTED_COUNTS, "date"),
    "milestone": RowKind(MILESTONES, "milestone_id"),
    "reason": RowKind(STATED_REASONS, "iso3"),
}


class Refused(Exception):
    """A write that would break a rule: nothing was written. The message names file, line, column and rule."""


# --- Files ---------------------------------------------------------------------------------------------------
def read_rows(path: Path) -> tuple[list[str], Rows]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: Rows) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def in_date_order(rows: Rows, column: str = "date") -> Rows:
    """Rows sorted by the start of their (partial) date; rows of one day keep their order."""
    return sorted(rows, key=lambda r: partial_date_start(r.get(column, "")) or date.max)


# --- The transaction -----------------------------------------------------------------------------------------
class Draft:
    """The files a write will change, held in memory until `commit` checks and writes them together."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.files: dict[str, tuple[list[str], Rows]] = {}

    def rows(self, file: str) -> tuple[list[str], Rows]:
        if file not in self.files:
            self.files[file] = read_rows(self.directory / file)
        return self.files[file]

    def replace(self, file: str, rows: Rows) -> None:
        header, _ = self.rows(file)
        self.files[file] = (header, rows)

    def touch(self, file: str, on: date, checked: bool = False) -> None:
        """The file's provenance: a write moves its 'as of' to `on`; a check (`checked`) moves its check date
        only, since a check that found nothing leaves the data as it was."""
        header, rows = self.rows(Path(PROVENANCE_FILE).name)
        for row in rows:
            if row["path"] == f"data/{file}":
                if checked:
                    row["checked"] = on.isoformat()
                else:
                    row["as_of"] = max(row["as_of"], on.isoformat())

    def commit(self) -> Tables:
        """Checks the drafted files in a scratch copy of the data folder with the app's own loader, then writes
        them. Raises Refused (nothing written) when any file would not load clean."""
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "data"
            shutil.copytree(self.directory, copy)
            self._write(copy)
            tables = load_tables(copy)
            touched = {f"data/{f}" for f in self.files}
            problems = [e for e in tables.problems.values() if e.file in touched or e.file == PROVENANCE_FILE]
            if not problems and len(tables.by_key) == len(DATASETS):
                drawn = set(drawn_iso3(DETAIL_TOPOJSON))
                problems = [DataFileError(f.file, [f.problem]) for f in undrawable_countries(tables.by_key, drawn)]
            if problems:
                raise Refused("\n".join(str(p) for p in problems))
        # The same bytes land in the data folder, so the scratch copy's tables are what the pages will read.
        self._write(self.directory)
        # The Data Package and the feed follow the data; a scratch copy keeps its feed beside its files.
        feed = FEED_FILE if self.directory.resolve() == DATA_DIR.resolve() else self.directory / FEED_FILE.name
        write_published(tables.provenance, tables.changes, tables.checked_on, self.directory, feed)
        return tables

    def _write(self, directory: Path) -> None:
        provenance = Path(PROVENANCE_FILE).name
        for file, (header, rows) in self.files.items():
            if file != provenance:
                write_rows(directory / file, header, rows)
        header, rows = self.rows(provenance)
        for row in rows:  # only the files this write touched: a hand edit elsewhere still shows as a mismatch
            name = row["path"].removeprefix("data/")
            if name in self.files and name != provenance:
                row["sha256"] = file_sha256(directory / name)
        write_rows(directory / provenance, header, rows)


def _change_row(
    dataset: Dataset,
    key: str,
    kind: str,
    change: str,
    event_date: str,
    reason: str,
    source_url: str,
    source_publisher: str,
    recorded: date,
) -> dict[str, str]:
    return {
        "date": recorded.isoformat(),
        "dataset": dataset.file,
        "row_key": key,
        "kind": kind,
        "change": change,
        "event_date": event_date,
        "reason": reason,
        "source_url": source_url,
        "source_publisher": source_publisher,
    }


def _recorded_on(directory: Path, recorded: date | None) -> date:
    """The day a change is recorded (today unless given). Refused when it falls after the data's check date:
    the change would contradict the date the pages say the data is checked to. The loader's own rule on the
    feed's dates would refuse it too, but would name only the feed's check, not the check that is missing."""
    recorded = recorded or date.today()
    checked = data_checked_on(load_provenance(directory))
    if recorded > checked:
        raise Refused(f"data/{CHANGES.file}: a change recorded on {recorded.isoformat()} {after_check(checked)}")
    return recorded


def _unknown_columns(header: list[str], fields: dict[str, str], file: str) -> None:
    unknown = sorted(set(fields) - set(header))
    if unknown:
        raise Refused(f"data/{file}: no column {', '.join(unknown)} (columns: {', '.join(header)})")


def add_row(
    kind: str,
    fields: dict[str, str],
    reason: str,
    change: str | None = None,
    recorded: date | None = None,
    directory: Path | None = None,
) -> tuple[str, Tables]:
    """Adds one row of `kind` (a key of ROW_KINDS) in date order, its line in the changes feed, and refreshed
    checksums. Returns the change sentence and the tables as the pages will now read them."""
    row_kind = ROW_KINDS[kind]
    dataset = row_kind.dataset
    draft = Draft(directory or data_dir())
    header, rows = draft.rows(dataset.file)
    _unknown_columns(header, fields, dataset.file)
    row = {column: fields.get(column, "").strip() for column in header}
    sentence = change or row_kind.change(row)
    draft.replace(dataset.file, in_date_order([*rows, row]))
    recorded = _recorded_on(draft.directory, recorded)
    changes_header, changes = draft.rows(CHANGES.file)
    key = f"{row['date']} {row['metric']}" if dataset is REPORTED_COUNTS else row[row_kind.key]
    event = "" if row.get("date_status") == vocab.PLANNED else row["date"]  # a plan is not an event yet
    draft.replace(
        CHANGES.file,
        [
            *changes,
            _change_row(
                dataset, key, vocab.ADDED, sentence, event, reason, row["source_url"], row["source_publisher"], recorded
            ),
        ],
    )
    draft.touch(dataset.file, recorded)
    draft.touch(CHANGES.file, recorded)
    return sentence, draft.commit()


def correct_rows(
    file: str,
    where: dict[str, str],
    values: dict[str, str],
    reason: str,
    change: str,
    source_url: str,
    source_publisher: str,
    kind: str = vocab.CORRECTED,
    recorded: date | None = None,
    directory: Path | None = None,
) -> Tables:
    """Sets `values` on the one row matching `where` (column -> value) in `file`, re-sorted in date order, with
    its line in the changes feed (`kind`: corrected or downgraded)."""
    draft = Draft(directory or data_dir())
    header, rows = draft.rows(file)
    _unknown_columns(header, {**where, **values}, file)
    matching = [r for r in rows if all(r[c] == v for c, v in where.items())]
    if len(matching) != 1:
        raise Refused(f"data/{file}: {len(matching)} rows match {where}; a correction names exactly one")
    matching[0].update(values)
    draft.replace(file, in_date_order(rows) if "date" in header else rows)
    recorded = _recorded_on(draft.directory, recorded)
    dataset = next(d for d in DATASETS.values() if d.file == file)
    changes_header, changes = draft.rows(CHANGES.file)
    key = next(iter(where.values()))
    # The event date is the fact's own date only when the correction is about it; a note is a general correction.
    event = matching[0]["date"] if "date" in values else ""
    draft.replace(
        CHANGES.file,
        [*changes, _change_row(dataset, key, kind, change, event, reason, source_url, source_publisher, recorded)],
    )
    draft.touch(file, recorded)
    draft.touch(CHANGES.file, recorded)
    return draft.commit()


def record_check(
    files: list[str], searched: str, found: str, outcome: str, on: date | None = None, directory: Path | None = None
) -> Tables:
    """One row per file in data/checks.csv, and each file's check date (and 'as of') moved to `on`."""
    if outcome not in vocab.CHECK_OUTCOMES:
        raise Refused(f"outcome must be one of: {', '.join(vocab.CHECK_OUTCOMES)}")
    on = on or date.today()
    draft = Draft(directory or data_dir())
    _, checks = draft.rows(CHECKS.file)
    known = {d.file for d in DATASETS.values()}
    for file in files:
        if file not in known:
            raise Refused(f"{file} is not a data file (one of: {', '.join(sorted(known))})")
        checks = [
            *checks,
            {"date": on.isoformat(), "dataset": file, "searched": searched, "found": found, "outcome": outcome},
        ]
        draft.touch(file, on, checked=True)
    draft.replace(CHECKS.file, checks)
    draft.touch(CHECKS.file, on, checked=True)
    tables = draft.commit()
    if directory is None:  # the shipped data: its citation names the version a reader cites
        write_citation_version(CITATION, tables.checked_on)
    return tables


def write_citation_version(path: Path, checked_on: date) -> None:
    """CITATION.cff's version and release date are the date the data is checked to."""
    text = path.read_text(encoding="utf-8")
    for field in ("version", "date-released"):
        text = re.sub(rf"^{field}: .*$", f'{field}: "{checked_on.isoformat()}"', text, flags=re.MULTILINE)
    path.write_text(text, encoding="utf-8")


def every_data_file() -> list[str]:
    return [d.file for d in DATASETS.values() if d is not CHECKS]
