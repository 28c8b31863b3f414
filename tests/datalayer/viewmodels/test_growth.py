"""The growth view model on the shipped data: the panel's table, its summary and the KPIs agree."""

import re
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.growth import GrowthOptions, growth_model, target_year_choices
from tests.scoped import at

CHECK = date(2026, 11, 21)


def test_countries_summary_carries_the_tables_count_and_progress(tables):
    page = growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions())
    targets, exhibit = page.exhibits
    table = exhibit.table
    ours = table[table["series"] == vocab.OUR_COUNT]
    count = int(ours["value"].iloc[-1])
    target = int(table.loc[table["series"] == vocab.TARGET, "value"].iloc[0])
    assert count == 12 and target == 50
    assert f"our count stands at {count} signed partner countries" in exhibit.summary
    assert f"{100 * count / target:.0f}% of the 50 target" in exhibit.summary
    latest = table[table["series"] == vocab.CLAIM].iloc[-1]
    assert f"the latest official claim is {latest['label']}" in exhibit.summary
    tiles = {k.label: k.value for k in page.tiles}
    assert tiles["Our count, 21 November 2026"] == str(count)
    assert exhibit.key == "growth.countries" and "States only" in exhibit.subtitle


def test_media_estimates_stay_off_the_claims_series(tables):
    table = growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions()).exhibits[1].table
    claims = table[table["series"] == vocab.CLAIM]
    assert not claims["speaker"].str.startswith("Global Times").any()
    assert 30 not in set(claims["value"])


def test_rule_and_scope_change_our_count(tables):
    def count(scope, rule):
        table = growth_model(tables, at(tables, scope, CHECK), GrowthOptions(rule=rule)).exhibits[1].table
        return int(table.loc[table["series"] == vocab.OUR_COUNT, "value"].iloc[-1])

    assert count(Scope(), vocab.STATES_AND_ORGS) == count(Scope(), vocab.STATES_ONLY) + 2
    assert count(Scope("brics"), vocab.STATES_ONLY) < count(Scope(), vocab.STATES_ONLY)
    assert growth_model(tables, at(tables, Scope("brics"), CHECK), GrowthOptions()).notes  # claims are not scoped


def test_researchers_have_no_counted_series_and_say_so(tables):
    page = growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions(metric=vocab.RESEARCHERS))
    table = page.exhibits[1].table
    assert table[table["series"] == vocab.OUR_COUNT].empty and page.info and not page.tiles
    assert "no public count of researchers exists and the target is 5,000 researchers" in page.exhibits[1].summary


def test_latest_claim_is_compared_with_our_count_on_that_day(tables):
    text = growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions()).latest_claim
    ours, gap = map(int, re.search(r"on that date: (\d+), a gap of (-?\d+)", text).groups())
    claimed = int(re.search(r"Latest official figure: \D*(\d+)", text).group(1))
    assert claimed - ours == gap


def test_target_years_name_the_basic_station(tables):
    choices, default = target_year_choices(tables.milestones)
    assert choices[2035] == "2035 (basic station)" and {2030, 2050} <= set(choices) and default == 2035


def test_all_three_targets_at_a_glance_with_no_researcher_count_drawn_as_zero(tables):
    targets = growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions()).exhibits[0]
    table = targets.table.set_index("metric")
    assert targets.key == "growth.targets" and list(table.index) == list(vocab.TARGET_METRICS)
    assert table.loc["countries", "count"] == 12 and table.loc["countries", "text"] == "12 of 50 (24%)"
    assert pd.isna(table.loc["researchers", "count"]) and table.loc["researchers", "text"] == vocab.NO_COUNT_PUBLISHED
    institutions = int(table.loc["institutions", "count"])
    assert targets.summary == (
        f"As of 21 November 2026, our count stands at 12 of 50 countries (24%) and "
        f"{institutions} of 500 research institutions ({100 * institutions / 500:.0f}%); "
        "no count of researchers (target 5,000) has been published."
    )


def test_the_projection_names_the_pace_it_draws(tables):
    page = growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions())
    pace = next(k.value for k in page.tiles if k.label == "Pace since first signing").removesuffix("/yr")
    names = page.exhibits[1].chart.names
    assert names[vocab.PROJECTION] == f"Projection at {pace} a year (not a forecast)"
    # Its end is written where the pace seen leads: the table's last projected point, rounded.
    table = page.exhibits[1].table
    last = table[table["series"] == vocab.PROJECTION].iloc[-1]
    assert page.exhibits[1].chart.projection_end == (
        f"at the pace seen, about {round(last['value'])} by {pd.Timestamp(last['date']).year}"
    )


def test_the_institutions_panel_is_drawn_on_an_axis_fitted_to_our_count(tables):
    institutions = growth_model(
        tables, at(tables, Scope(), tables.checked_on), GrowthOptions(metric=vocab.INSTITUTIONS)
    )
    countries = growth_model(tables, at(tables, Scope(), tables.checked_on), GrowthOptions())
    assert institutions.exhibits[1].chart.fitted_note and not countries.exhibits[1].chart.fitted_note
    assert institutions.exhibits[1].chart.fitted_note.startswith(
        "Axis fitted to our count, its projection and officials' claims: the target, 500, lies above"
    )
