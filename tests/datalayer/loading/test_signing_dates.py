"""A signing known only to its month or year counts from the latest day it can have happened, so no running count
passes a place in the order that a source states."""

from datetime import date

import pandas as pd

from datalayer.loading.signing_dates import period_end, signing_days


def test_a_period_ends_on_its_last_day():
    assert period_end("2026") == date(2026, 12, 31)
    assert period_end("2024-02") == date(2024, 2, 29)
    assert period_end("2026-04-20") == date(2026, 4, 20)
    assert period_end("not a date") is None


def frame(*rows):
    return pd.DataFrame([dict(zip(("date", "order", "source_date", "announced_date"), r, strict=True)) for r in rows])


def test_each_bound_moves_a_partial_signing_earlier_and_the_period_holds_it():
    days = signing_days(
        frame(
            ("2026-04", "", "", ""),  # the period's end
            ("2026-04", "", "2026-04-10", ""),  # a report of it, dated to the day
            ("2026", "", "2026-05", ""),  # a report dated to the month bounds nothing
            ("2026", "", "", ""),  # the file's check
            ("2026-05", "", "2026-04-02", ""),  # a report before the period: a conflict
            ("2026-01-11", "", "", ""),
        ),  # a day is its own day
        checked_on=date(2026, 12, 7),
    )
    assert [d.date() for d in days["date_start"]] == [
        date(2026, 4, 30),
        date(2026, 4, 10),
        date(2026, 12, 7),
        date(2026, 12, 7),
        date(2026, 5, 1),
        date(2026, 1, 11),
    ]
    assert [d.date() for d in days["date_earliest"]] == [
        date(2026, 4, 1),
        date(2026, 4, 1),
        date(2026, 1, 1),
        date(2026, 1, 1),
        date(2026, 5, 1),
        date(2026, 1, 11),
    ]


def test_a_stated_place_is_bounded_by_its_neighbours_in_the_order():
    days = signing_days(
        frame(("2026-01-20", "60", "", ""), ("2026", "61", "", ""), ("2026-03-02", "62", "", "")),
        checked_on=date(2026, 12, 7),
    )
    assert days.loc[1, "date_start"].date() == date(2026, 3, 2)  # signed no later than the 62nd
    assert days.loc[1, "date_earliest"].date() == date(2026, 1, 20)  # and no earlier than the 60th


def test_the_running_count_never_passes_a_place_that_a_source_states(tables):
    """Every signatory with a stated place and a date to the day: by the end of that day, no more had signed than
    the highest place stated for it (two can sign on one day: Ecuador and India, 26th and 27th)."""
    accords = tables.artemis_accords
    placed = accords[accords["order"].notna() & (accords["date"].str.len() == 10)]
    assert len(placed) > 40
    highest_that_day = placed.groupby("date_start")["order"].max()
    for row in placed.itertuples():
        signed_by_then = int((accords["date_start"] <= row.date_start).sum())
        assert signed_by_then <= highest_that_day[row.date_start], (
            f"{signed_by_then} signed by {row.date}, when {row.country} was number {row.order}"
        )
