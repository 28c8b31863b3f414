import pytest

from datalayer import vocab
from figures.theme import CATEGORY_COLOURS
from tooling.colour_vision import DEFICIENCIES, closest_pair, contrast_ratio, distance, rgb, simulate

MIN_DELTA_E = 15  # well above a just-noticeable difference (about 2.3): distinct at a glance


def test_simulation_and_distance_behave():
    assert distance(rgb("#0072B2"), rgb("#0072B2")) == 0
    # Red and green collapse for a deuteranope, not for a tritanope.
    assert distance(simulate("#D62728", "deuteranopia"), simulate("#2CA02C", "deuteranopia")) < distance(
        simulate("#D62728", "tritanopia"), simulate("#2CA02C", "tritanopia")
    )
    assert contrast_ratio(rgb("#FFFFFF"), rgb("#000000")) == pytest.approx(21, rel=0.01)


@pytest.mark.parametrize("view", list(vocab.VIEW_CATEGORIES))
@pytest.mark.parametrize("deficiency", [None, *DEFICIENCIES])
def test_every_pair_of_map_colours_stays_apart(view, deficiency):
    shown = {c: CATEGORY_COLOURS[c] for c in vocab.VIEW_CATEGORIES[view] if c != vocab.OUTSIDE_SCOPE}
    gap, first, second = closest_pair(shown, deficiency)
    assert gap >= MIN_DELTA_E, (first, second, round(gap, 1))


def test_a_palette_that_fails_the_check_is_caught():
    red_green = {"a": "#D62728", "b": "#2CA02C"}
    assert closest_pair(red_green, "deuteranopia")[0] < MIN_DELTA_E
