import pandas as pd

from datalayer.viewmodels.changes import changes_newest_first, latest_change_line

CHANGES = pd.DataFrame({
    "date": ["2026-11-21", "2026-12-01", "2026-12-01"], "dataset": "artemis_accords.csv",
    "row_key": ["OMN", "LVA", "BWA"], "kind": "added",
    "change": ["Oman signed", "Latvia signed", "Botswana signed the Artemis Accords, 25 June 2026"],
    "event_date": ["2026-01-26", "2026-04-20", "2026-06-25"], "reason": "r", "source_publisher": "p",
    "source_url": "https://x.org"})
CHANGES["date_start"] = pd.to_datetime(CHANGES["date"])
CHANGES["event_date_start"] = pd.to_datetime(CHANGES["event_date"])


def test_newest_recorded_first_then_newest_event():
    assert list(changes_newest_first(CHANGES)["row_key"]) == ["BWA", "LVA", "OMN"]


def test_latest_change_line_names_the_change_and_when_it_was_recorded():
    assert latest_change_line(CHANGES) == ("Botswana signed the Artemis Accords, 25 June 2026 "
                                           "(recorded 1 December 2026)")
    assert latest_change_line(CHANGES.iloc[0:0]) is None
