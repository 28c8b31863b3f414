"""The API's answers as plain JSON values: dates as ISO text, gaps as null, counts as whole numbers."""

import json

import pandas as pd

from datalayer.viewmodels.api import records


def test_rows_become_json_objects_with_iso_dates_nulls_and_whole_numbers():
    table = pd.DataFrame(
        {
            "name": ["Senegal", "Chad"],
            "date": [pd.Timestamp("2024-09-05"), pd.NaT],
            "order": [12.0, None],
            "notes": ["", "x"],
        }
    )
    rows = records(table, ["name", "date", "order", "notes"])
    assert rows == [
        {"name": "Senegal", "date": "2024-09-05", "order": 12, "notes": None},
        {"name": "Chad", "date": None, "order": None, "notes": "x"},
    ]
    json.dumps(rows)  # serialisable as it is
