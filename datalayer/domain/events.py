"""What happened, newest first: signings in either coalition and milestones done, each with its source, its grade
and our confidence (the curation log, what we changed in our files, is a separate thing: the changes feed).

The two sides are listed alike: the ILRS side (its signings, its milestones and China's related missions) and the
Artemis side (the Accords' signings and NASA's Artemis program). A side with nothing new is not left out: its
newest signing is stated, however old.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows

# What happened, in parts the words package joins into a sentence: what kind of event, who or what, and its
# detail (an Accords signing's place in NASA's order, an ILRS signing's instrument).
ACCORDS_SIGNING, ILRS_SIGNING, MILESTONE_DONE = "accords_signing", "ilrs_signing", "milestone_done"
EVENT_COLUMNS = [
    "kind",
    "subject",
    "order",
    "instrument",
    "date",
    "program",
    "side",
    "source_publisher",
    "source_url",
    "source_grade",
    "confidence",
]
MILESTONE_SIDES = {vocab.ILRS: vocab.ILRS, vocab.ARTEMIS: vocab.ARTEMIS, vocab.ARTEMIS_PROGRAM: vocab.ARTEMIS}


def events_as_of(partners: pd.DataFrame, artemis: pd.DataFrame, milestones: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Every event on or before `as_of`, newest first: Artemis Accords signings, ILRS signings (the lead is not a
    signing) and milestones done, by their own date; `side` is the coalition an event belongs to."""
    accords = dated_rows(artemis, as_of)
    signed = dated_rows(partners[partners["status"] == vocab.SIGNED], as_of)
    done = dated_rows(milestones[milestones["date_status"] == vocab.DONE], as_of).drop_duplicates("milestone_id")
    lanes = [
        vocab.MILESTONE_PROGRAM_LABELS[p] if r == vocab.OWN else vocab.CHINA_RELATED_LANE
        for p, r in zip(done["program"], done["relation"], strict=True)
    ]
    kept = ["date", "date_start", "source_publisher", "source_url", "source_grade", "confidence"]
    # Listed by the earliest day each can have happened: a signing known only as "2026" is not the newest news.
    accords, signed = (table.assign(date_start=table["date_earliest"]) for table in (accords, signed))
    frames = [
        pd.DataFrame(
            {
                "kind": ACCORDS_SIGNING,
                "subject": accords["country"],
                "order": accords["order"],
                "program": vocab.PROGRAM_LABELS[vocab.ARTEMIS],
                "side": vocab.ARTEMIS,
            }
        ).join(accords[kept]),
        pd.DataFrame(
            {
                "kind": ILRS_SIGNING,
                "subject": signed["name"],
                "instrument": signed["instrument"],
                "program": vocab.PROGRAM_LABELS[vocab.ILRS],
                "side": vocab.ILRS,
            }
        ).join(signed[kept]),
        pd.DataFrame(
            {
                "kind": MILESTONE_DONE,
                "subject": done["title"],
                "program": lanes,
                "side": done["program"].map(MILESTONE_SIDES),
            },
            index=done.index,
        ).join(done[kept]),
    ]
    events = pd.concat(frames, ignore_index=True).sort_values("date_start", ascending=False, kind="stable")
    return events[[*EVENT_COLUMNS, "date_start"]].reset_index(drop=True)


def latest_events(
    partners: pd.DataFrame, artemis: pd.DataFrame, milestones: pd.DataFrame, as_of: date, per_side: int
) -> pd.DataFrame:
    """The `per_side` newest events of each side, together newest first: one busy side never hides the other."""
    events = events_as_of(partners, artemis, milestones, as_of)
    kept = events.groupby("side", sort=False).head(per_side)
    return kept[EVENT_COLUMNS].reset_index(drop=True)


@dataclass(frozen=True)
class LastSigning:
    """A coalition's newest signing by a state on a date: who, when, and how long ago."""

    side: str  # vocab.ILRS or vocab.ARTEMIS
    name: str
    date: str  # as written (a partial date stays partial)
    months_ago: int


def last_signings(
    partners: pd.DataFrame, artemis: pd.DataFrame, as_of: date, names: dict[str, str] | None = None
) -> tuple[LastSigning, ...]:
    """Each coalition's newest state signing by `as_of` (the ILRS's lead is not a signing), and the months since
    the latest day it can have happened; none for a coalition with no signing yet. `names`: iso3 -> the name a
    sentence uses."""
    states = partners[(partners["kind"] == vocab.STATE) & (partners["status"] == vocab.SIGNED)]
    found = []
    for side, rows, name in (
        (vocab.ILRS, dated_rows(states, as_of), "name"),
        (vocab.ARTEMIS, dated_rows(artemis, as_of), "country"),
    ):
        if rows.empty:
            continue
        # The newest is the one that can have signed latest of all those surely signed earlier: by earliest day.
        newest = rows.sort_values(["date_earliest", "date_start"], kind="stable").iloc[-1]
        since = pd.Timestamp(as_of) - newest["date_start"]
        found.append(
            LastSigning(side, (names or {}).get(newest["iso3"], newest[name]), newest["date"], int(since.days // 30.44))
        )
    return tuple(found)
