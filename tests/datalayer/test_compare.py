import pandas as pd

from datalayer import compare

ILRS = pd.DataFrame({"name": ["Thailand", "Russia", "Senegal"], "iso3": ["THA", "RUS", "SEN"],
                     "date": ["2024-04-05", "2021-03-09", "2024-09-05"]})
ILRS["date_start"] = pd.to_datetime(ILRS["date"])
ARTEMIS = pd.DataFrame({"iso3": ["USA", "THA", "SEN"], "date": ["2020-10-13", "2024-12-16", "2024-07-24"]})
ARTEMIS["date_start"] = pd.to_datetime(ARTEMIS["date"])


def test_overlap_lists_both_dates_and_who_came_first():
    both = compare.overlap(ILRS, ARTEMIS)
    assert list(both["country"]) == ["Senegal", "Thailand"]
    assert list(both["first"]) == ["Artemis Accords", "ILRS"]


def test_alignment_counts_months_from_each_programs_first_signing():
    table = compare.membership_over_time(ILRS, ARTEMIS, pd.Timestamp("2025-01-01").date())
    ilrs = table[table["program"] == "ILRS"]
    assert ilrs["months_since_launch"].iloc[0] == 0 and list(ilrs["count"]) == [1, 2, 3, 3]


def test_world_shares():
    indicators = pd.DataFrame({"iso3": ["WLD", "THA", "RUS"], "year": [2024] * 3,
                               "population": [1000, 100, 50], "gdp_current_usd": [1000, 10, None]})
    shares = compare.world_shares({"THA", "RUS"}, indicators)
    assert shares == {"population": 0.15, "gdp": 0.01, "year": 2024}
