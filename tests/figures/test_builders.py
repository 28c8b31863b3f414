from datetime import date

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels import compare, growth, overview
from datalayer.viewmodels import map as map_view
from datalayer.viewmodels.charts import SPECS
from figures.builders import BUILDERS, figure_for
from tests.scoped import at


def test_every_chart_kind_has_one_spec_and_one_builder():
    assert set(BUILDERS) == set(SPECS) and sorted(spec.kind for spec in SPECS) == sorted(vocab.CHART_KINDS)


def test_every_exhibit_of_every_page_draws(tables, points, drawable):
    day = date(2026, 11, 21)
    world = at(tables, Scope(), day)
    exhibits = [
        *overview.overview_model(tables, points, drawable).exhibits,
        *map_view.map_model(tables, points, drawable, world, map_view.MapOptions(play=True)).exhibits,
        *growth.growth_model(tables, world, growth.GrowthOptions()).exhibits,
        *compare.compare_model(tables, points, drawable, world).exhibits,
    ]
    for exhibit in exhibits:
        figure = figure_for(exhibit)
        assert figure.data, exhibit.key
