"""The Data Package and the Atom feed: made from the pandera schemas and the changes feed, current on disk, valid by
the standard's own tools."""

import io
import json
import zipfile

import feedparser
import pandera.pandas as pa
import pytest
from frictionless import validate

from datalayer import vocab
from datalayer.loading.datasets import DATASETS
from datalayer.loading.paths import DATA_DIR
from datalayer.loading.publish import FEED_FILE, PACKAGE_FILE, atom_feed, data_zip, datapackage, field_of
from datalayer.viewmodels.changes import changes_newest_first


def test_the_shipped_package_is_the_one_the_schemas_make_now(tables):
    shipped = json.loads((DATA_DIR / PACKAGE_FILE).read_text(encoding="utf-8"))
    assert shipped == datapackage(tables.provenance, tables.checked_on)
    assert shipped["version"] == tables.checked_on.isoformat()


def test_every_resource_has_its_files_columns_and_rules(tables):
    package = datapackage(tables.provenance, tables.checked_on)
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(DATASETS)
    for key, dataset in DATASETS.items():
        fields = resources[key]["schema"]["fields"]
        assert [f["name"] for f in fields] == list(dataset.schema(None).columns), key
    status = next(f for f in resources["partners"]["schema"]["fields"] if f["name"] == "status")
    assert status["constraints"]["enum"] == list(vocab.STATUSES)


def test_frictionless_validates_the_package_and_every_row():
    report = validate(str(DATA_DIR / PACKAGE_FILE))
    assert report.valid, report.flatten(["type", "note"])[:5]


def test_a_rule_the_package_cannot_state_is_an_error_not_a_silent_gap():
    column = pa.Column(None, checks=[pa.Check(lambda s: s == s, error="must sparkle")])
    with pytest.raises(ValueError, match="no Table Schema constraint for the rule 'must sparkle'"):
        field_of("x", column)


def test_the_feed_is_every_change_newest_first_with_its_source(tables):
    assert FEED_FILE.read_text(encoding="utf-8") == atom_feed(tables.changes, tables.checked_on)
    feed = feedparser.parse(FEED_FILE.read_text(encoding="utf-8"))
    assert not feed.bozo and feed.feed.title.startswith("ILRS Tracker")
    newest = changes_newest_first(tables.changes)
    assert [e.title for e in feed.entries] == list(newest["change"])
    assert [e.link for e in feed.entries] == list(newest["source_url"])
    assert len({e.id for e in feed.entries}) == len(feed.entries)


def test_the_zip_holds_every_data_file_the_package_and_the_method():
    names = set(zipfile.ZipFile(io.BytesIO(data_zip())).namelist())
    expected = {f"ilrs-tracker-data/{d.file}" for d in DATASETS.values()}
    assert expected | {"ilrs-tracker-data/datapackage.json", "ilrs-tracker-data/CHECKING.md"} <= names
