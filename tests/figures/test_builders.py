import inspect
from datetime import date

from datalayer.domain.scope import Scope
from datalayer.viewmodels import compare, growth, overview
from datalayer.viewmodels import map as map_view
from datalayer.viewmodels.charts import ChartSpec
from figures.builders import KINDS, figure_for
from tests.scoped import at


def kinds_of(spec: type[ChartSpec]) -> set[type[ChartSpec]]:
    """Every spec a view model can ask for: the leaves under ChartSpec (MapSpec only shares fields)."""
    below = spec.__subclasses__()
    return {spec} if not below else set().union(*(kinds_of(s) for s in below))


def test_every_chart_kind_is_registered_once_with_a_builder_that_takes_its_spec():
    assert set(KINDS) == kinds_of(ChartSpec)
    for spec, kind in KINDS.items():
        assert list(inspect.signature(kind.build).parameters)[1] == "spec", spec.__name__
        assert ("label_scale" in inspect.signature(kind.build).parameters) == kind.scalable_labels, spec.__name__


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
