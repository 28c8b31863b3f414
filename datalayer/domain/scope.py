"""The scope of a view: which countries a bloc and/or region filter covers, on a given date."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from datalayer.vocab import BLOCS_BY_SLUG, REGIONS_WITH_ARTICLE, SUSPENDED, Bloc

WORLD = "World"
DISPUTED = "DISPUTED:"  # how data/blocs.csv marks a membership the sources disagree on
GROUP_NAME_CHARS = 40  # a group's name as a slide title, a file name and a sentence can carry it
GROUP_SLUG_CHARS = 30


def cut_name(name: str, limit: int = GROUP_NAME_CHARS) -> str:
    """A reader's name for a group: spaces collapsed, control characters dropped, cut with '…' past `limit`."""
    text = " ".join("".join(c for c in name if c.isprintable()).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def region_in_sentence(label: str) -> str:
    """An M49 region as it stands inside an English sentence: 'Africa', 'the Americas'."""
    region = label.strip()
    return f"the {region}" if region in REGIONS_WITH_ARTICLE else region


@dataclass(frozen=True)
class Scope:
    """A bloc (by slug), or a group the reader built (ISO3 codes, with the name they gave it), and an M49 region
    (by slug); any of them unset. A group stands where a bloc would: with one, the bloc is ignored. Hashable, so
    a cached view model can key on it."""

    bloc_slug: str | None = None
    region_slug: str | None = None
    region_label: str | None = None
    group: tuple[str, ...] = ()
    group_name: str = ""  # as cut by cut_name; '' for an unnamed group

    @property
    def bloc(self) -> Bloc | None:
        return None if self.group else BLOCS_BY_SLUG.get(self.bloc_slug or "")

    @property
    def is_world(self) -> bool:
        return self.bloc is None and not self.group and not self.region_slug

    @property
    def group_label(self) -> str:
        """'Group: Sahel', 'Group of 4 states': a user-built group as a title or a menu names it."""
        if not self.group:
            return ""
        return f"Group: {self.group_name}" if self.group_name else f"Group of {len(self.group)} states"

    @property
    def label(self) -> str:
        """'BRICS members · Africa', or 'World' with no filter: the scope as a subtitle names it."""
        parts = [self.group_label or (self.bloc.label if self.bloc else ""), self.region_label or ""]
        return " · ".join(p for p in parts if p) or WORLD

    @property
    def name(self) -> str:
        """'BRICS in Africa', 'the African Union', 'the Americas', 'the group 'Sahel'', 'the world': the scope
        inside a sentence."""
        region = region_in_sentence(self.region_label or "")
        if self.group:
            grouped = f"the group '{self.group_name}'" if self.group_name else f"the group of {len(self.group)} states"
            return f"{grouped} in {region}" if region else grouped
        if self.bloc and region:
            return f"{self.bloc.name} in {region}"
        return (self.bloc.name if self.bloc else region) or "the world"

    @property
    def slug(self) -> str:
        """'brics', 'brics_africa', 'group-sahel', 'world': the scope in a file name."""
        group = ""
        if self.group:
            named = slug(self.group_name)[:GROUP_SLUG_CHARS].strip("-")
            group = "group-" + (named or "-".join(self.group[:4]).lower())
        return "_".join(p for p in (group or self.bloc_slug, self.region_slug) if p) or WORLD.lower()


WORLD_SCOPE = Scope()  # no filter: the default wherever a scope is optional


def slug(name: str) -> str:
    """'Latin America and the Caribbean' -> 'latin-america-and-the-caribbean' (the ?region= form, and a group's part
    of a file name: ASCII only, which every browser and file system takes)."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _rows_on(blocs: pd.DataFrame, source_bloc: str, roles: tuple[str, ...], as_of: date) -> np.ndarray:
    """A mask of the bloc's rows in `roles` that hold on `as_of`: begun by then (or undated) and not yet ended."""
    day = pd.Timestamp(as_of).to_datetime64()
    since, until = blocs["since_start"].to_numpy(), blocs["until_start"].to_numpy()
    # One numpy mask, not a chain of pandas filters: every scoped view asks this a score of times.
    return (
        ((blocs["bloc"] == source_bloc) & blocs["role"].isin(roles)).to_numpy()
        & (np.isnat(since) | (since <= day))
        & (np.isnat(until) | (until > day))
    )


def bloc_members_as_of(blocs: pd.DataFrame, bloc: Bloc, as_of: date) -> set[str]:
    """ISO3 codes in the bloc's roles on `as_of`: joined by then (or undated founding) and not yet left."""
    return set(blocs["iso3"].to_numpy()[_rows_on(blocs, bloc.source_bloc, bloc.roles, as_of)])


def suspended_members(blocs: pd.DataFrame, scope: Scope, as_of: date) -> tuple[str, ...]:
    """The names of the scope's bloc members suspended on `as_of`, alphabetical: still members, and counted."""
    if scope.bloc is None:
        return ()
    rows = blocs[_rows_on(blocs, scope.bloc.source_bloc, (SUSPENDED,), as_of)]
    members = bloc_members_as_of(blocs, scope.bloc, as_of)
    return tuple(sorted(set(rows.loc[rows["iso3"].isin(members), "country"])))


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
    if scope.group:
        sets.append(set(scope.group))
    elif scope.bloc is not None:
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
    suspended: tuple[str, ...] = ()  # names of the scope's bloc members suspended on the date

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
    suspended = suspended_members(blocs, scope, as_of)
    if members is not None and scope.region_slug:  # 'the African Union in Western Africa': the region's alone
        in_region = set(blocs.loc[blocs["iso3"].isin(members), "country"])
        suspended = tuple(name for name in suspended if name in in_region)
    return ScopeOnDate(
        scope,
        as_of,
        None if members is None else frozenset(members),
        frozenset(disputed_members(blocs, scope, as_of)),
        suspended,
    )


def scope_members_by_date(
    blocs: pd.DataFrame, regions: pd.DataFrame, scope: Scope, dates: list[date]
) -> dict[date, set[str] | None]:
    """The scope on each date (bloc membership changes over time), for views that step through dates."""
    return {day: scope_members(blocs, regions, scope, day) for day in dates}


def within(table: pd.DataFrame, members: AbstractSet[str] | None, iso3: str = "iso3") -> pd.DataFrame:
    """Rows whose country is in scope (all rows when there is no filter; rows without a country drop out)."""
    return table if members is None else table[table[iso3].isin(members)]
