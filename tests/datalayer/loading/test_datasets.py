from datetime import date

import pytest

from datalayer.loading.datasets import BLOCS, DATASETS, display_name, load_dataset
from datalayer.loading.errors import DataFileError
from datalayer.loading.paths import DATA_DIR
from datalayer.loading.provenance import load_provenance
from tests.conftest import copy_of_data


def test_every_registered_dataset_ships_with_a_file_and_a_provenance_row():
    listed = set(load_provenance()["path"])
    for key, dataset in DATASETS.items():
        assert dataset.key == key and (DATA_DIR / dataset.file).is_file()
        assert display_name(dataset) == f"data/{dataset.file}" and display_name(dataset) in listed


def test_a_file_loaded_again_is_read_anew_once_its_bytes_change_and_a_callers_edit_stays_its_own(tmp_path):
    copy = copy_of_data(tmp_path)
    day = date(2026, 12, 31)
    first = load_dataset(BLOCS, copy, day)
    first.loc[first.index[0], "country"] = "Edited by a caller"
    again = load_dataset(BLOCS, copy, day)
    assert again.loc[again.index[0], "country"] != "Edited by a caller"
    path = copy / BLOCS.file
    path.write_text(path.read_text(encoding="utf-8").replace("Cyprus", "Kypros"), encoding="utf-8")
    assert "Kypros" in set(load_dataset(BLOCS, copy, day)["country"])
    path.write_text(
        path.read_text(encoding="utf-8").replace("Kypros,member,2004-05-01", "Kypros,member,2004-13-01"),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="data/blocs.csv"):
        load_dataset(BLOCS, copy, day)
