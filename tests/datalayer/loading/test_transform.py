import pandas as pd

from datalayer.loading.transform import as_written, with_date_starts, with_numbers


def test_typed_columns_are_added_beside_the_text_and_dropped_for_display():
    frame = pd.DataFrame({"date": ["2024-05", ""], "value": ["17", ""]})
    typed = with_numbers(with_date_starts(frame, "date"), "value")
    assert typed["date_start"].iloc[0] == pd.Timestamp("2024-05-01") and pd.isna(typed["date_start"].iloc[1])
    assert typed["value"].iloc[0] == 17 and pd.isna(typed["value"].iloc[1])
    assert list(as_written(typed).columns) == ["date", "value"]
