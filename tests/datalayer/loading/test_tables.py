import shutil

import pytest

from datalayer.loading.datasets import DATASETS, PARTNERS
from datalayer.loading.errors import DataFileError
from datalayer.loading.paths import DATA_DIR
from datalayer.loading.tables import load_tables


def test_every_dataset_by_attribute_with_provenance_and_check_date():
    tables = load_tables()
    assert set(tables.by_key) == set(DATASETS)
    assert tables.partners is tables.by_key["partners"]
    assert str(tables.checked_on) == "2026-11-21"
    with pytest.raises(AttributeError):
        tables.no_such_dataset


def test_a_fact_dated_after_its_files_check_is_refused(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(DATA_DIR, copy)
    provenance = (copy / "provenance.csv").read_text(encoding="utf-8")
    # Move the partners file's check back before its newest facts: they could not have been checked.
    line = next(l for l in provenance.splitlines() if l.startswith(f"data/{PARTNERS.file},"))
    (copy / "provenance.csv").write_text(provenance.replace(line, line.replace(",2026-12-01,2026-12-01,",
                                                                               ",2024-01-01,2024-01-01,")),
                                         encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_tables(copy)
    assert caught.value.file == f"data/{PARTNERS.file}"
    assert any("must not be after the file's last check (2024-01-01)" in p.rule for p in caught.value.problems)
