from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import compare
from datalayer.domain.dates import dated_rows

ILRS = pd.DataFrame(
    {
        "name": ["Thailand", "Russia", "Senegal"],
        "iso3": ["THA", "RUS", "SEN"],
        "date": ["2024-04-05", "2021-03-09", "2024-09-05"],
    }
)
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
    indicators = pd.DataFrame(
        {
            "iso3": ["WLD", "THA", "RUS"],
            "year": [2024] * 3,
            "population": [1000, 100, 50],
            "gdp_current_usd": [1000, 10, None],
        }
    )
    shares = compare.world_shares({"THA", "RUS"}, indicators)
    assert shares == {"population": 0.15, "gdp": 0.01, "year": 2024}


def test_ilrs_members_include_the_lead_and_respect_the_as_of_date():
    partners = pd.concat([ILRS, pd.DataFrame({"name": ["China"], "iso3": ["CHN"], "date": ["2021-03-09"]})])
    partners = partners.assign(
        kind="state", status=["signed", "signed", "announced", "lead"], date_start=pd.to_datetime(partners["date"])
    )
    assert list(compare.ilrs_member_states(partners, date(2024, 5, 1))["iso3"]) == ["THA", "RUS", "CHN"]
    assert list(dated_rows(ARTEMIS, date(2024, 8, 1))["iso3"]) == ["USA", "SEN"]


def test_composition_counts_and_shares_per_group_and_program():
    coalitions = {"ILRS": {"THA", "RUS", "SEN"}, "Artemis Accords": {"USA", "THA"}}
    groups = {"BRICS": {"RUS", "CHN"}, "Asia": {"THA", "CHN"}}
    table = compare.composition(coalitions, groups)
    assert table.values.tolist() == [
        ["BRICS", "ILRS", 1, 1 / 3],
        ["BRICS", "Artemis Accords", 0, 0.0],
        ["Asia", "ILRS", 1, 1 / 3],
        ["Asia", "Artemis Accords", 1, 0.5],
    ]


def test_bloc_groups_use_membership_on_the_date():
    blocs = pd.DataFrame(
        {
            "bloc": ["brics", "brics"],
            "iso3": ["CHN", "EGY"],
            "role": ["member", "member"],
            "since_start": pd.to_datetime(["2006-01-01", "2024-01-01"]),
            "until_start": pd.to_datetime([None, None]),
        }
    )
    assert compare.bloc_groups(blocs, date(2023, 6, 1))["BRICS members"] == {"CHN"}
    assert compare.bloc_groups(blocs, date(2024, 6, 1))["BRICS members"] == {"CHN", "EGY"}


def test_space_powers_are_placed_in_ilrs_artemis_both_or_neither():
    powers = pd.DataFrame(
        {
            "common_name": ["Russia", "USA", "Iran", "Thailand"],
            "iso3": ["RUS", "USA", "IRN", "THA"],
            "first_date": ["1957-10-04", "1958-02-01", "2009-02-02", "2030-01-01"],
            "first_mission": "x",
            "source_publisher": "p",
            "source_url": "https://x.org",
        }
    )
    powers["first_date_start"] = pd.to_datetime(powers["first_date"])
    table = compare.space_power_alignment(powers, ILRS, ARTEMIS).set_index("iso3")
    assert table["stands"].to_dict() == {
        "RUS": "ILRS only",
        "USA": "Artemis only",
        "IRN": "Neither",
        "THA": "Both ILRS and Artemis",
    }
    assert table.loc["THA", "ilrs_signed"] == "2024-04-05" and table.loc["IRN", "artemis_signed"] == ""
    alignment = compare.space_power_alignment(powers, ILRS, ARTEMIS)
    assert compare.space_powers_in_neither(alignment) == ["Iran"]
    points = pd.DataFrame({"iso3": ["IRN", "RUS"], "lon": [53.0, 100.0], "lat": [32.0, 60.0]})
    markers = compare.space_power_markers(alignment, points).set_index("iso3")
    assert markers["in_neither"].to_dict() == {"RUS": False, "IRN": True}  # no point, no marker (USA, THA)


def test_un_member_share_counts_members_admitted_by_the_date():
    un = pd.DataFrame({"iso3": ["THA", "RUS", "SSD", "LCA"]})
    un["admitted_start"] = pd.to_datetime(["1946-12-16", "1945-10-24", "2011-07-14", None])
    assert compare.un_member_share({"THA", "SSD", "TWN"}, un, date(2010, 1, 1)) == {
        "members": 1,
        "un_members": 3,
        "share": 1 / 3,
    }
    assert compare.un_member_share({"THA", "SSD"}, un, date(2020, 1, 1))["share"] == 0.5


