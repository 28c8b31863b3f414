import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.compare import compare_model
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from datalayer.viewmodels.reconciliation import reconciliation_model
from datalayer.viewmodels.what_if import what_if_model
from figures.axes import count_axis, count_step
from figures.builders import KINDS, figure_for
from tests.scoped import at


@pytest.mark.parametrize(
    ("top", "step"), [(0, 1), (3, 1), (6, 1), (13, 5), (50, 10), (68, 20), (500, 100), (5000, 1000)]
)
def test_count_steps_are_whole_and_give_a_handful_of_ticks(top, step):
    assert count_step(top) == step


def test_a_count_axis_starts_at_zero_and_a_chart_of_zeros_still_spans_one():
    axis = count_axis(0)
    assert axis["tick0"] == 0 and axis["rangemode"] == "tozero" and axis["range"] == [0, 1.08]
    assert "range" not in count_axis(50, fixed=False)


@pytest.mark.parametrize("bloc", [None, *(b.slug for b in vocab.BLOCS)])
def test_every_count_axis_of_every_exhibit_has_whole_ticks_from_zero(tables, points, drawable, bloc):
    scope = Scope(bloc)
    exhibits = [
        *compare_model(tables, points, drawable, at(tables, scope, tables.checked_on)).exhibits,
        *(
            e
            for m in vocab.TARGET_METRICS
            for e in growth_model(tables, at(tables, scope, tables.checked_on), GrowthOptions(metric=m)).exhibits
        ),
        reconciliation_model(tables, tables.checked_on).exhibits[0],
        what_if_model(tables, tables.checked_on, vocab.COUNTRIES, 2035, ("announced",)).exhibits[0],
    ]
    counted = [e for e in exhibits if KINDS[type(e.chart)].count_axis]
    assert {type(e.chart) for e in counted} == {spec for spec, kind in KINDS.items() if kind.count_axis}
    for exhibit in counted:
        axis = getattr(figure_for(exhibit).layout, KINDS[type(exhibit.chart)].count_axis)
        assert axis.tick0 == 0 and axis.tickformat == "d" and axis.rangemode == "tozero", exhibit.key
        assert axis.dtick == int(axis.dtick) >= 1, exhibit.key
        assert axis.range is None or axis.range[0] == 0, exhibit.key
