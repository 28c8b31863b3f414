from components.navigation import SOURCES
from datalayer import vocab
from datalayer.words.method import written_method
from tests.pages.conftest import open_page, shown


def test_sources_page_shows_what_changed_and_every_dataset():
    app = open_page(SOURCES)
    assert any(s.value == "What changed" for s in app.header)
    changes = next(d.value for d in app.dataframe if "reason" in d.value.columns)
    cited = changes[changes["kind"] != vocab.REGRADED]  # a regrading reads the source already cited
    assert len(changes) >= 20 and cited["source_url"].str.startswith("http").all()
    provenance = next(d.value for d in app.dataframe if "checked" in d.value.columns)
    assert "data/changes.csv" in set(provenance["path"])
    # 'Data checked to' is a claim a reader can inspect: every check, what it searched and what it found.
    assert any(s.value == "How the data is checked" for s in app.header)
    checks = next(d.value for d in app.dataframe if "searched" in d.value.columns)
    assert {"artemis_accords.csv", "ilrs_partners.csv"} <= set(checks["dataset"]) and checks[
        "found"
    ].str.len().min() > 0


def test_choosing_a_dataset_shows_its_rows_and_last_check():
    app = open_page(SOURCES)
    app.selectbox(key="sources_dataset").set_value("artemis_accords").run()
    assert any(shown(c.value).startswith("data/artemis_accords.csv · as of") for c in app.caption)
    rows = next(d.value for d in app.dataframe if "country" in d.value.columns and "order" in d.value.columns)
    assert "country?iso3=BWA#Botswana" in set(rows["country"])  # each name links to its profile


def test_the_method_text_is_the_one_the_pack_shows():
    app = open_page(SOURCES)
    assert any(s.value == "Method and caveats" for s in app.header)
    shown_texts = [t.value for t in app.text]
    assert all(text in shown_texts for _, text in written_method())
