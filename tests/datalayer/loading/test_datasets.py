from datalayer.loading.datasets import DATASETS, display_name
from datalayer.loading.paths import DATA_DIR
from datalayer.loading.provenance import load_provenance


def test_every_registered_dataset_ships_with_a_file_and_a_provenance_row():
    listed = set(load_provenance()["path"])
    for key, dataset in DATASETS.items():
        assert dataset.key == key and (DATA_DIR / dataset.file).is_file()
        assert display_name(dataset) == f"data/{dataset.file}" and display_name(dataset) in listed
