"""The method page: the method text, the reconciliation, the scopes and every check."""

from components.navigation import GROWTH, METHODS
from datalayer import vocab
from datalayer.words.method import written_method
from tests.pages.conftest import open_page, texts


def test_the_method_page_shows_the_method_the_reconciliation_the_scopes_and_the_checks():
    app = open_page(METHODS)
    assert not app.exception and app.title[0].value == METHODS.title
    shown = texts(app)
    assert all(text in shown for _, text in written_method())
    assert len(app.get("plotly_chart")) == 1 and any(t.startswith("The newest official figure") for t in shown)
    scopes = next(d.value for d in app.dataframe if "definition" in d.value.columns)
    assert [s.split("#", 1)[1] for s in scopes["scope"]] == [b.label for b in vocab.BLOCS]
    checks = next(d.value for d in app.dataframe if "searched" in d.value.columns)
    assert len(checks) >= len(vocab.BLOCS) and checks["date"].is_monotonic_decreasing


def test_growth_opens_the_reconciliation_in_a_section():
    app = open_page(GROWTH)
    app.session_state["growth_reconciliation_section"] = True
    app.run()
    assert any(t.startswith("The newest official figure") for t in texts(app))
