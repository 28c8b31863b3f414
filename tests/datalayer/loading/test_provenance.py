from datetime import date

import pandas as pd

from datalayer.loading.datasets import DATASETS, PARTNERS
from datalayer.loading.paths import ROOT
from datalayer.loading.provenance import checked_on, checksum_mismatches, data_checked_on, load_provenance


def test_checksums_match_and_every_dataset_has_provenance():
    provenance = load_provenance()
    assert checksum_mismatches(provenance) == {}
    listed = set(provenance["path"])
    assert {f"data/{d.file}" for d in DATASETS.values()} <= listed
    assert "static/topojson/world_110m.json" in listed


def test_checksum_check_notices_an_edit(tmp_path):
    provenance = load_provenance()
    (tmp_path / "data").mkdir()
    for path in provenance["path"]:
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / path).read_bytes())
    (tmp_path / "data" / PARTNERS.file).write_text("edited", encoding="utf-8")
    assert checksum_mismatches(provenance, tmp_path) == {
        f"data/{PARTNERS.file}": "changed since its provenance entry was written"
    }


def test_the_data_check_date_is_the_oldest_check_of_any_data_file():
    provenance = pd.DataFrame(
        {
            "path": ["data/a.csv", "data/b.csv", "static/topojson/world_110m.json"],
            "as_of": ["2026-12-01", "2026-11-21", "2026-03-05"],
            "checked_start": pd.to_datetime(["2026-12-01", "2026-11-21", "2026-03-05"]),
        }
    )
    assert data_checked_on(provenance) == date(2026, 11, 21)  # geometry is not data
    assert checked_on(provenance, "data/a.csv") == date(2026, 12, 1) and checked_on(provenance, "x") is None
