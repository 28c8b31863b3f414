"""The warm-up computes exactly what each page asks for when a viewer picks a bloc."""
import pytest
import streamlit as st

from components import data_access
from components.navigation import COMPARE, GROWTH, MAP
from components.warm_up import WARM_UP_VARIABLE, start_warm_up, warm_every_scope, warmed_scopes
from datalayer import vocab
from datalayer.views import compare, growth
from datalayer.views import map as map_view
from tests.pages.conftest import open_page


@pytest.fixture
def warmed():
    st.cache_resource.clear()
    yield warm_every_scope(data_access.tables().checked_on)
    st.cache_resource.clear()


def test_every_bloc_is_warmed_on_each_scoped_page(warmed):
    assert len(warmed_scopes()) == len(vocab.BLOCS)
    assert warmed == 3 * len(vocab.BLOCS)


@pytest.mark.parametrize("entry", [MAP, GROWTH, COMPARE], ids=lambda p: p.url_path)
def test_a_page_opened_on_a_warmed_bloc_computes_nothing(warmed, monkeypatch, entry):
    def not_again(*_args, **_kwargs):
        raise AssertionError("computed on request: the warm-up missed this page's key")
    for module, name in ((map_view, "map_page"), (growth, "growth_page"), (compare, "compare_page")):
        monkeypatch.setattr(module, name, not_again)
    app = open_page(entry, {"bloc": "brics"})
    assert not app.exception and app.get("plotly_chart")


def test_the_warm_up_can_be_switched_off(monkeypatch):
    start_warm_up.clear()
    monkeypatch.setenv(WARM_UP_VARIABLE, "0")
    assert start_warm_up(data_access.tables().checked_on) is None
    start_warm_up.clear()
