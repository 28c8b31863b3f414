"""ILRS versus Artemis Accords: membership over time, aligned by months since launch, overlap, weight."""
from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.growth import cumulative_series
from datalayer.partners import of_kind

DAYS_PER_MONTH = 30.4375


def ilrs_signed_states(partners: pd.DataFrame) -> pd.DataFrame:
    states = of_kind(partners, vocab.STATE)
    return states[states["status"] == vocab.SIGNED][["name", "iso3", "date", "date_start"]]


def membership_over_time(ilrs: pd.DataFrame, artemis: pd.DataFrame, through: date) -> pd.DataFrame:
    """Long table (program, date, count, months_since_launch) of both coalitions' cumulative members."""
    frames = []
    for program, members in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, artemis)):
        series = cumulative_series(members, "date_start", through)
        launch = members["date_start"].min()
        frames.append(series.assign(program=vocab.PROGRAM_LABELS[program],
                                    months_since_launch=((series["date"] - launch).dt.days / DAYS_PER_MONTH).round(1)))
    return pd.concat(frames, ignore_index=True)


def new_per_year(ilrs: pd.DataFrame, artemis: pd.DataFrame) -> pd.DataFrame:
    rows = [members.assign(program=vocab.PROGRAM_LABELS[p], year=members["date_start"].dt.year)
            for p, members in ((vocab.ILRS, ilrs), (vocab.ARTEMIS, artemis))]
    both = pd.concat(rows, ignore_index=True)
    return both.groupby(["year", "program"]).size().rename("new_members").reset_index()


def overlap(ilrs: pd.DataFrame, artemis: pd.DataFrame) -> pd.DataFrame:
    """States in both, with both dates and which came first."""
    both = ilrs.merge(artemis[["iso3", "date", "date_start"]], on="iso3", suffixes=("_ilrs", "_artemis"))
    first = (both["date_start_ilrs"] < both["date_start_artemis"]).map(
        {True: vocab.PROGRAM_LABELS[vocab.ILRS], False: vocab.PROGRAM_LABELS[vocab.ARTEMIS]})
    return pd.DataFrame({"country": both["name"], "iso3": both["iso3"], "ilrs_signed": both["date_ilrs"],
                         "artemis_signed": both["date_artemis"], "first": first}).sort_values("country")


def world_shares(members: set[str], indicators: pd.DataFrame) -> dict[str, float]:
    """Share of world population and GDP held by `members` (data year of the indicators file)."""
    world = indicators[indicators["iso3"] == "WLD"].iloc[0]
    rows = indicators[indicators["iso3"].isin(members)]
    return {"population": float(rows["population"].sum() / world["population"]),
            "gdp": float(rows["gdp_current_usd"].sum() / world["gdp_current_usd"]),
            "year": int(world["year"])}


def composition(members: set[str], regions: pd.DataFrame) -> pd.DataFrame:
    """Members per UN region."""
    rows = regions[regions["iso3"].isin(members)]
    return rows.groupby("region").size().rename("members").reset_index().sort_values("members", ascending=False)