def test_milestone_timeline_keeps_disputed_dates_and_counts_agreeing_sources():
    milestones = pd.DataFrame(
        {
            "program": ["ilrs"] * 5 + ["artemis_program", "ilrs"],
            "relation": ["own"] * 6 + ["precursor"],
            "milestone_id": ["basic", "basic", "basic", "mou", "basic", "a1", "ce4"],
            "title": ["Basic station"] * 3 + ["MoU", "Basic station", "Artemis I", "Chang'e-4"],
            "date": ["2035", "2035", "2030", "2021-03-09", "2028", "2022-11-16", "2019-01-03"],
            "date_status": ["planned"] * 3 + ["done", "superseded", "done", "done"],
            "kind": "station",
            "source_publisher": ["A", "B", "C", "TASS", "D", "AP", "Xinhua"],
            "source_url": "https://x.org",
            "source_grade": ["outlet"] * 6 + ["lead_only"],
            "confidence": ["high"] * 6 + ["low"],
            "source_date": ["2024-01", "2024-05", "2022-01", "2021-03-09", "2021-01", "2022-11-16", "2019-01-03"],
        }
    )
    milestones["date_start"] = pd.to_datetime(
        ["2035-01-01", "2035-01-01", "2030-01-01", "2021-03-09", "2028-01-01", "2022-11-16", "2019-01-03"]
    )
    milestones["source_date_start"] = pd.to_datetime(
        ["2024-01-01", "2024-05-01", "2022-01-01", "2021-03-09", "2021-01-01", "2022-11-16", "2019-01-03"]
    )
    table = compare.milestone_timeline(milestones, date(2026, 12, 1))
    # A superseded plan (the basic station in 2028) is not a milestone; disputed dates each stay. Lane by lane:
    # NASA's missions are the Artemis program's lane, China's precursors their own, apart from the ILRS.
    assert table[["milestone_id", "date", "sources"]].values.tolist() == [
        ["mou", "2021-03-09", 1],
        ["basic", "2030", 1],
        ["basic", "2035", 2],
        ["ce4", "2019-01-03", 1],
        ["a1", "2022-11-16", 1],
    ]
    assert table["program_label"].tolist() == [
        "ILRS",
        "ILRS",
        "ILRS",
        "China's precursor and related missions",
        "Artemis program (NASA)",
    ]
    # One name per lane: the next planned, else the latest done; the rest stay in the table and the hover.
    assert table["named"].tolist() == [False, True, False, True, True]
    assert compare.milestone_timeline(milestones, date(2020, 1, 1))["named"].tolist() == [
        False,
        True,
        False,
        True,
        False,
    ]


def test_new_members_per_year_run_through_the_as_of_year_with_quiet_years_as_zero():
    ilrs = pd.DataFrame({"date_start": pd.to_datetime(["2021-03-09", "2023-07-17", "2023-10-03"])})
    artemis = pd.DataFrame({"date_start": pd.to_datetime(["2020-10-13"])})
    table = compare.new_per_year(ilrs, artemis, date(2026, 6, 1))
    ilrs_years = table[table["program"] == "ILRS"]
    assert ilrs_years[["year", "new_members"]].values.tolist() == [
        [2021, 1],
        [2022, 0],
        [2023, 2],
        [2024, 0],
        [2025, 0],
        [2026, 0],
    ]
    assert table[table["program"] == "Artemis Accords"]["year"].tolist() == list(range(2020, 2027))
    assert compare.new_per_year(ilrs.iloc[0:0], artemis.iloc[0:0], date(2026, 6, 1)).empty


def test_a_composition_of_only_all_or_none_is_told_apart_from_one_with_a_share():
    import pandas as pd

    from datalayer.domain.compare import only_whole_shares

    assert only_whole_shares(pd.DataFrame({"share": [1.0, 0.0, 1.0]}))
    assert not only_whole_shares(pd.DataFrame({"share": [1.0, 0.5]}))


def test_the_busiest_run_of_years_is_the_earliest_with_the_most_new_members():
    per_year = pd.DataFrame(
        {
            "year": [2021, 2022, 2023, 2024, 2025, 2021],
            "program": ["ILRS"] * 5 + ["Artemis Accords"],
            "new_members": [2, 0, 6, 5, 0, 40],
        }
    )
    assert compare.busiest_run(per_year, "ILRS") == (2023, 2024, 11, 13)
    tie = per_year.assign(new_members=[3, 0, 3, 0, 0, 40])
    assert compare.busiest_run(tie, "ILRS") == (2021, 2022, 3, 6)
    assert compare.busiest_run(per_year[:1], "ILRS") is None  # one year is no run
    assert compare.busiest_run(per_year.assign(new_members=0), "ILRS") is None


def test_year_ends_run_from_the_first_years_end_to_the_as_of_date():
    assert compare.year_ends(date(2020, 10, 13), date(2022, 5, 1)) == [
        date(2020, 12, 31),
        date(2021, 12, 31),
        date(2022, 5, 1),
    ]
    assert compare.year_ends(date(2026, 3, 1), date(2026, 12, 7)) == [date(2026, 12, 7)]


def test_a_blocs_split_over_time_counts_signings_and_bloc_membership_on_each_date():
    blocs = pd.DataFrame(
        {
            "bloc": ["brics", "brics", "brics"],
            "iso3": ["CHN", "BRA", "EGY"],
            "role": ["member"] * 3,
            "since_start": pd.to_datetime(["2006-01-01", "2006-01-01", "2024-01-01"]),
            "until_start": pd.to_datetime([None, None, None]),
        }
    )
    ilrs = pd.DataFrame({"iso3": ["CHN", "EGY"], "date_start": pd.to_datetime(["2021-03-09", "2023-12-06"])})
    accords = pd.DataFrame({"iso3": ["BRA"], "date_start": pd.to_datetime(["2021-06-15"])})
    days = [date(2020, 12, 31), date(2023, 12, 31), date(2024, 6, 1)]
    table = compare.bloc_split_over_time(ilrs, accords, blocs, days, within=frozenset({"CHN", "BRA", "EGY"}))
    brics = table[table["group"] == "BRICS members"].pivot(index="date", columns="part", values="states")
    assert brics[vocab.ILRS_ONLY].tolist() == [0, 1, 2]  # Egypt signed in 2023, counted once a member in 2024
    assert brics[vocab.ARTEMIS_ONLY].tolist() == [0, 1, 1]
    assert brics[vocab.NEITHER].tolist() == [2, 0, 0]
    assert list(table.columns[:2]) == ["date", "group"]
