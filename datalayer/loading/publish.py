"""What the data publishes besides itself: a Frictionless Data Package describing every file (its schema made from
the pandera schemas, so the two cannot disagree) and an Atom feed of the changes. Both are written whenever the
data changes (the curator's commands, `python -m datalayer --refresh-checksums`); tests check the files on disk
equal what the data makes now.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from datalayer.loading.datasets import DATASETS, Dataset
from datalayer.loading.paths import STATIC_DIR, data_dir
from datalayer.loading.rows import rows_of

PACKAGE_FILE = "datapackage.json"
FEED_FILE = STATIC_DIR / "changes.atom"
FEED_ID = "tag:ilrs-tracker,2026:changes"
PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# Each rule the pandera schemas write (datalayer/loading/schemas.py), as a Table Schema constraint. A rule with no
# entry here fails `field_of`: a new rule must say how the package states it.
CONSTRAINTS: tuple[tuple[str, Callable[[re.Match[str]], dict[str, object]]], ...] = (
    (r"^must be one of: (.*?)( \(or blank\))?$", lambda m: {"enum": m[1].split(", ")}),
    (r"^must not be blank$", lambda m: {"required": True}),
    (r"^must be a date written", lambda m: {"pattern": PARTIAL_DATE}),
    (r"^must be a web address", lambda m: {"pattern": r"^https?://\S+\.\S+$"}),
    (r"^must be three capital letters", lambda m: {"pattern": r"^[A-Z]{3}$"}),
    (r"^must be a whole number", lambda m: {"pattern": r"^\d+$"}),
    (r"^must be a year YYYY", lambda m: {"pattern": r"^\d{4}$"}),
    (r"^must be a three-digit M49 code", lambda m: {"pattern": r"^\d{3}$"}),
    (r"^must be a slug", lambda m: {"pattern": r"^[a-z0-9_]+$"}),
    (r"^must be a two-letter language code", lambda m: {"pattern": r"^[a-z]{2}$"}),
    (r"^must name a data file", lambda m: {"pattern": r"^[a-z_0-9]+\.(csv|json)$"}),
    (r"^a quote is \d+ words at most$", lambda m: {}),  # words, not characters: the schema checks it
    (r"^must not be after the file's last check", lambda m: {}),  # a date that moves: the schema checks it
)


def field_of(name: str, column: pa.Column) -> dict:
    constraints: dict = {}
    for check in column.checks:
        found = next(
            ((match, make) for pattern, make in CONSTRAINTS if (match := re.search(pattern, check.error))), None
        )
        if found is None:
            raise ValueError(f"{name}: no Table Schema constraint for the rule {check.error!r}")
        constraints.update(found[1](found[0]))
    field = {"name": name, "type": "string"}  # every file is read as text, then typed by the loader
    return {**field, "constraints": constraints} if constraints else field


def licence_of(text: str) -> dict:
    """A licence as the standard wants it: an Open Definition id, with our words as its title."""
    return {"name": "CC-BY-4.0" if "CC BY 4.0" in text else "other-at", "title": text}


def resource_of(dataset: Dataset, provenance: pd.DataFrame) -> dict:
    schema = dataset.schema(None)
    record = provenance.set_index("path").loc[f"data/{dataset.file}"]
    resource = {
        "name": dataset.key,
        "path": dataset.file,
        "title": record["title"],
        "format": "csv",
        "dialect": {"delimiter": ",", "quoteChar": '"', "header": True},
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {"fields": [field_of(n, c) for n, c in schema.columns.items()]},
        "sources": [{"title": record["sources"]}],
        "licenses": [licence_of(str(record["licence"]))],
    }
    return resource


def datapackage(provenance: pd.DataFrame, checked_on: date) -> dict:
    """The Data Package of every data file: version and 'as of' are the date the data is checked to."""
    return {
        "profile": "data-package",
        "name": "ilrs-tracker",
        "title": "ILRS Tracker curated data",
        "description": "Partners of the International Lunar Research Station, Artemis Accords signatories, "
        "officials' claims, targets, milestones and reference data; every row with its source. "
        "How the data is checked: CHECKING.md.",
        "version": checked_on.isoformat(),
        "created": f"{checked_on.isoformat()}T00:00:00Z",
        "licenses": [
            licence_of(
                "Facts compiled by the ILRS Tracker, each with its source; World Bank indicators "
                "under their own CC BY 4.0 licence; UN M49 under UN terms of use"
            )
        ],
        "resources": [resource_of(d, provenance) for d in DATASETS.values()],
    }


def atom_feed(changes: pd.DataFrame, checked_on: date) -> str:
    """Atom 1.0, newest change first, one entry per row of the changes feed with its source link."""
    ordered = changes.sort_values(
        ["date_start", "event_date_start"], ascending=False, kind="stable", na_position="last"
    )
    entries = []
    for number, row in enumerate(rows_of(ordered), start=1):
        entries.append(
            f"<entry><id>{FEED_ID}:{escape(row.date)}:{escape(row.dataset)}:{escape(row.row_key)}:{number}</id>"
            f"<title>{escape(row.change)}</title><updated>{row.date}T00:00:00Z</updated>"
            f'<link rel="alternate" href="{escape(row.source_url, quote=True)}"/>'
            f'<category term="{escape(row.kind, quote=True)}"/>'
            f"<summary>{escape(row.reason)} ({escape(row.source_publisher)})</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<id>{FEED_ID}</id><title>ILRS Tracker: changes to the data</title>"
        f"<updated>{checked_on.isoformat()}T00:00:00Z</updated><author><name>ILRS Tracker</name></author>"
        + "".join(entries)
        + "</feed>\n"
    )


def write_published(
    provenance: pd.DataFrame,
    changes: pd.DataFrame,
    checked_on: date,
    directory: Path | None = None,
    feed: Path = FEED_FILE,
) -> None:
    directory = directory or data_dir()
    (directory / PACKAGE_FILE).write_text(
        json.dumps(datapackage(provenance, checked_on), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    feed.write_text(atom_feed(changes, checked_on), encoding="utf-8")


def data_zip(directory: Path | None = None) -> bytes:
    """Every data file, the Data Package that describes them, and the written method, as one zip."""
    directory = directory or data_dir()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(directory.iterdir()):
            if path.suffix in (".csv", ".json", ".md"):
                archive.write(path, f"ilrs-tracker-data/{path.name}")
    return out.getvalue()
