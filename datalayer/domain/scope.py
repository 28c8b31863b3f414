"""The scope of a view: which countries a bloc and/or region filter covers, on a given date."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from datalayer.vocab import BLOCS_BY_SLUG, REGIONS_WITH_ARTICLE, Bloc

WORLD = "World"
DISPUTED = "DISPUTED:"  # how data/blocs.csv marks a membership the sources disagree on


@dataclass(frozen=True)
class Scope:
    """A bloc (by slug) and an M49 region (by slug), either or both unset. Hashable, so a cached view model
    can key on it."""

    bloc_slug: str | None = None
    region_slug: str | None = None
    region_label: str | None = None

    @property
    def bloc(self) -> Bloc | None:
        return BLOCS_BY_SLUG.get(self.bloc_slug or "")

    @property
    def is_world(self) -> bool:
        return self.bloc is None and not self.region_slug

    @property
    def label(self) -> str:
        """'BRICS members · Africa', or 'World' with no filter: the scope as a subtitle names it."""
        parts = [self.bloc.label if self.bloc else "", self.region_label or ""]
        return " · ".join(p for p in parts if p) or WORLD

    @property
    def name(self) -> str:
        """'BRICS in Africa', 'the African Union', 'the Americas', 'the world': the scope inside a sentence."""
        region = (self.region_label or "").strip()
        region = f"the {region}" if region in REGIONS_WITH_ARTICLE else region
        if self.bloc and region:
            return f"{self.bloc.name} in {region}"
        return (self.bloc.name if self.bloc else region) or "the world"

    @property
    def slug(self) -> str:
        """'brics', 'brics_africa', 'world': the scope in a file name."""
        return "_".join(p for p in (self.bloc_slug, self.region_slug) if p) or WORLD.lower()


def slug(name: str) -> str:
    """'Latin America and the Caribbean' -> 'latin-america-and-the-caribbean' (the ?region= form)."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def bloc_members_as_of(blocs: pd.DataFrame, bloc: Bloc, as_of: date) -> set[str]:
    """ISO3 codes in the bloc's roles on `as_of`: joined by then (or undated founding) and not yet left."""
    day = pd.Timestamp(as_of).to_datetime64()
    since, until = blocs["since_start"].to_numpy(), blocs["until_start"].to_numpy()
    # One numpy mask, not a chain of pandas filters: every scoped view asks this a score of times.
    keep = (
        ((blocs["bloc"] == bloc.source_bloc) & blocs["role"].isin(bloc.roles)).to_numpy()
        & (np.isnat(since) | (since <= day))
        & (np.isnat(until) | (until > day))
    )
    return set(blocs["iso3"].to_numpy()[keep])


def disputed_members(blocs: pd.DataFrame, scope: Scope, as_of: date) -> set[str]:
    """The scope's bloc members on `as_of` whose membership the data marks as disputed (their notes start with
    'DISPUTED:'): counted in the scope, and said to be disputed wherever they are counted."""
    if scope.bloc is None:
        return set()
    members = bloc_members_as_of(blocs, scope.bloc, as_of)
    rows = blocs[(blocs["bloc"] == scope.bloc.source_bloc) & blocs["notes"].str.startswith(DISPUTED)]
    return members & set(rows["iso3"])


def region_options(regions: pd.DataFrame) -> dict[str, str]:
    """slug -> label for every M49 region and sub-region, regions first (sub-regions indented)."""
    options: dict[str, str] = {}
    for column, prefix in (("region", ""), ("sub_region", "  ")):
        for name in sorted(n for n in regions[column].unique() if n):
            options.setdefault(slug(name), f"{prefix}{name}")
    return options


def region_members(regions: pd.DataFrame, region_slug: str) -> set[str]:
    in_region = regions["region"].map(slug).eq(region_slug) | regions["sub_region"].map(slug).eq(region_slug)
    return set(regions.loc[in_region, "iso3"])


def scope_members(blocs: pd.DataFrame, regions: pd.DataFrame, scope: Scope, as_of: date) -> set[str] | None:
    """The countries both filters keep; None when no filter is set (everything is in scope)."""
    sets = []
    if scope.bloc is not None:
        sets.append(bloc_members_as_of(blocs, scope.bloc, as_of))
    if scope.region_slug:
        sets.append(region_members(regions, scope.region_slug))
    return set.intersection(*sets) if sets else None


@dataclass(frozen=True)
class ScopeOnDate:
    """A scope resolved on a date, once per request, here in the domain: which countries it holds then (None: the
    world) and which of those it holds only on a membership the sources dispute. Every scoped view model takes one
    and never resolves a scope itself. Hashable, so a cached view model keys on it."""

    scope: Scope
    as_of: date
    members: frozenset[str] | None
    disputed: frozenset[str] = frozenset()

    @property
    def label(self) -> str:
        return self.scope.label

    @property
    def name(self) -> str:
        return self.scope.name

    @property
    def is_world(self) -> bool:
        return self.scope.is_world


def resolve(blocs: pd.DataFrame, regions: pd.DataFrame, scope: Scope, as_of: date) -> ScopeOnDate:
    """The scope on `as_of`: its members and its disputed members."""
    members = scope_members(blocs, regions, scope, as_of)
    return ScopeOnDate(
        scope, as_of, None if members is None else frozenset(members), frozenset(disputed_members(blocs, scope, as_of))
    )


def scope_members_by_date(
    blocs: pd.DataFrame, regions: pd.DataFrame, scope: Scope, dates: list[date]
) -> dict[date, set[str] | None]:
    """The scope on each date (bloc membership changes over time), for views that step through dates."""
    return {day: scope_members(blocs, regions, scope, day) for day in dates}


def within(table: pd.DataFrame, members: AbstractSet[str] | None, iso3: str = "iso3") -> pd.DataFrame:
    """Rows whose country is in scope (all rows when there is no filter; rows without a country drop out)."""
    return table if members is None else table[table[iso3].isin(members)]
