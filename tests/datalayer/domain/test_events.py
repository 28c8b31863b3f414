from datetime import date

import pandas as pd

from datalayer.domain.events import (
    ACCORDS_SIGNING,
    ILRS_SIGNING,
    MILESTONE_DONE,
    last_signings,
    latest_events,
)

SOURCED = {"source_publisher": "Xinhua", "source_url": "https://x.org", "source_grade": "wire", "confidence": "high"}


def dated(frame, earliest=None):
    frame = frame.assign(date_start=pd.to_datetime(frame["date"]))
    return frame.assign(date_earliest=pd.to_datetime(earliest)) if earliest else frame


PARTNERS = dated(
    pd.DataFrame(
        {
            "name": ["China", "Senegal", "Turkey"],
            "iso3": ["CHN", "SEN", "TUR"],
            "kind": "state",
            "status": ["lead", "signed", "applied"],
            "instrument": ["", "agreement", ""],
            "date": ["2021-03-09", "2024-09-05", "2024-04-08"],
            **SOURCED,
        }
    ),
    earliest=["2021-03-09", "2024-09-05", "2024-04-08"],
)
# Jordan is known only as "2026": it counts from the latest day it can be, but is listed by the earliest.
ARTEMIS = dated(
    pd.DataFrame(
        {
            "country": ["Botswana", "Jordan", "Malta"],
            "iso3": ["BWA", "JOR", "MLT"],
            "order": [68, None, None],
            "date": ["2026-06-25", "2026-12-06", "2026-05-05"],
            **SOURCED,
        }
    ),
    earliest=["2026-06-25", "2026-01-01", "2026-05-05"],
)
MILESTONES = dated(
    pd.DataFrame(
        {
            "milestone_id": ["a2", "c7", "lm10"],
            "title": ["Artemis II launch", "Chang'e-7 launch", "Long March 10 test"],
            "program": ["artemis_program", "ilrs", "ilrs"],
            "relation": ["own", "own", "related"],
            "date_status": ["done", "planned", "done"],
            "date": ["2026-04-01", "2026-08-01", "2026-02-11"],
            **SOURCED,
        }
    )
)


def test_each_side_keeps_its_newest_events_with_their_evidence_and_plans_are_not_events():
    events = latest_events(PARTNERS, ARTEMIS, MILESTONES, date(2026, 12, 6), per_side=2)
    assert list(events["subject"]) == ["Botswana", "Malta", "Long March 10 test", "Senegal"]
    assert list(events["kind"]) == [ACCORDS_SIGNING, ACCORDS_SIGNING, MILESTONE_DONE, ILRS_SIGNING]
    assert events["order"].iloc[0] == 68 and pd.isna(events["order"].iloc[1])
    assert events["instrument"].iloc[3] == "agreement"
    # NASA's missions are the Artemis program, not the Accords; China's related missions are not the ILRS's own.
    assert list(events["program"]) == [
        "Artemis Accords",
        "Artemis Accords",
        "China's precursor and related missions",
        "ILRS",
    ]
    assert set(events["side"]) == {"ilrs", "artemis"}
    assert (events["source_grade"] == "wire").all() and (events["confidence"] == "high").all()


def test_events_after_the_date_are_not_yet_events():
    assert list(latest_events(PARTNERS, ARTEMIS, MILESTONES, date(2025, 1, 1), 5)["subject"]) == ["Senegal"]


def test_the_newest_signing_of_each_coalition_is_found_however_old():
    ilrs, accords = last_signings(PARTNERS, ARTEMIS, date(2026, 12, 6))
    assert (ilrs.name, ilrs.date, ilrs.months_ago) == ("Senegal", "2024-09-05", 27)  # the lead is not a signing
    assert (accords.name, accords.months_ago) == ("Botswana", 5)  # not Jordan, known only as "2026"
    named = last_signings(PARTNERS, ARTEMIS, date(2026, 12, 6), names={"SEN": "the Republic of Senegal"})
    assert named[0].name == "the Republic of Senegal"  # a sentence's name, by iso3
