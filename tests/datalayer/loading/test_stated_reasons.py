"""data/stated_reasons.csv as a curator edits it: a long quote, a foreign quote without our English, or a reason
for a state that never joined is set aside with file, line and column; the shipped file loads."""

import csv

import pytest

from datalayer.loading.datasets import STATED_REASONS
from datalayer.loading.tables import load_tables
from tests.conftest import copy_of_data, record_checksums


def edited(tmp_path, change):
    data = copy_of_data(tmp_path)
    path = data / STATED_REASONS.file
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    change(rows[0])
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    record_checksums(data)
    return load_tables(data)


def test_the_shipped_reasons_load_each_for_a_state_that_joined(tables):
    reasons = tables.stated_reasons
    assert len(reasons) >= 29 and set(reasons["program"]) == {"ilrs", "artemis"}
    assert (reasons["quote"].str.split().str.len() <= 25).all()
    assert ((reasons["language"] == "en") == (reasons["english"] == "")).all()


@pytest.mark.parametrize(
    ("change", "column", "rule"),
    [
        (lambda r: r.update(quote=" ".join(["word"] * 26)), "quote", "25 words at most"),
        (lambda r: r.update(language="fr", english=""), None, "our translation otherwise"),
        (lambda r: r.update(iso3="BTN", country="Bhutan"), "iso3", "has not joined"),
        (lambda r: r.update(language="French"), "language", "two-letter language code"),
    ],
    ids=["long quote", "no English", "never joined", "language name"],
)
def test_a_bad_reason_row_is_set_aside_naming_line_column_and_rule(tmp_path, change, column, rule):
    tables = edited(tmp_path, change)
    error = tables.problems[STATED_REASONS.key]
    assert error.file == "data/stated_reasons.csv" and "stated_reasons" not in tables.by_key
    named = [p for p in error.problems if rule in p.rule]
    assert named and {p.line for p in named} == {2}  # the first row, under the header
    assert column is None or {p.column for p in named} == {column}
    assert "partners" in tables.by_key  # the other files load
