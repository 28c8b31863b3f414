"""What if they all signed? A scenario, never a count: which states (or institutions) would join, how far the
ILRS would then be from its world-wide target, and the pace that would still be needed against the pace seen.

The scenario is read from a list of tokens (the ?what_if= value): preset names ('announced', 'brics', ...) and
ISO3 codes. A token that is no preset or country, a state already signed and the lead are left out, each with
its reason (the words package says it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.growth import DAYS_PER_YEAR, cumulative_series, deadline, pace_per_year
from datalayer.domain.names import short_names
from datalayer.domain.partners import of_kind, partners_as_of
from datalayer.domain.scope import bloc_members_as_of


@dataclass(frozen=True)
class Preset:
    slug: str  # the ?what_if= value
    label: str
    statuses: tuple[str, ...] = ()  # states with these ILRS ties
    bloc: str = ""  # every member of this bloc scope (vocab.BLOCS slug) not yet signed
    group: bool = False  # every state of the reader's own group (?group=) not yet signed


PRESETS = (
    Preset("announced", "All announced states", statuses=(vocab.ANNOUNCED,)),
    Preset("announced_applied", "All announced and applied states", statuses=(vocab.ANNOUNCED, vocab.APPLIED)),
    Preset("brics", "Every BRICS member", bloc="brics"),
    Preset("sco", "Every SCO member", bloc="sco"),
    Preset("au", "Every African Union member", bloc="au"),
    Preset("group", "Every state of your own group", group=True),
)
PRESETS_BY_SLUG = {p.slug: p for p in PRESETS}
NOT_YET = (vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY)  # ties that are not a signing


LEFT_OUT_REASONS = ("lead", "signed", "not_un_member", "unknown", "no_group")  # why a token joins no scenario


@dataclass(frozen=True)
class LeftOut:
    token: str  # as written (an ISO3 code upper-cased)
    reason: str  # one of LEFT_OUT_REASONS


@dataclass(frozen=True)
class Scenario:
    chosen: pd.DataFrame  # iso3, name, tie (status or 'none'), artemis_signed (date or '')
    left_out: tuple[LeftOut, ...]
    presets: tuple[str, ...]  # the presets used, by slug


def state_candidates(
    partners: pd.DataFrame, regions: pd.DataFrame, un_members: pd.DataFrame, as_of: date
) -> pd.DataFrame:
    """Every UN member state that has not signed and does not lead: iso3, name (the UN's), short_name (a
    sentence's), tie (its weaker ILRS tie on the date, or 'none'), alphabetical by name."""
    states = of_kind(partners_as_of(partners, as_of), vocab.STATE).set_index("iso3")
    taken = set(states.index[states["status"].isin((vocab.SIGNED, vocab.LEAD))])
    names, short = regions.set_index("iso3")["country"], short_names(regions)
    rows = [
        {
            "iso3": iso3,
            "name": names.get(iso3, iso3),
            "short_name": short.get(iso3, iso3),
            "tie": states.at[iso3, "status"] if iso3 in states.index else vocab.NO_STATUS,
        }
        for iso3 in un_members["iso3"]
        if iso3 not in taken
    ]
    return pd.DataFrame(rows, columns=["iso3", "name", "short_name", "tie"]).sort_values("name").reset_index(drop=True)


def read_tokens(
    tokens: Iterable[str],
    candidates: pd.DataFrame,
    partners: pd.DataFrame,
    blocs: pd.DataFrame,
    known_iso3: set[str],
    as_of: date,
    group: tuple[str, ...] = (),
) -> tuple[list[str], list[str], list[LeftOut]]:
    """The chosen ISO3 codes (in order, once each), the presets used and what was left out, with why. `group`:
    the reader's own group, which the 'group' preset takes."""
    open_states = set(candidates["iso3"])
    states = of_kind(partners_as_of(partners, as_of), vocab.STATE).set_index("iso3")["status"]
    chosen: list[str] = []
    used: list[str] = []
    left_out: list[LeftOut] = []
    for token in (t.strip() for t in tokens):
        if not token:
            continue
        preset = PRESETS_BY_SLUG.get(token.lower())
        if preset and preset.group and not group:
            left_out.append(LeftOut(preset.slug, "no_group"))
            continue
        if preset:
            used.append(preset.slug)
            if preset.group:
                codes = candidates.loc[candidates["iso3"].isin(group), "iso3"]
            elif preset.bloc:
                members = bloc_members_as_of(blocs, vocab.BLOCS_BY_SLUG[preset.bloc], as_of)
                codes = candidates.loc[candidates["iso3"].isin(members), "iso3"]
            else:
                codes = candidates.loc[candidates["tie"].isin(preset.statuses), "iso3"]
            chosen += [c for c in codes if c not in chosen]
            continue
        code = token.upper()
        if code in open_states:
            chosen += [code] if code not in chosen else []
        elif states.get(code) == vocab.LEAD:
            left_out.append(LeftOut(code, "lead"))
        elif states.get(code) == vocab.SIGNED:
            left_out.append(LeftOut(code, "signed"))
        elif code in known_iso3:
            left_out.append(LeftOut(code, "not_un_member"))
        else:
            left_out.append(LeftOut(token[:12], "unknown"))
    return chosen, used, left_out


def scenario_states(
    tokens: Iterable[str],
    partners: pd.DataFrame,
    artemis: pd.DataFrame,
    blocs: pd.DataFrame,
    regions: pd.DataFrame,
    un_members: pd.DataFrame,
    as_of: date,
    group: tuple[str, ...] = (),
) -> Scenario:
    candidates = state_candidates(partners, regions, un_members, as_of)
    chosen, used, left_out = read_tokens(tokens, candidates, partners, blocs, set(regions["iso3"]), as_of, group)
    signed_artemis = dated_rows(artemis, as_of).set_index("iso3")["date"]
    table = candidates.set_index("iso3").loc[chosen].reset_index()
    table = table.assign(artemis_signed=table["iso3"].map(signed_artemis).astype(object).fillna(""))
    return Scenario(table, tuple(left_out), tuple(used))


def institution_candidates(partners: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Institutions tied to the ILRS without a signing we can source (payload partners): name, iso3, tie."""
    rows = of_kind(partners_as_of(partners, as_of), vocab.INSTITUTION)
    rows = rows[rows["status"].isin(NOT_YET)]
    return rows[["name", "iso3", "status"]].rename(columns={"status": "tie"}).reset_index(drop=True)


@dataclass(frozen=True)
class Path:
    today: int  # counted on the date
    with_scenario: int
    target: int
    target_year: int
    needed: float | None  # a year, from the scenario to the target by the end of target_year
    observed: float  # a year since the first signing
    first_year: int | None  # the year of the first signing counted


def path_to_target(counted: pd.DataFrame, added: int, target: int, target_year: int, as_of: date) -> Path:
    """`counted`: the signed rows the target counts; `added`: how many the scenario adds."""
    series = cumulative_series(counted, "date_start", as_of)
    today = int(series["count"].iloc[-1])
    years = (pd.Timestamp(deadline(target_year)) - pd.Timestamp(as_of)).days / DAYS_PER_YEAR
    first = counted["date_start"].dropna()
    return Path(
        today,
        today + added,
        target,
        target_year,
        max(target - today - added, 0) / years if years > 0 else None,
        pace_per_year(series, as_of),
        int(first.min().year) if len(first) else None,
    )
