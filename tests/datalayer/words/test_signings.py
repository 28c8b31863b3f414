import pandas as pd

from datalayer.domain.events import ACCORDS_SIGNING, ILRS_SIGNING, MILESTONE_DONE
from datalayer.words.signings import described


def test_each_event_is_said_in_one_sentence_from_its_parts():
    events = pd.DataFrame(
        {
            "kind": [ACCORDS_SIGNING, ACCORDS_SIGNING, ILRS_SIGNING, MILESTONE_DONE],
            "subject": ["Botswana", "Malta", "Senegal", "Long March 10 test"],
            "order": [68, float("nan"), float("nan"), float("nan")],
            "instrument": [float("nan"), float("nan"), "agreement", float("nan")],
            "date": ["2026-06", "2026", "2024-09-05", "2026-08-15"],
        }
    )
    shown = described(events)
    assert list(shown.columns) == ["event", "date"]
    assert list(shown["event"]) == [
        "Botswana signed the Artemis Accords as the 68th signatory",
        "Malta signed the Artemis Accords",
        "Senegal signed with the ILRS (agreement)",
        "Long March 10 test",
    ]
