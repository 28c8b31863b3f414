from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.countries import (
    country_table,
    country_timeline,
    institution_markers,
    signing_year_category,
    with_markers,
)
from datalayer.domain.scope import scope_members_by_date
from tests.datalayer.domain.test_scope import BLOCS, BRICS_ONLY, REGIONS

PARTNERS = pd.DataFrame(
    {
        "name": ["China", "Egypt", "Thailand", "NARIT"],
        "iso3": ["CHN", "EGY", "THA", "THA"],
        "kind": ["state", "state", "state", "institution"],
        "status": ["lead", "signed", "signed", "signed"],
        "founding_role": ["initiator", "", "", ""],
        "date": ["2021-03-09", "2023-12-06", "2024-04-05", "2023-09-25"],
        "instrument": "MoU",
        "counterpart": "x",
        "source_publisher": "Xinhua",
    }
)
PARTNERS["date_start"] = pd.to_datetime(PARTNERS["date"])
ARTEMIS = pd.DataFrame({"iso3": ["USA", "THA"], "date": ["2020-10-13", "2024-12-16"]})
ARTEMIS["date_start"] = pd.to_datetime(ARTEMIS["date"])


def test_country_table_categories_in_each_program_view():
    drawable = set(REGIONS["iso3"])
    ilrs = country_table(REGIONS, PARTNERS, ARTEMIS, drawable, None, vocab.VIEW_ILRS, date(2025, 1, 1))
    assert dict(zip(ilrs["iso3"], ilrs["category"], strict=True))["USA"] == vocab.NO_STATUS
    overlap = country_table(REGIONS, PARTNERS, ARTEMIS, drawable, None, vocab.VIEW_OVERLAP, date(2025, 1, 1))
    # The lead is in its coalition: China counts for the ILRS side of the overlap.
    assert dict(zip(overlap["iso3"], overlap["category"], strict=True)) == {
        "CHN": vocab.ILRS_ONLY,
        "EGY": vocab.ILRS_ONLY,
        "THA": vocab.BOTH,
        "USA": vocab.ARTEMIS_ONLY,
        "GBR": vocab.NEITHER,
    }


def test_as_of_and_scope_change_categories_and_counts():
    drawable = set(REGIONS["iso3"])
    early = country_table(REGIONS, PARTNERS, ARTEMIS, drawable, {"CHN", "EGY"}, vocab.VIEW_ILRS, date(2022, 12, 31))
    cats = dict(zip(early["iso3"], early["category"], strict=True))
    assert cats == {
        "CHN": vocab.LEAD,
        "EGY": vocab.NO_STATUS,
        "THA": vocab.OUTSIDE_SCOPE,
        "USA": vocab.OUTSIDE_SCOPE,
        "GBR": vocab.OUTSIDE_SCOPE,
    }
    late = country_table(REGIONS, PARTNERS, ARTEMIS, drawable, None, vocab.VIEW_ILRS, date(2025, 1, 1))
    years = dict(zip(late["iso3"], signing_year_category(late, vocab.VIEW_ILRS), strict=True))
    assert years["THA"] == "2024" and years["CHN"] == vocab.LEAD  # the lead keeps its colour, not a year
    assert dict(zip(late["iso3"], late["status_label"], strict=True))["CHN"] == "Program lead (initiator)"


def test_timeline_equals_the_view_on_each_date_with_that_dates_scope():
    drawable = set(REGIONS["iso3"])
    days = [date(2023, 12, 31), date(2024, 1, 31), date(2025, 1, 31)]
    members = scope_members_by_date(BLOCS, REGIONS, BRICS_ONLY, days)
    assert members[days[0]] == {"CHN", "SAU"} and members[days[1]] == {"CHN", "EGY", "SAU"}
    timeline = country_timeline(REGIONS, PARTNERS, ARTEMIS, drawable, members, vocab.VIEW_OVERLAP)
    assert len(timeline) == len(days) * len(REGIONS)
    for day in days:
        on_day = timeline[timeline["as_of"] == day].drop(columns="as_of").reset_index(drop=True)
        countries = country_table(REGIONS, PARTNERS, ARTEMIS, drawable, members[day], vocab.VIEW_OVERLAP, day)
        pd.testing.assert_frame_equal(on_day, countries)
    egypt = timeline[timeline["iso3"] == "EGY"].set_index("as_of")["category"]
    # Egypt joins BRICS on 1 Jan 2024: outside the scope before, an ILRS-only state after.
    assert list(egypt) == [vocab.OUTSIDE_SCOPE, vocab.ILRS_ONLY, vocab.ILRS_ONLY]


def test_year_colouring_comes_from_the_view_itself():
    countries = country_table(
        REGIONS, PARTNERS, ARTEMIS, set(REGIONS["iso3"]), None, vocab.VIEW_ARTEMIS, date(2025, 1, 1), by_year=True
    )
    assert dict(zip(countries["iso3"], countries["category"], strict=True)) == {
        "CHN": vocab.NO_STATUS,
        "EGY": vocab.NO_STATUS,
        "THA": "2024",
        "USA": "2020",
        "GBR": vocab.NO_STATUS,
    }


def test_institution_markers_count_signed_institutions_by_host_on_each_date_and_scope():
    partners = pd.concat(
        [
            PARTNERS,
            pd.DataFrame(
                {
                    "name": ["Lab B", "Unhosted Lab", "Pending Lab"],
                    "iso3": ["THA", "", "CHN"],
                    "kind": "institution",
                    "status": ["signed", "signed", "announced"],
                    "date": ["2024-06-01", "2024-01-01", "2022-01-01"],
                    "instrument": "MoU",
                    "counterpart": "x",
                    "source_publisher": "Xinhua",
                }
            ),
        ],
        ignore_index=True,
    )
    partners["date_start"] = pd.to_datetime(partners["date"])
    points = pd.DataFrame({"iso3": ["THA", "CHN"], "lon": [101.0, 104.0], "lat": [15.0, 35.0]})
    days = {date(2023, 12, 31): None, date(2024, 12, 31): None, date(2025, 1, 1): {"CHN"}}
    markers = institution_markers(partners, points, days)
    assert markers[["as_of", "iso3", "count"]].values.tolist() == [
        [date(2023, 12, 31), "THA", 1],
        [date(2024, 12, 31), "THA", 2],
    ]
    assert markers["names"].iloc[1] == "Lab B; NARIT" and markers["lon"].iloc[0] == 101.0


def test_with_markers_adds_points_and_hosted_institutions_to_each_country():
    countries = country_table(REGIONS, PARTNERS, ARTEMIS, set(REGIONS["iso3"]), None, vocab.VIEW_ILRS, date(2025, 1, 1))
    points = pd.DataFrame({"iso3": ["THA", "CHN"], "lon": [101.0, 104.0], "lat": [15.0, 35.0], "small": [False, False]})
    hosted = institution_markers(PARTNERS, points, {date(2025, 1, 1): None})
    table = with_markers(countries, points, hosted).set_index("iso3")
    assert table.loc["THA", "institutions"] == 1 and table.loc["THA", "institution_names"] == "NARIT"
    assert table.loc["EGY", "institutions"] == 0 and not table.loc["EGY", "small"]
    assert len(table) == len(countries)
