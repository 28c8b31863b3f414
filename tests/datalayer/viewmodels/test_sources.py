from datalayer.loading.datasets import DATASETS
from datalayer.viewmodels.sources import dataset_rows, sources_model
from datalayer.words.dates import written_date


def test_sources_page_lists_every_dataset_the_feed_and_last_checks(tables):
    page = sources_model(tables)
    assert set(page.dataset_choices) == set(DATASETS)
    assert "checked" in page.provenance.columns and not any(c.endswith("_start") for c in page.provenance.columns)
    assert len(page.changes) == len(tables.changes)


def test_every_check_is_listed_newest_first_and_the_check_date_is_the_oldest_files_newest_check(tables):
    checks = sources_model(tables).checks
    assert len(checks) == len(tables.checks) and list(checks["date"]) == sorted(checks["date"], reverse=True)
    newest_per_file = checks.groupby("dataset")["date"].max()
    data_files = {d.file for d in DATASETS.values() if d.key != "checks"}
    assert data_files <= set(newest_per_file.index)  # every file has been checked at least once
    assert newest_per_file[list(data_files)].min() == tables.checked_on.isoformat()


def test_dataset_rows_are_as_written_with_their_check_date(tables):
    rows = dataset_rows(tables, "artemis_accords")
    provenance = tables.provenance.set_index("path").loc["data/artemis_accords.csv"]
    assert rows.caption.startswith(
        f"data/artemis_accords.csv · as of {provenance['as_of']} · last checked "
        f"{written_date(provenance['checked_start'].date())}"
    )
    assert len(rows.rows) == len(tables.artemis_accords) and "date_start" not in rows.rows
