"""Ten ways a hand-edited file goes wrong. Each is set aside with one message naming file, line, column and
rule; the other files load."""

import pytest

from datalayer.loading.datasets import SPACE_POWERS
from datalayer.loading.read import HEADER
from datalayer.loading.tables import load_tables
from tests.conftest import copy_of_data, record_checksums

FILE = f"data/{SPACE_POWERS.file}"


def lines_of(path):
    return path.read_text(encoding="utf-8").splitlines()


def rewrite(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def missing_column(path):
    rows = [line.split(",", 3) for line in lines_of(path)]  # iso3,country,common_name,rest
    rewrite(path, [",".join([r[0], r[1], r[3]]) for r in rows])


def extra_column(path):
    rewrite(path, [lines_of(path)[0] + ",remarks"] + [line + "," for line in lines_of(path)[1:]])


def unknown_iso3(path):
    lines = lines_of(path)
    rewrite(path, [lines[0], "ZZZ" + lines[1][3:], *lines[2:]])


def impossible_date(path):
    lines = lines_of(path)
    rewrite(path, [lines[0], lines[1].replace("1957-10-04", "1957-02-30"), *lines[2:]])


def future_date(path):
    lines = lines_of(path)
    rewrite(path, [lines[0], lines[1].replace("1957-10-04", "2031-10-04"), *lines[2:]])


def duplicate_row(path):
    lines = lines_of(path)
    rewrite(path, [*lines, lines[1]])


def non_utf8(path):
    path.write_bytes(path.read_bytes().replace(b"Russia", "Russ\xeda".encode("latin-1"), 1))


def empty_file(path):
    path.write_bytes(b"")


def byte_order_mark(path):
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


FIXTURES = {  # name: (edit, (file, line, column, words of the rule))
    "missing column": (missing_column, (FILE, 1, "common_name", "required column is missing")),
    "extra column": (extra_column, (FILE, 1, "remarks", "not declared in the schema")),
    "unknown ISO3": (unknown_iso3, (FILE, 2, "iso3", "is not a country in data/regions.csv")),
    "impossible date": (impossible_date, (FILE, 2, "first_date", "must be a date written YYYY-MM-DD")),
    "future date": (future_date, (FILE, 2, "first_date", "must not be after the file's last check")),
    "duplicate row": (duplicate_row, (FILE, 2, "iso3", "duplicates another row")),
    "non-UTF-8 bytes": (non_utf8, (FILE, 2, "country", "is not UTF-8 text")),  # in "Russian Federation"
    "empty file": (empty_file, (FILE, 1, HEADER, "the file is empty")),
    "byte-order mark": (byte_order_mark, (FILE, 1, HEADER, "byte-order mark")),
}


@pytest.mark.parametrize("name", FIXTURES)
def test_a_malformed_file_is_set_aside_with_file_line_column_and_rule(tmp_path, name):
    edit, (file, line, column, rule) = FIXTURES[name]
    data = copy_of_data(tmp_path)
    edit(data / SPACE_POWERS.file)
    record_checksums(data)  # a deliberate edit: only the content is wrong
    tables = load_tables(data)
    error = tables.problems[SPACE_POWERS.key]
    assert error.file == file and SPACE_POWERS.key not in tables.by_key
    assert any(p.line == line and p.column == column and rule in p.rule for p in error.problems), error.problems
    assert f"line {line}, column '{column}'" in str(error)
    assert set(tables.problems) == {SPACE_POWERS.key}  # every other file still loads


def test_an_edit_without_its_checksum_names_the_provenance_row(tmp_path):
    data = copy_of_data(tmp_path)
    path = data / SPACE_POWERS.file
    path.write_text(path.read_text(encoding="utf-8").replace("Sputnik 1", "Sputnik One"), encoding="utf-8")
    tables = load_tables(data)
    error = tables.problems[SPACE_POWERS.key]
    [problem] = error.problems
    assert error.file == "data/provenance.csv" and problem.column == "sha256" and problem.line > 1
    assert f"{FILE} changed since its checksum was recorded" in problem.rule
