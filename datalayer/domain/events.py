"""What happened, newest first: signings in either coalition and milestones done, each with its source (the
curation log, what we changed in our files, is a separate thing: the changes feed)."""
from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.wording import ordinal

EVENT_COLUMNS = ["event", "date", "program", "source_publisher", "source_url"]


def latest_events(partners: pd.DataFrame, artemis: pd.DataFrame, milestones: pd.DataFrame, as_of: date,
                  count: int) -> pd.DataFrame:
    """The `count` newest events on or before `as_of`: Artemis Accords signings, ILRS signings (the lead is not
    a signing) and milestones done, by their own date."""
    accords = dated_rows(artemis, as_of)
    place = pd.Series([f" as the {ordinal(int(n))} signatory" if pd.notna(n) else "" for n in accords["order"]],
                      index=accords.index, dtype=object)
    signed = dated_rows(partners[partners["status"] == vocab.SIGNED], as_of)
    done = dated_rows(milestones[milestones["date_status"] == vocab.DONE], as_of).drop_duplicates("milestone_id")
    frames = [
        pd.DataFrame({"event": accords["country"] + " signed the Artemis Accords" + place,
                      "program": vocab.PROGRAM_LABELS[vocab.ARTEMIS]}).join(accords[["date", "date_start",
                                                                                     "source_publisher",
                                                                                     "source_url"]]),
        pd.DataFrame({"event": signed["name"] + " signed with the ILRS (" + signed["instrument"] + ")",
                      "program": vocab.PROGRAM_LABELS[vocab.ILRS]}).join(signed[["date", "date_start",
                                                                                 "source_publisher",
                                                                                 "source_url"]]),
        pd.DataFrame({"event": done["title"], "program": done["program"].map(vocab.PROGRAM_LABELS)}).join(
            done[["date", "date_start", "source_publisher", "source_url"]]),
    ]
    events = pd.concat(frames, ignore_index=True).sort_values("date_start", ascending=False, kind="stable")
    return events.head(count)[EVENT_COLUMNS].reset_index(drop=True)
