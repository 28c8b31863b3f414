"""Load and validate: a curated CSV becomes a text DataFrame indexed by its physical line number."""
from __future__ import annotations

import csv
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


def read_tidy_csv(path: Path, display_name: str | None = None) -> pd.DataFrame:
    """Every value as stripped text, blanks as ''; the index is each record's line in the file."""
    name = display_name or str(path)
    try:
        with open(path, newline="", encoding="utf-8") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if not header:
                raise DataFileError(name, [Problem(None, None, "the file is empty: a header row is required")])
            header = [column.strip() for column in header]
            problems = [Problem(1, column, "column name appears twice in the header")
                        for column in sorted({c for c in header if header.count(c) > 1})]
            records, lines = [], []
            for row in reader:
                if not any(field.strip() for field in row):
                    continue  # blank lines carry no fact
                if len(row) != len(header):
                    problems.append(Problem(reader.line_num, None,
                                            f"has {len(row)} fields but the header has {len(header)}"))
                    continue
                records.append([field.strip() for field in row])
                lines.append(reader.line_num)
    except FileNotFoundError:
        raise DataFileError(name, [Problem(None, None, "the file is missing")]) from None
    except UnicodeDecodeError as error:
        raise DataFileError(name, [Problem(None, None, f"is not UTF-8 text ({error.reason})")]) from None
    except csv.Error as error:
        raise DataFileError(name, [Problem(None, None, f"is not valid CSV ({error})")]) from None
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
        raise DataFileError(display_name, [Problem(None, None, str(error))]) from None


def _problems(failure_cases: pd.DataFrame) -> list[Problem]:
    problems = []
    for case in failure_cases.itertuples(index=False):
        check = str(case.check)
        rule = _PANDERA_RULES.get(check, check)
        line = None if pd.isna(case.index) else int(case.index)
        column = None if case.column is None or pd.isna(case.column) else str(case.column)
        value = "" if case.failure_case is None or pd.isna(case.failure_case) else str(case.failure_case)
        if check in ("column_in_dataframe", "column_in_schema"):
            column, value = value, ""
        problems.append(Problem(line, column, rule, value))
    return sorted(set(problems), key=lambda p: (p.line or 0, p.column or "", p.rule))
