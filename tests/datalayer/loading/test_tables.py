import re

import pandas as pd
import pytest

from datalayer.loading.datasets import DATASETS, PARTNERS
from datalayer.loading.tables import load_tables
from tests.conftest import copy_of_data


def test_every_dataset_by_attribute_with_provenance_and_check_date():
    tables = load_tables()
    assert set(tables.by_key) == set(DATASETS)
    assert tables.partners is tables.by_key["partners"]
    checks = tables.checks.groupby("dataset")["date_start"].max()
    assert tables.checked_on == checks.min().date()  # the oldest file's newest check: every file is checked
    with pytest.raises(AttributeError):
        _ = tables.no_such_dataset


def test_a_fact_dated_after_its_files_check_is_set_aside(tmp_path):
    copy = copy_of_data(tmp_path)
    provenance = (copy / "provenance.csv").read_text(encoding="utf-8")
    # Move the partners file's check back before its newest facts: they could not have been checked.
    line = next(row for row in provenance.splitlines() if row.startswith(f"data/{PARTNERS.file},"))
    moved = re.sub(r",\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},", ",2024-01-01,2024-01-01,", line, count=1)
    (copy / "provenance.csv").write_text(provenance.replace(line, moved), encoding="utf-8")
    tables = load_tables(copy)
    error = tables.problems[PARTNERS.key]
    assert error.file == f"data/{PARTNERS.file}" and PARTNERS.key not in tables.by_key
    assert any("must not be after the file's last check (2024-01-01)" in p.rule for p in error.problems)
    assert "artemis_accords" in tables.by_key  # the other files still load


def test_a_change_recorded_after_the_datas_check_sets_the_feed_aside(tmp_path):
    """'Data checked to' is never earlier than the newest change: one file checked earlier than the feed's newest
    row makes the feed a problem, named by line and column."""
    copy = copy_of_data(tmp_path)
    provenance = (copy / "provenance.csv").read_text(encoding="utf-8")
    line = next(row for row in provenance.splitlines() if row.startswith("data/targets.csv,"))
    moved = re.sub(r"(,\d{4}-\d{2}-\d{2}),\d{4}-\d{2}-\d{2},", r"\1,2026-01-01,", line, count=1)
    (copy / "provenance.csv").write_text(provenance.replace(line, moved), encoding="utf-8")
    tables = load_tables(copy)
    assert str(tables.checked_on) == "2026-01-01" and "changes" not in tables.by_key
    problem = tables.problems["changes"].problems[0]
    assert problem.column == "date" and "after the date the data is checked to (2026-01-01)" in problem.rule


def test_text_columns_are_held_as_python_strings(tables):
    """Arrow-backed text costs a scope's seven view models about half as much again on tables this small."""
    text = [column for column in tables.partners.columns if pd.api.types.is_string_dtype(tables.partners[column])]
    assert "name" in text and {tables.partners[c].dtype.storage for c in text} == {"python"}


def test_every_dataset_has_a_typed_property_so_the_checker_sees_its_table(tables):
    for key in DATASETS:
        assert isinstance(getattr(type(tables), key, None), property), key
        assert getattr(tables, key) is tables.table(key)
