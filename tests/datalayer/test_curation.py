"""The curator's writes on a copy of the data: a valid row lands in its file, the changes feed and the
provenance checksums; every kind of bad value is refused with nothing written."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pandas as pd
import pytest
import yaml

from datalayer import vocab
from datalayer.curation import (
    CITATION,
    ROW_KINDS,
    Refused,
    add_row,
    correct_rows,
    every_data_file,
    in_date_order,
    record_check,
    write_citation_version,
)
from datalayer.loading.integrity import changes_after_check
from datalayer.loading.provenance import checked_on, data_checked_on, file_sha256, load_provenance
from datalayer.loading.tables import load_tables
from tests.conftest import copy_of_data

SIGNING = {
    "country": "Testland",
    "iso3": "NRU",
    "order": "",
    "source_url": "https://www.nasa.gov/news-release/x",
    "source_publisher": "NASA",
    "source_date": "",
    "source_grade": "official_text",
    "confidence": "high",
    "notes": "",
}


@pytest.fixture
def data(tmp_path):
    return copy_of_data(tmp_path)


def rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def snapshot(directory):
    return {p.name: p.read_bytes() for p in directory.iterdir() if p.is_file()}


def test_a_valid_signatory_lands_in_date_order_in_the_feed_and_in_the_checksums(data):
    day = checked_on(load_provenance(data), "data/artemis_accords.csv")
    sentence, tables = add_row(
        "artemis",
        {**SIGNING, "date": (day - timedelta(days=3)).isoformat()},
        reason="Found in a check",
        recorded=tables_checked(data),
        directory=data,
    )
    accords = rows(data / "artemis_accords.csv")
    assert "NRU" in [r["iso3"] for r in accords]
    dates = [r["date"] for r in accords]
    assert [r["date"] for r in in_date_order(accords)] == dates  # the file stays in date order
    change = rows(data / "changes.csv")[-1]
    assert change["row_key"] == "NRU" and change["kind"] == vocab.ADDED and change["change"] == sentence
    assert sentence.startswith("Testland signed the Artemis Accords, ")
    provenance = {r["path"]: r for r in rows(data / "provenance.csv")}
    for name in ("artemis_accords.csv", "changes.csv"):
        assert provenance[f"data/{name}"]["sha256"] == file_sha256(data / name)
    assert not tables.problems and "NRU" in set(tables.artemis_accords["iso3"])


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"iso3": "XXX"}, "is not a country in data/regions.csv"),
        ({"iso3": "SMR"}, "has no shape in the shipped map geometry"),
        ({"source_url": "nasa.gov/x"}, "must be a web address"),
        ({"confidence": "certain"}, "must be one of: high, medium, low"),
        ({"confidence": "low", "notes": ""}, "a row with low confidence must say why in notes"),
        ({"date": "2026-13-01"}, "must be a date written YYYY-MM-DD"),
        ({"iso3": "USA"}, "iso3"),  # already a signatory: one row per state
    ],
)
def test_each_kind_of_bad_value_is_refused_and_nothing_is_written(data, change, says):
    before = snapshot(data)
    day = checked_on(load_provenance(data), "data/artemis_accords.csv")
    with pytest.raises(Refused) as refused:
        add_row(
            "artemis",
            {**SIGNING, "date": day.isoformat(), **change},
            reason="x",
            recorded=tables_checked(data),
            directory=data,
        )
    assert says in str(refused.value) and "data/" in str(refused.value)
    assert snapshot(data) == before


def test_a_row_dated_after_its_files_check_is_refused(data):
    before = snapshot(data)
    day = checked_on(load_provenance(data), "data/artemis_accords.csv")
    with pytest.raises(Refused, match="must not be after the file's last check"):
        add_row(
            "artemis",
            {**SIGNING, "date": (day + timedelta(days=1)).isoformat()},
            reason="x",
            recorded=tables_checked(data),
            directory=data,
        )
    assert snapshot(data) == before


def test_a_change_recorded_after_the_datas_check_is_refused(data):
    """The data says it is checked to its oldest file check: a change recorded later would contradict it."""
    day = tables_checked(data)
    record_check(["blocs.csv"], "x", "y", vocab.NOTHING_NEW, on=date.today(), directory=data)  # one file only
    before = snapshot(data)
    if date.today() > day:  # otherwise the older check and today's change fall on one day
        with pytest.raises(Refused, match="record a check of every file first"):
            add_row("artemis", {**SIGNING, "date": day.isoformat()}, reason="x", recorded=date.today(), directory=data)
        assert snapshot(data) == before
    changes = load_tables(data).changes
    late = changes.iloc[[-1]].assign(date="2999-01-01", date_start=pd.Timestamp("2999-01-01"))
    [problem] = changes_after_check(late, day)
    assert problem.column == "date" and "record a check of every file first" in problem.rule


def test_an_unknown_column_is_refused(data):
    with pytest.raises(Refused, match="no column flag"):
        add_row("artemis", {**SIGNING, "date": "2024-01-01", "flag": "x"}, reason="x", directory=data)


def test_a_check_moves_each_files_check_date_and_is_listed(data):
    later = date.today()
    tables = record_check(
        every_data_file(), "NASA releases", "nothing after Botswana", vocab.NOTHING_NEW, on=later, directory=data
    )
    assert tables.checked_on == later
    listed = rows(data / "checks.csv")
    assert {r["dataset"] for r in listed if r["date"] == later.isoformat()} == set(every_data_file())
    with pytest.raises(Refused, match="outcome must be one of"):
        record_check(["blocs.csv"], "x", "y", "fine", on=later, directory=data)


def test_a_correction_sets_one_row_and_says_so_in_the_feed(data):
    day = tables_checked(data)
    correct_rows(
        "artemis_accords.csv",
        {"iso3": "MLT"},
        {"order": ""},
        reason="The order rests on a test host",
        change="Malta: place in NASA's order removed",
        source_url="http://livenewsmalta.com/x",
        source_publisher="Live News Malta",
        recorded=day,
        directory=data,
    )
    malta = next(r for r in rows(data / "artemis_accords.csv") if r["iso3"] == "MLT")
    assert malta["order"] == ""
    assert rows(data / "changes.csv")[-1]["change"] == "Malta: place in NASA's order removed"
    with pytest.raises(Refused, match="0 rows match"):
        correct_rows(
            "artemis_accords.csv",
            {"iso3": "NRU"},
            {"order": ""},
            "x",
            "x",
            "https://a.org",
            "A",
            recorded=day,
            directory=data,
        )


def tables_checked(directory):
    return load_tables(directory).checked_on


def test_the_command_line_adds_a_row_and_refuses_a_bad_one_with_nothing_written(data, monkeypatch, capsys):
    from datalayer.curator import run
    from datalayer.loading.paths import DATA_DIR_VARIABLE

    monkeypatch.setenv(DATA_DIR_VARIABLE, str(data))
    day = tables_checked(data).isoformat()
    options = [
        "--country",
        "Testland",
        "--iso3",
        "NRU",
        "--date",
        day,
        "--source-url",
        "https://www.nasa.gov/x",
        "--source-publisher",
        "NASA",
        "--source-grade",
        "official_text",
        "--confidence",
        "high",
        "--reason",
        "Found in a check",
        "--recorded",
        day,
    ]
    before = snapshot(data)
    assert run(["add", "artemis", *options[:5], "XXX", *options[6:]]) == 2
    assert "REFUSED, nothing written" in capsys.readouterr().err and snapshot(data) == before
    assert run(["add", "artemis", *options]) == 0
    printed = capsys.readouterr().out
    assert "added: Testland signed the Artemis Accords" in printed and "Artemis Accords signatories: " in printed
    assert "NRU" in [r["iso3"] for r in rows(data / "artemis_accords.csv")]


def test_the_citation_names_the_data_version_and_a_check_moves_it(tmp_path):
    cited = yaml.safe_load(CITATION.read_text(encoding="utf-8"))
    assert cited["version"] == str(data_checked_on(load_provenance()))  # the shipped file agrees with the data
    copy = tmp_path / "CITATION.cff"
    copy.write_text(CITATION.read_text(encoding="utf-8"), encoding="utf-8")
    write_citation_version(copy, date(2027, 1, 5))
    moved = yaml.safe_load(copy.read_text(encoding="utf-8"))
    assert (moved["version"], moved["date-released"]) == ("2027-01-05", "2027-01-05")
    assert moved["title"] == cited["title"]


def test_a_reasons_line_in_the_feed_names_its_speaker_without_brackets_in_brackets():
    row = {"country": "Pakistan", "program": vocab.ILRS, "speaker": "SUPARCO (press release)", "date": "2024-11-13"}
    assert ROW_KINDS["reason"].change(row) == (
        "Stated reason added: Pakistan on joining the ILRS (SUPARCO, 13 November 2024)"
    )
