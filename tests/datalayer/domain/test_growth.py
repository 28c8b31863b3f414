"""Series, pace and projection on a hand-built five-row table with known answers."""

from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.domain import growth

FIVE = pd.DataFrame(
    {
        "name": ["A", "B", "C", "Org", "Inst"],
        "kind": ["state", "state", "state", "intl_org", "institution"],
        "status": ["signed", "signed", "applied", "signed", "signed"],
        "date_start": pd.to_datetime(["2021-01-01", "2023-01-01", "2023-06-01", "2022-01-01", "2024-01-01"]),
    }
)
TODAY = date(2025, 1, 1)


def test_counting_rules_pick_the_right_partners():
    assert list(growth.counted_partners(FIVE, vocab.COUNTRIES, growth.STATES_ONLY)["name"]) == ["A", "B"]
    assert list(growth.counted_partners(FIVE, vocab.COUNTRIES, growth.STATES_AND_ORGS)["name"]) == ["A", "B", "Org"]
    assert list(growth.counted_partners(FIVE, vocab.INSTITUTIONS, growth.STATES_ONLY)["name"]) == ["Inst"]
    assert growth.counted_partners(FIVE, vocab.RESEARCHERS, growth.STATES_ONLY).empty


def test_cumulative_series_steps_and_holds_to_today():
    series = growth.cumulative_series(
        growth.counted_partners(FIVE, vocab.COUNTRIES, growth.STATES_AND_ORGS), "date_start", TODAY
    )
    assert list(series["count"]) == [1, 2, 3, 3]
    assert series["date"].iloc[-1] == pd.Timestamp(TODAY)
    assert growth.count_on(series, date(2022, 6, 1)) == 2 and growth.count_on(series, date(2020, 1, 1)) == 0


def test_pace_whole_period_and_trailing_windows():
    series = growth.cumulative_series(
        growth.counted_partners(FIVE, vocab.COUNTRIES, growth.STATES_ONLY), "date_start", TODAY
    )
    assert growth.pace_per_year(series, TODAY) == pytest.approx(2 / (1461 / 365.25))  # 2 in 4 years
    assert growth.pace_per_year(series, TODAY, months=24) == pytest.approx(1 / (731 / 365.25))
    assert growth.pace_per_year(series, TODAY, months=12) == 0


def test_needed_pace_projection_and_progress():
    assert growth.needed_pace(10, 50, date(2025, 12, 31), 2035) == pytest.approx(40 / (3652 / 365.25))
    assert growth.needed_pace(10, 50, date(2036, 1, 1), 2035) is None
    line = growth.projection(10, date(2025, 12, 31), 2.0, 2035)
    assert line["count"].iloc[0] == 10 and line["count"].iloc[-1] == pytest.approx(10 + 2.0 * 3652 / 365.25)
    assert growth.progress(14, 50) == {"percent": 28.0, "remaining": 36}


def test_default_target_year_is_the_most_cited_basic_station_year():
    milestones = pd.DataFrame(
        {
            "milestone_id": ["ilrs_basic_station"] * 6 + ["other"],
            "date_status": ["planned"] * 4 + ["superseded"] * 2 + ["planned"],
            "date_start": pd.to_datetime(["2030", "2035", "2035", "2036", "2030", "2030", "2030"]),
        }
    )
    assert growth.default_target_year(milestones) == 2035  # a superseded plan's year is not cited


def test_claim_gap_uses_the_officials_rule_on_the_day_they_spoke():
    claim = pd.Series({"metric": vocab.COUNTRIES_AND_ORGS, "value": 5, "date_start": pd.Timestamp("2024-06-01")})
    assert growth.claim_gap(FIVE, claim, TODAY) == {
        "ours": 3,
        "claimed": 5,
        "gap": 2,
        "rule": growth.COUNTING_RULES[growth.STATES_AND_ORGS],
    }


def test_a_panel_names_the_founding_agreement_and_the_newest_three_milestones():
    days = ["2018-12-08", "2021-03-09", "2022-11-25", "2024-05-03", "2025-05-08", "2026-02-11", "2027-01-01"]
    milestones = pd.DataFrame(
        {
            "program": "ilrs",
            "relation": ["precursor"] + ["own"] * (len(days) - 1),
            "milestone_id": [f"m{i}" for i in range(len(days))],
            "kind": ["mission", "agreement", "agreement", "mission", "agreement", "mission", "mission"],
            "date_status": ["done"] * 6 + ["planned"],
            "date": days,
        }
    )
    milestones["date_start"] = pd.to_datetime(milestones["date"])
    done = growth.done_milestones(milestones, "ilrs", date(2026, 12, 6))
    assert list(done.loc[done["named"], "milestone_id"]) == ["m1", "m3", "m4", "m5"]
