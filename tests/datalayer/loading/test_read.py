"""A malformed file is refused with its file, line, column and rule named."""

from datetime import date

import pytest

from datalayer.loading.datasets import PARTNERS, load_dataset
from datalayer.loading.errors import DataFileError
from datalayer.loading.read import read_tidy_csv

HEADER = (
    "name,iso3,kind,status,founding_role,date,announced_date,instrument,counterpart,source_url,"
    "source_publisher,source_date,source_grade,confidence,notes"
)
GOOD = (
    "Serbia,SRB,state,signed,,2024-05,,joint statement,CNSA – Serbia,https://example.org/a,Xinhua,2024-05-09,wire,"
    'high,""'
)
TODAY = date(2026, 11, 21)


def write(tmp_path, *lines):
    (tmp_path / PARTNERS.file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def problems_of(tmp_path):
    with pytest.raises(DataFileError) as caught:
        load_dataset(PARTNERS, tmp_path, latest=TODAY)
    return caught.value


def test_a_good_file_loads_with_typed_dates(tmp_path):
    table = load_dataset(PARTNERS, write(tmp_path, HEADER, GOOD), latest=TODAY)
    assert table.loc[2, "name"] == "Serbia"
    assert str(table.loc[2, "date_start"].date()) == "2024-05-09"  # a signing counts from the latest day it can be


def test_bad_status_names_file_line_column_and_rule(tmp_path):
    error = problems_of(
        write(tmp_path, HEADER, GOOD, GOOD.replace("Serbia,SRB", "Chad,TCD").replace("signed", "maybe"))
    )
    assert error.file == "data/ilrs_partners.csv"
    [problem] = error.problems
    assert (problem.line, problem.column, problem.value) == (3, "status", "maybe")
    assert "must be one of: lead, signed, announced, applied, payload_only" in problem.rule
    assert "line 3, column 'status'" in str(error)


def test_future_and_impossible_dates_are_refused(tmp_path):
    future = GOOD.replace("2024-05,", "2027-01-01,")
    impossible = GOOD.replace("Serbia,SRB", "Chad,TCD").replace("2024-05,", "2024-02-30,")
    error = problems_of(write(tmp_path, HEADER, future, impossible))
    rules = {(p.line, p.column): p.rule for p in error.problems}
    assert "must not be after the file's last check (2026-11-21)" in rules[(2, "date")]
    assert "YYYY-MM-DD" in rules[(3, "date")]


def test_duplicate_partner_and_missing_source_are_refused(tmp_path):
    no_source = GOOD.replace("Serbia,SRB", "Chad,TCD").replace("https://example.org/a", "")
    error = problems_of(write(tmp_path, HEADER, GOOD, GOOD, no_source))
    found = {(p.line, p.column, p.rule) for p in error.problems}
    assert (2, "name", "duplicates another row") in found
    assert (3, "name", "duplicates another row") in found
    assert any(p.line == 4 and p.column == "source_url" for p in error.problems)


def test_missing_and_undeclared_columns_are_named(tmp_path):
    error = problems_of(write(tmp_path, HEADER.replace(",notes", ",remarks"), GOOD))
    found = {(p.column, p.rule.split(" (")[0]) for p in error.problems}
    assert ("notes", "required column is missing") in found
    assert ("remarks", "column is not declared in the schema") in found


def test_ragged_row_names_its_line(tmp_path):
    with pytest.raises(DataFileError) as caught:
        read_tidy_csv(write(tmp_path, HEADER, GOOD, GOOD + ",extra") / PARTNERS.file)
    [problem] = caught.value.problems
    assert problem.line == 3 and "16 fields but the header has 15" in problem.rule


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(DataFileError, match="the file is missing"):
        read_tidy_csv(tmp_path / "absent.csv")
    (tmp_path / "latin.csv").write_bytes("name\nT\xfcrkiye\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="not UTF-8"):
        read_tidy_csv(tmp_path / "latin.csv")


def test_state_needs_iso3_and_organization_must_not_have_one(tmp_path):
    state = GOOD.replace("Serbia,SRB", "Serbia,")
    org = GOOD.replace("Serbia,SRB,state", "APSCO,CHN,intl_org")
    error = problems_of(write(tmp_path, HEADER, state, org))
    assert {p.line for p in error.problems if "iso3 must be blank" in p.rule} == {2, 3}


def test_low_confidence_needs_a_reason_and_only_a_state_can_lead(tmp_path):
    unexplained = GOOD.replace(",high,", ",low,")
    lead_org = GOOD.replace("Serbia,SRB,state,signed", "APSCO,,intl_org,lead")
    error = problems_of(write(tmp_path, HEADER, unexplained, lead_org))
    rules = {p.rule for p in error.problems}
    assert "a row with low confidence must say why in notes" in rules
    assert "only a state can be the program's lead" in rules


def test_a_row_resting_on_a_lead_may_not_claim_more_than_low_confidence(tmp_path):
    lead_medium = GOOD.replace(",wire,high,", ",lead_only,medium,")
    lead_low = GOOD.replace("Serbia,SRB", "Peru,PER").replace(',wire,high,""', ",lead_only,low,only a rewrite site")
    error = problems_of(write(tmp_path, HEADER, lead_medium, lead_low))
    assert error.file == "data/ilrs_partners.csv"
    [problem] = [p for p in error.problems if "lead" in p.rule]
    assert (problem.line, problem.column) == (2, "confidence")
    assert "low confidence at most" in problem.rule and "line 2, column 'confidence'" in problem.describe()
