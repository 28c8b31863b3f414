"""Load and validate: a curated CSV becomes a text DataFrame indexed by its physical line number."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaError, SchemaErrors

from datalayer.loading.errors import DataFileError, Problem

# pandera's built-in check names, said the way a data editor would.
_PANDERA_RULES = {
    "column_in_dataframe": "required column is missing",
    "column_in_schema": "column is not declared in the schema (declare it and document it in data/README.md)",
    "multiple_fields_uniqueness": "duplicates another row",
    "field_uniqueness": "duplicates another row",
}


# A check across columns names the column it judges at the head of its rule ('confidence: ...'), since pandera
# reports the schema's name in its place.
RULE_ABOUT_COLUMN = re.compile(r"^([a-z_0-9]+): (.+)$")
HEADER = "(header)"  # the column named for a problem with the header row itself
BYTE_ORDER_MARK = b"\xef\xbb\xbf"


def _undecodable(raw: bytes, error: UnicodeDecodeError, name: str) -> DataFileError:
    """Where the first byte that is not UTF-8 sits: its line, and the column its field falls under."""
    before = raw[: error.start]
    line = before.count(b"\n") + 1
    header = next(csv.reader([raw.split(b"\n", 1)[0].decode("utf-8", "replace")]), [])
    field = before.rsplit(b"\n", 1)[-1].count(b",")
    column = header[field].strip() if line > 1 and field < len(header) else HEADER
    return DataFileError(
        name, [Problem(line, column, f"is not UTF-8 text (byte {raw[error.start]:#04x}); save the file as UTF-8", "")]
    )


def read_tidy_csv(path: Path, display_name: str | None = None) -> pd.DataFrame:
    """Every value as stripped text, blanks as ''; the index is each record's line in the file."""
    name = display_name or str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(name, [Problem(1, HEADER, "the file is missing")]) from None
    if raw.startswith(BYTE_ORDER_MARK):
        raise DataFileError(name, [Problem(1, HEADER, "starts with a byte-order mark; save it as UTF-8 without one")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _undecodable(raw, error, name) from None
    try:
        reader = csv.reader(text.splitlines(keepends=True))
        header = next(reader, None)
        if not header or not any(c.strip() for c in header):
            raise DataFileError(name, [Problem(1, HEADER, "the file is empty: a header row is required")])
        header = [column.strip() for column in header]
        problems = [
            Problem(1, column, "column name appears twice in the header")
            for column in sorted({c for c in header if header.count(c) > 1})
        ]
        records, lines = [], []
        for row in reader:
            if not any(field.strip() for field in row):
                continue  # blank lines carry no fact
            if len(row) != len(header):
                problems.append(
                    Problem(reader.line_num, HEADER, f"has {len(row)} fields but the header has {len(header)}")
                )
                continue
            records.append([field.strip() for field in row])
            lines.append(reader.line_num)
    except csv.Error as error:
        raise DataFileError(name, [Problem(reader.line_num, HEADER, f"is not valid CSV ({error})")]) from None
    if problems:
        raise DataFileError(name, problems)
    return pd.DataFrame(records, columns=header, index=pd.Index(lines, name="line"), dtype=str)


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, display_name: str) -> pd.DataFrame:
    """The frame unchanged when it meets the schema; otherwise a DataFileError naming every failure."""
    try:
        return schema.validate(frame, lazy=True)
    except SchemaErrors as errors:
        raise DataFileError(display_name, _problems(errors.failure_cases)) from None
    except SchemaError as error:  # raised on its own when lazy collection cannot go on
        raise DataFileError(display_name, [Problem(1, HEADER, str(error))]) from None


def _problems(failure_cases: pd.DataFrame) -> list[Problem]:
    problems = []
    for case in failure_cases.to_dict("records"):
        check = str(case["check"])
        rule = _PANDERA_RULES.get(check, check)
        # no row: the header (a column is missing or extra)
        line = 1 if pd.isna(case["index"]) else int(case["index"])
        column = None if case["column"] is None or pd.isna(case["column"]) else str(case["column"])
        value = "" if case["failure_case"] is None or pd.isna(case["failure_case"]) else str(case["failure_case"])
        if check in ("column_in_dataframe", "column_in_schema"):
            column, value = value, ""
        elif about := RULE_ABOUT_COLUMN.match(rule):  # pandera lists every cell of the row: one problem per row
            column, rule, value = about[1], about[2], ""
        problems.append(Problem(line, column, rule, value))
    return sorted(set(problems), key=lambda p: (p.line or 0, p.column or "", p.rule))
