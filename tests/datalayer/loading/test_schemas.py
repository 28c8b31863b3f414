from datetime import date

import pandas as pd
import pandera.pandas as pa
import pytest

from datalayer.loading.column_rules import one_of, partial_date, text, tidy_schema, whole_number


def check(column: pa.Column, values: list[str]) -> list[str]:
    """The values a one-column schema refuses."""
    try:
        tidy_schema({"x": column}).validate(pd.DataFrame({"x": values}), lazy=True)
    except pa.errors.SchemaErrors as errors:
        return sorted(set(errors.failure_cases["failure_case"].astype(str)))
    return []


def test_code_lists_dates_and_numbers_are_checked_as_written():
    assert check(text(one_of(["lead", "signed"])), ["lead", "member"]) == ["member"]
    assert check(text(*partial_date(date(2026, 11, 21))), ["2024", "2024-05", "2024-02-30", "2027-01-01"]) == [
        "2024-02-30",
        "2027-01-01",
    ]
    assert check(text(whole_number(minimum=1, optional=True)), ["17", "", "0", "x"]) == ["0", "x"]


def test_a_file_may_not_gain_or_lose_columns():
    with pytest.raises(pa.errors.SchemaErrors):
        tidy_schema({"x": text()}).validate(pd.DataFrame({"x": ["a"], "y": ["b"]}), lazy=True)
