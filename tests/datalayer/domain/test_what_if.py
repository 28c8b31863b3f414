from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.domain.scope import bloc_members_as_of
from datalayer.domain.what_if import PRESETS, LeftOut, path_to_target, scenario_states, state_candidates

DAY = date(2026, 12, 6)


@pytest.fixture(scope="module")
def candidates(tables):
    return state_candidates(tables.partners, tables.regions, tables.un_member_states, DAY)


def choose(tables, *tokens):
    return scenario_states(
        tokens, tables.partners, tables.artemis_accords, tables.blocs, tables.regions, tables.un_member_states, DAY
    )


def test_candidates_are_the_un_members_that_have_not_signed_and_do_not_lead(tables, candidates):
    states = tables.partners[tables.partners["kind"] == vocab.STATE]
    taken = set(states.loc[states["status"].isin((vocab.SIGNED, vocab.LEAD)), "iso3"])
    assert set(candidates["iso3"]) == set(tables.un_member_states["iso3"]) - taken
    assert "CHN" not in set(candidates["iso3"]) and "RUS" not in set(candidates["iso3"])


SAHEL = ("MLI", "NER", "BFA", "TCD", "SEN")  # Senegal has signed: the group's preset leaves it out


@pytest.mark.parametrize("preset", [p.slug for p in PRESETS])
def test_each_preset_takes_exactly_the_states_it_names(tables, candidates, preset):
    scenario = choose(tables, preset)
    spec = next(p for p in PRESETS if p.slug == preset)
    if spec.group:
        assert [left.reason for left in scenario.left_out] == ["no_group"]  # no group of your own: said so
        scenario = scenario_states(
            [preset],
            tables.partners,
            tables.artemis_accords,
            tables.blocs,
            tables.regions,
            tables.un_member_states,
            DAY,
            SAHEL,
        )
        expected = set(candidates.loc[candidates["iso3"].isin(SAHEL), "iso3"])
        assert "SEN" not in expected
    elif spec.bloc:
        members = bloc_members_as_of(tables.blocs, vocab.BLOCS_BY_SLUG[spec.bloc], DAY)
        expected = set(candidates.loc[candidates["iso3"].isin(members), "iso3"])
    else:
        expected = set(candidates.loc[candidates["tie"].isin(spec.statuses), "iso3"])
    assert set(scenario.chosen["iso3"]) == expected and expected and not scenario.left_out
    signed = tables.artemis_accords.set_index("iso3")["date"]
    assert dict(zip(scenario.chosen["iso3"], scenario.chosen["artemis_signed"], strict=True)) == {
        iso3: signed.get(iso3, "") for iso3 in expected
    }


def test_a_hand_picked_list_keeps_its_order_once_and_names_what_it_leaves_out(tables):
    scenario = choose(tables, "eth", "BOL", "DJI", "ETH", "CHN", "SRB", "XXX", "TWN")
    assert list(scenario.chosen["iso3"]) == ["ETH", "BOL", "DJI"]
    assert scenario.left_out == (
        LeftOut("CHN", "lead"),
        LeftOut("SRB", "signed"),
        LeftOut("XXX", "unknown"),
        LeftOut("TWN", "not_un_member"),
    )
    assert scenario.presets == ()


def test_the_path_counts_today_adds_the_scenario_and_spreads_the_rest_over_the_years_left():
    counted = pd.DataFrame({"date_start": pd.to_datetime(["2021-03-09", "2023-07-17", "2024-07-03"])})
    path = path_to_target(counted, added=7, target=50, target_year=2035, as_of=DAY)
    assert (path.today, path.with_scenario, path.first_year) == (3, 10, 2021)
    years = (pd.Timestamp("2035-12-31") - pd.Timestamp(DAY)).days / 365.25
    since_first = (pd.Timestamp(DAY) - pd.Timestamp("2021-03-09")).days / 365.25
    assert path.needed == pytest.approx(40 / years) and path.observed == pytest.approx(3 / since_first)
    assert path_to_target(counted, added=60, target=50, target_year=2035, as_of=DAY).needed == 0
