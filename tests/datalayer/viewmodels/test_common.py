import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.compare import MEMBERSHIP, compare_model
from datalayer.viewmodels.country import STANDING, country_model
from datalayer.viewmodels.growth import GrowthOptions, growth_model, panel_key
from tests.scoped import at


def test_every_view_model_finds_an_exhibit_by_its_key_one_way(tables, points, drawable):
    """One shape for all: tiles, exhibits found by key (KeyError for a key it has not), notices."""

    models = [
        compare_model(tables, points, drawable, at(tables, Scope(), tables.checked_on)),
        country_model(tables, "SEN", tables.checked_on),
        growth_model(tables, at(tables, Scope(), tables.checked_on), GrowthOptions()),
    ]
    for model, key in zip(models, (MEMBERSHIP, STANDING, panel_key(vocab.COUNTRIES)), strict=True):
        assert isinstance(model, ViewModel) and model.has(key) and model.exhibit(key).key == key
        assert isinstance(model.tiles, tuple) and isinstance(model.notices, tuple)
        with pytest.raises(KeyError):
            model.exhibit("no.such.exhibit")
