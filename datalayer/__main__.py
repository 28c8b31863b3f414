"""`python -m datalayer`: validate every dataset and print a summary; exit 1 on any problem.

Per dataset it prints rows, statuses, confidences, the newest fact and how many days ago the file was last
checked against its sources. `python -m datalayer --refresh-points` recomputes static/topojson/marker_points.csv
after the geometry changes. `python -m datalayer --refresh-checksums` records the current checksums in
data/provenance.csv after a deliberate hand edit.

The curator's commands (data/CHECKING.md says when to use which):
- `python -m datalayer check --all --searched "..." --found "..." --outcome nothing_new`: record a check;
- `python -m datalayer add artemis --country Serbia --iso3 SRB --date 2026-07-15 ... --reason "..."`: add a row
  (kinds: ilrs, artemis, count, milestone);
- `python -m datalayer correct milestones.csv --where milestone_id=x --set date=2027 ... --reason "..."`;
- `python -m datalayer watch [--feed PATH_OR_URL] [--since YYYY-MM-DD]`: candidate rows from the agencies' feeds.
Each validates first and writes nothing when a value breaks a rule.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date

import pandas as pd

from datalayer import curator, vocab
from datalayer.loading.datasets import CHANGES, DATASETS, display_name, load_dataset
from datalayer.loading.errors import DataFileError
from datalayer.loading.geometry import drawn_iso3, write_marker_points
from datalayer.loading.integrity import changes_after_check, undrawable_countries, unknown_countries
from datalayer.loading.paths import DETAIL_TOPOJSON, MAP_TOPOJSON, MARKER_POINTS, ROOT
from datalayer.loading.provenance import (
    PROVENANCE_FILE,
    checked_on,
    checksum_mismatches,
    data_checked_on,
    file_sha256,
    load_provenance,
)
from datalayer.loading.publish import FEED_FILE, PACKAGE_FILE, write_published
from datalayer.loading.tables import load_tables

DATE_COLUMNS = ("date", "since", "stated_date")


def newest_fact(table: pd.DataFrame) -> str:
    dated = [c for c in DATE_COLUMNS if c in table.columns and table[c].ne("").any()]
    if not dated:
        return "-"
    column = dated[0]
    if "date_status" in table.columns:  # a planned milestone is not a fact yet
        table = table[table["date_status"] == vocab.DONE]
    newest = table.sort_values(f"{column}_start", na_position="first", kind="stable").iloc[-1]
    return str(newest[column])


def summary_lines(tables: dict[str, pd.DataFrame], provenance: pd.DataFrame, today: date) -> list[str]:
    lines = []
    for key, table in tables.items():
        parts = [f"{len(table)} rows"]
        for column in ("status", "confidence", "kind"):
            if column in table.columns:
                counts = table[column].value_counts()
                parts.append(f"{column}: " + ", ".join(f"{v} {n}" for v, n in counts.items()))
        parts.append(f"newest fact: {newest_fact(table)}")
        checked = checked_on(provenance, display_name(DATASETS[key]))
        parts.append(f"checked {checked} ({(today - checked).days} days ago)" if checked else "never checked")
        lines.append(f"{display_name(DATASETS[key]):28} " + " | ".join(parts))
    return lines


def refresh_checksums() -> None:
    path = ROOT / PROVENANCE_FILE
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["sha256"] = file_sha256(ROOT / row["path"])
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"recorded {len(rows)} checksums in {PROVENANCE_FILE}")
    tables = load_tables()
    write_published(tables.provenance, tables.changes, tables.checked_on)
    print(f"wrote data/{PACKAGE_FILE} and {FEED_FILE.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in curator.COMMANDS:
        return curator.run(argv)
    parser = argparse.ArgumentParser(
        prog="python -m datalayer",
        description=__doc__.splitlines()[0],
        epilog=f"Curator's commands: {', '.join(curator.COMMANDS)} (each with --help).",
    )
    parser.add_argument("--refresh-checksums", action="store_true")
    parser.add_argument("--refresh-points", action="store_true")
    args = parser.parse_args(argv)
    if args.refresh_points:
        write_marker_points(DETAIL_TOPOJSON, MAP_TOPOJSON, MARKER_POINTS)
        print(f"wrote {MARKER_POINTS.relative_to(ROOT)}")
    if args.refresh_checksums:
        refresh_checksums()
    today = date.today()
    try:
        provenance = load_provenance()
    except DataFileError as error:
        print(f"PROBLEMS:\n{error}", file=sys.stderr)
        return 1
    failures = [
        f"{path}: {why} (run with --refresh-checksums after a deliberate edit)"
        for path, why in checksum_mismatches(provenance).items()
    ]
    tables = {}
    for key, dataset in DATASETS.items():
        try:
            tables[key] = load_dataset(dataset, latest=checked_on(provenance, display_name(dataset)))
        except DataFileError as error:
            failures.append(str(error))
    if len(tables) == len(DATASETS):
        findings = unknown_countries(tables, set(tables["regions"]["iso3"]))
        findings += undrawable_countries(tables, set(drawn_iso3(DETAIL_TOPOJSON)))
        failures += [f"{f.file}: {f.problem.describe()}" for f in findings]
        print("\n".join(summary_lines(tables, provenance, today)))
        checked = data_checked_on(provenance)
        failures += [
            f"{display_name(CHANGES)}: {p.describe()}" for p in changes_after_check(tables["changes"], checked)
        ]
        print(f"\ndata checked to {checked} ({(today - checked).days} days ago): the date every page states")
    if failures:
        print("\nPROBLEMS:\n" + "\n".join(failures), file=sys.stderr)
        return 1
    print("all datasets valid; checksums match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
