from datalayer import vocab
from figures.theme import CATEGORY_COLOURS, STATUS_COLOURS, YEAR_RAMP, category_colours


def test_every_status_and_category_has_a_colour_and_the_lead_stands_apart():
    assert set(vocab.STATUSES) <= set(STATUS_COLOURS)
    for categories in vocab.VIEW_CATEGORIES.values():
        assert set(categories) <= set(CATEGORY_COLOURS)
    assert len({STATUS_COLOURS[s] for s in vocab.STATUSES}) == len(vocab.STATUSES)


def test_signing_years_take_the_ramp_in_order():
    colours = category_colours(("lead", "2021", "2023", "none"))
    assert colours["2021"] == YEAR_RAMP[0] and colours["2023"] == YEAR_RAMP[1]
    assert colours["lead"] == STATUS_COLOURS["lead"]
