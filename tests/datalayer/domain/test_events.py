from datetime import date

import pandas as pd

from datalayer.domain.events import latest_events


def dated(frame):
    return frame.assign(date_start=pd.to_datetime(frame["date"]))


PARTNERS = dated(pd.DataFrame({"name": ["China", "Senegal", "Turkey"], "status": ["lead", "signed", "applied"],
                               "instrument": ["", "agreement", ""], "date": ["2021-03-09", "2024-09-05", "2024-04-08"],
                               "source_publisher": "Xinhua", "source_url": "https://x.org"}))
ARTEMIS = dated(pd.DataFrame({"country": ["Botswana", "Jordan"], "order": [68, None], "date": ["2026-06-25", "2026-04-01"],
                              "source_publisher": "NASA", "source_url": "https://nasa.gov/x"}))
MILESTONES = dated(pd.DataFrame({"milestone_id": ["a2", "c7"], "title": ["Artemis II launch", "Chang'e-7 launch"],
                                 "program": ["artemis", "ilrs"], "date_status": ["done", "planned"],
                                 "date": ["2026-04-01", "2026-08-01"], "source_publisher": "AP",
                                 "source_url": "https://ap.org"}))


def test_signings_and_milestones_done_newest_first_the_lead_and_plans_left_out():
    events = latest_events(PARTNERS, ARTEMIS, MILESTONES, date(2026, 12, 6), 5)
    assert list(events["event"]) == ["Botswana signed the Artemis Accords as the 68th signatory",
                                     "Jordan signed the Artemis Accords", "Artemis II launch",
                                     "Senegal signed with the ILRS (agreement)"]
    assert list(events["program"])[:1] == ["Artemis Accords"] and events["source_url"].str.startswith("https").all()


def test_events_after_the_date_are_not_yet_events():
    assert list(latest_events(PARTNERS, ARTEMIS, MILESTONES, date(2025, 1, 1), 5)["event"]) == [
        "Senegal signed with the ILRS (agreement)"]
