import pandas as pd

from datalayer.domain.reconcile import (
    COUNTED_ONLY,
    IN_BOTH,
    LISTED_ONLY,
    NOT_IN_DATA,
    NOT_SIGNED_BY_THEN,
    SIGNED_AFTER,
    SIGNED_BEFORE,
    reconcile,
)


def dated(frame, *columns):
    return frame.assign(**{f"{c}_start": pd.to_datetime(frame[c]) for c in columns})


PARTNERS = dated(
    pd.DataFrame(
        {
            "name": ["China", "Russia", "Egypt", "Serbia", "Bolivia", "Chile"],
            "iso3": ["CHN", "RUS", "EGY", "SRB", "BOL", "CHL"],
            "kind": "state",
            "status": ["lead", "signed", "signed", "signed", "announced", "signed"],
            "date": ["2021-03-09", "2021-03-09", "2023-12-06", "2024-05-09", "2025-04-28", "2025-06-01"],
        }
    ),
    "date",
)
REPORTED = dated(
    pd.DataFrame(
        {
            "date": ["2025-04-29", "2025-04-23"],
            "speaker": ["Dmitry Bakanov (Roscosmos)", "Bian Zhigang (CNSA)"],
            "kind": "official",
            "metric": ["countries", "countries_and_orgs"],
            "value": [4, 9],
            "qualifier": "exact",
            "source_publisher": "TASS",
            "source_url": "https://tass.com/x",
        }
    ),
    "date",
)
NAMES = dated(
    pd.DataFrame(
        {
            "claim_date": "2025-04-29",
            "speaker": "Dmitry Bakanov",
            "metric": "countries",
            "name": ["Egypt", "Bolivia", "Chile", "Peru"],
            "iso3": ["EGY", "BOL", "CHL", "PER"],
        }
    ),
    "claim_date",
)


def test_each_listed_name_and_each_counted_state_lands_on_its_side_with_a_reason():
    claims, names = reconcile(REPORTED, NAMES, PARTNERS)
    assert [s.split(" (")[0] for s in claims["speaker"]] == ["Bian Zhigang", "Dmitry Bakanov"]
    bakanov = claims.iloc[1]
    assert (bakanov["claimed"], bakanov["ours"], bakanov["difference"], bakanov["listed"]) == (4, 3, 1, 4)
    assert set(names["claim_id"]) == {bakanov["claim_id"]}
    sides = {row.iso3: (row.side, row.why, row.why_date, row.why_status) for row in names.itertuples()}
    assert sides["EGY"] == (IN_BOTH, "", "", "")
    assert sides["BOL"] == (LISTED_ONLY, NOT_SIGNED_BY_THEN, sides["BOL"][2], "announced")
    assert sides["CHL"] == (LISTED_ONLY, SIGNED_AFTER, "2025-06-01", "signed")
    assert sides["PER"] == (LISTED_ONLY, NOT_IN_DATA, "", "")
    assert sides["RUS"][:2] == sides["SRB"][:2] == (COUNTED_ONLY, SIGNED_BEFORE)
    assert "CHN" not in sides  # the lead is never counted


def test_a_figure_without_a_list_is_set_beside_our_count_and_says_nothing_about_names():
    claims, names = reconcile(REPORTED, NAMES.iloc[0:0], PARTNERS)
    assert list(claims["listed"]) == [0, 0] and names.empty
