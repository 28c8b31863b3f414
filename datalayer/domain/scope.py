"""Which countries a bloc or region lens covers, on a given date."""
from __future__ import annotations

import re
from datetime import date

import pandas as pd

from datalayer.vocab import Bloc


def slug(name: str) -> str:
    """'Latin America and the Caribbean' -> 'latin-america-and-the-caribbean' (the ?region= form)."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def bloc_members_as_of(blocs: pd.DataFrame, bloc: Bloc, as_of: date) -> set[str]:
    """ISO3 codes in the bloc's roles on `as_of`: joined by then (or undated founding) and not yet left."""
    day = pd.Timestamp(as_of)
    rows = blocs[(blocs["bloc"] == bloc.source_bloc) & blocs["role"].isin(bloc.roles)]
    joined = rows["since_start"].isna() | (rows["since_start"] <= day)
    not_left = rows["until_start"].isna() | (rows["until_start"] > day)
    return set(rows.loc[joined & not_left, "iso3"])


def region_options(regions: pd.DataFrame) -> dict[str, str]:
    """slug -> label for every M49 region and sub-region, regions first."""
    options = {}
    for column, prefix in (("region", ""), ("sub_region", "  ")):
        for name in sorted(n for n in regions[column].unique() if n):
            options.setdefault(slug(name), f"{prefix}{name}")
    return options


def region_members(regions: pd.DataFrame, region_slug: str) -> set[str]:
    in_region = regions["region"].map(slug).eq(region_slug) | regions["sub_region"].map(slug).eq(region_slug)
    return set(regions.loc[in_region, "iso3"])


def lens_members(blocs: pd.DataFrame, regions: pd.DataFrame, bloc: Bloc | None, region_slug: str | None,
                 as_of: date) -> set[str] | None:
    """The countries both filters keep; None when no filter is set (everything is in the lens)."""
    sets = []
    if bloc is not None:
        sets.append(bloc_members_as_of(blocs, bloc, as_of))
    if region_slug:
        sets.append(region_members(regions, region_slug))
    return set.intersection(*sets) if sets else None


def lens_members_by_date(blocs: pd.DataFrame, regions: pd.DataFrame, bloc: Bloc | None, region_slug: str | None,
                         dates: list[date]) -> dict[date, set[str] | None]:
    """The lens on each date (bloc membership changes over time), for views that step through dates."""
    return {day: lens_members(blocs, regions, bloc, region_slug, day) for day in dates}


def within(table: pd.DataFrame, members: set[str] | None, iso3: str = "iso3") -> pd.DataFrame:
    """Rows whose country is in the lens (all rows when there is no lens; rows without a country drop out)."""
    return table if members is None else table[table[iso3].isin(members)]
