"""The warm-up computes exactly what each page asks for when a viewer picks a bloc."""

import pytest
import streamlit as st

from components import data_access
from components.navigation import COMPARE, GROWTH, MAP
from components.warm_up import WARM_UP_VARIABLE, start_warm_up, warm_every_scope, warmed_scopes
from datalayer import vocab
from datalayer.viewmodels import compare, growth
from datalayer.viewmodels import map as map_view
from datalayer.viewmodels.growth import GrowthOptions, target_year_choices
from datalayer.viewmodels.map import MapOptions
from tests.pages.conftest import open_page


@pytest.fixture(scope="module")
def warmed():
    """Warmed once for the module (36 view models): each test below only reads the cache."""
    st.cache_resource.clear()
    yield warm_every_scope(data_access.tables().checked_on)
    st.cache_resource.clear()


def refuse_to_compute(monkeypatch):
    def not_again(*_args, **_kwargs):
        raise AssertionError("computed on request: the warm-up missed this key")

    for module, name in ((map_view, "map_model"), (growth, "growth_model"), (compare, "compare_model")):
        monkeypatch.setattr(module, name, not_again)


def test_every_bloc_a_picker_offers_is_served_from_the_cache_on_each_scoped_page(warmed, monkeypatch):
    refuse_to_compute(monkeypatch)
    checked_on = data_access.tables().checked_on
    defaults = GrowthOptions(target_year=target_year_choices(data_access.tables().milestones)[1])
    assert {s.bloc_slug for s in warmed_scopes()} == {b.slug for b in vocab.BLOCS}
    for scope in warmed_scopes():
        data_access.map_model(scope, checked_on, MapOptions())
        data_access.growth_model(scope, checked_on, defaults)
        data_access.compare_model(scope, checked_on)


@pytest.mark.parametrize("entry", [MAP, GROWTH, COMPARE], ids=lambda p: p.url_path)
def test_a_page_opened_on_a_warmed_bloc_computes_nothing(warmed, monkeypatch, entry):
    refuse_to_compute(monkeypatch)
    app = open_page(entry, {"bloc": "brics"})
    assert not app.exception and app.get("plotly_chart")


def test_the_warm_up_can_be_switched_off(monkeypatch):
    start_warm_up.clear()
    monkeypatch.setenv(WARM_UP_VARIABLE, "0")
    assert start_warm_up(data_access.tables().checked_on) is None
    start_warm_up.clear()
