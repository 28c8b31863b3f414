from datalayer.loading.paths import DATA_DIR, DATA_DIR_VARIABLE, DETAIL_TOPOJSON, MAP_TOPOJSON, data_dir


def test_data_dir_is_the_shipped_folder_unless_pointed_elsewhere(monkeypatch, tmp_path):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    assert data_dir() == DATA_DIR and (DATA_DIR / "README.md").is_file()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path))
    assert data_dir() == tmp_path
    assert MAP_TOPOJSON.is_file() and DETAIL_TOPOJSON.is_file()
