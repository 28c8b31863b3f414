import pandas as pd

from datalayer.viewmodels.changes import changes_newest_first, latest_change_line

CHANGES = pd.DataFrame(
    {
        "date": ["2026-11-21", "2026-12-01", "2026-12-01"],
        "dataset": "artemis_accords.csv",
        "row_key": ["OMN", "LVA", "BWA"],
        "kind": "added",
        "change": ["Oman signed", "Latvia signed", "Botswana signed the Artemis Accords, 25 June 2026"],
        "event_date": ["2026-01-26", "2026-04-20", "2026-06-25"],
        "reason": "r",
        "source_publisher": "p",
        "source_url": "https://x.org",
    }
)
CHANGES["date_start"] = pd.to_datetime(CHANGES["date"])
CHANGES["event_date_start"] = pd.to_datetime(CHANGES["event_date"])


def test_newest_recorded_first_then_newest_event():
    assert list(changes_newest_first(CHANGES)["row_key"]) == ["BWA", "LVA", "OMN"]


def test_latest_change_line_names_a_lone_change_and_counts_a_days_changes_by_kind():
    assert latest_change_line(CHANGES.iloc[:1]) == "Latest change, recorded 21 November 2026: Oman signed"
    assert latest_change_line(CHANGES) == "Latest changes, recorded 1 December 2026: 2 rows added"
    corrected = CHANGES.assign(kind=["added", "corrected", "added"])
    assert latest_change_line(corrected) == "Latest changes, recorded 1 December 2026: 1 row added, 1 corrected"
    assert latest_change_line(CHANGES.iloc[0:0]) is None
