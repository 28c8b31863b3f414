"""The scenario exhibit: drawn apart from our count, named a scenario everywhere, its sentence read back out of
its own table."""

import re

import pytest

from datalayer import vocab
from datalayer.domain import growth
from datalayer.viewmodels.what_if import WHAT_IF, picker_options, what_if_model
from figures.builders import figure_for


def scenario_of(tables, *tokens, metric=vocab.COUNTRIES):
    return what_if_model(tables, tables.checked_on, metric, 2035, tokens)


@pytest.mark.parametrize(
    "tokens", [("announced",), ("announced_applied",), ("brics",), ("sco",), ("au",), ("ETH", "BOL", "DJI")]
)
def test_the_sentence_is_the_tables_scenario_pace_and_artemis_overlap(tables, tokens):
    view = scenario_of(tables, *tokens)
    exhibit = view.exhibit(WHAT_IF)
    table = exhibit.table
    assert exhibit.key == WHAT_IF and "scenario" in exhibit.title and "scenario" in exhibit.subtitle
    value = table.set_index("part")["value"]
    target, today = int(value[vocab.TARGET]), int(value[vocab.OUR_COUNT])
    # Two parts of one bar: our count and the scenario's additions, never mixed.
    assert int(value[vocab.SCENARIO]) == len(view.chosen)
    counted = growth.counted_partners(tables.partners, vocab.COUNTRIES, vocab.STATES_ONLY)
    assert today == growth.count_on(
        growth.cumulative_series(counted, "date_start", tables.checked_on), tables.checked_on
    )
    with_scenario = today + len(view.chosen)
    if with_scenario < target:
        match = re.search(r"would have (\d+) of its target of (\d+) partner states", exhibit.summary)
        assert (int(match[1]), int(match[2])) == (with_scenario, target)
        pace = re.search(
            r"; (\d+) more by 2035 means ([\d.]+) a year, against ([\d.]+) a year since (\d{4})", exhibit.summary
        )
        assert int(pace[1]) == target - with_scenario
    else:  # past its target: by how much, never 'N of 50' with N above 50, and no path drawn down to it
        match = re.search(r"would have (\d+) partner states, (\d+) more than its target of (\d+)", exhibit.summary)
        assert tuple(map(int, match.groups())) == (with_scenario, with_scenario - target, target)
        figure = figure_for(exhibit)  # the bar runs past the target's line: a surplus reads as one
        assert figure.layout.xaxis.range[1] > with_scenario > figure.layout.shapes[0].x0 == target
    in_accords = list(view.chosen.loc[view.chosen["artemis_signed"] != "", "short_name"])
    assert "(Plurinational" not in exhibit.summary and "Islamic Republic" not in exhibit.summary  # short names
    assert all(name in exhibit.summary for name in in_accords)
    assert ("None of them has signed" in exhibit.summary) == (not in_accords)
    assert exhibit.chart.names[vocab.SCENARIO].startswith("Scenario: ")


def test_institutions_read_the_candidates_we_know_of_against_500(tables):
    view = scenario_of(tables, metric=vocab.INSTITUTIONS)
    assert len(view.chosen) and set(view.chosen["tie"]) <= {vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY}
    assert f"If the {len(view.chosen)} candidate institutions we know of joined today" in view.exhibit(WHAT_IF).summary
    assert "of its target of 500 partner institutions" in view.exhibit(WHAT_IF).summary
    assert "Artemis" not in view.exhibit(WHAT_IF).summary


def test_nothing_chosen_draws_nothing_and_researchers_have_no_scenario(tables):
    assert not scenario_of(tables).exhibits
    assert not scenario_of(tables, "announced", metric=vocab.RESEARCHERS).exhibits
    left_out = scenario_of(tables, "CHN")
    assert not left_out.exhibits and "China leads the ILRS" in left_out.notices[0]


def test_the_picker_offers_the_presets_then_every_state_that_has_not_signed(tables):
    options = picker_options(tables, tables.checked_on)
    assert list(options)[:5] == ["announced", "announced_applied", "brics", "sco", "au"]
    assert options["ETH"] == "Ethiopia (announced, no signing found)" and "SRB" not in options and "CHN" not in options


def test_every_panel_names_what_a_links_list_left_out(tables):
    for metric in vocab.TARGET_METRICS:
        assert any("'XXX'" in n for n in scenario_of(tables, "XXX", metric=metric).notices), metric
