from datetime import date

import pandas as pd

from datalayer.loading.dates import partial_date_start, to_timestamps


def test_partial_dates_start_at_their_period_start():
    assert partial_date_start("2024-05-09") == date(2024, 5, 9)
    assert partial_date_start("2024-05") == date(2024, 5, 1)
    assert partial_date_start("2024") == date(2024, 1, 1)


def test_non_dates_are_none():
    for text in ("", "2024-13", "2024-02-30", "24-05-01", "May 2024", "2024/05"):
        assert partial_date_start(text) is None, text


def test_timestamps_start_at_the_period_and_blanks_stay_blank():
    stamps = to_timestamps(pd.Series(["2023-10", ""]))
    assert stamps[0] == pd.Timestamp("2023-10-01") and pd.isna(stamps[1])
