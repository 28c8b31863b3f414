"""View model of the overview at /: our own headline counts, the partner map, the newest changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.events import last_signings, latest_events
from datalayer.domain.headline import headline
from datalayer.domain.names import short_names
from datalayer.domain.scope import Scope, ScopeOnDate
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, MILESTONES, PARTNERS, REGIONS
from datalayer.loading.tables import Tables
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.map import MapOptions, map_exhibit
from datalayer.viewmodels.since import since_exhibit
from datalayer.words import headline_tiles, rules, signings
from datalayer.words.evidence import with_evidence

EVENTS_PER_SIDE = 3  # the newest events of each coalition's side: a busy side never hides a quiet one

# The datasets this page draws on: a malformed one stops this page only.
USES = tuple(d.key for d in (PARTNERS, ARTEMIS_ACCORDS, MILESTONES, REGIONS, BLOCS))  # regions: names too


@dataclass(frozen=True, eq=False, kw_only=True)
class OverviewModel(ViewModel):
    latest_events: pd.DataFrame  # the newest signings and milestones of each side, by their own date
    count_notes: tuple[str, ...] = ()  # where our count and an official numbering differ, one line each
    pulse: tuple[str, ...] = ()  # each coalition's newest state signing, and how long ago


def overview_model(
    tables: Tables, points: pd.DataFrame, drawable: set[str], since: date | None = None
) -> OverviewModel:
    """As of the data's check date, for the whole world: the lead (China) is shown, never counted. First, both
    coalitions then (`since`, by default the ILRS's newest signing) and now."""
    as_of = tables.checked_on
    h = headline(tables.partners, tables.artemis_accords, None, as_of)
    tiles = (
        headline_tiles.partner_tile(h),
        headline_tiles.orgs_tile(h),
        headline_tiles.institutions_tile(h),
        headline_tiles.weaker_tile(h),
        headline_tiles.artemis_tile(h),
    )
    # The overview is the world on the data's check date: no scope to resolve.
    world = ScopeOnDate(Scope(), as_of, None)
    exhibit = map_exhibit(tables, points, drawable, world, MapOptions(view=vocab.VIEW_ILRS), key="overview.partners")
    events = with_evidence(
        signings.described(
            latest_events(tables.partners, tables.artemis_accords, tables.milestones, as_of, EVENTS_PER_SIDE)
        )
    )
    pulse = signings.signing_pulse(
        last_signings(tables.partners, tables.artemis_accords, as_of, short_names(tables.regions)), as_of
    )
    return OverviewModel(
        tiles=tiles,
        exhibits=(since_exhibit(tables, world, since), exhibit),
        latest_events=events,
        count_notes=tuple(n for n in (rules.nasa_order_line(h),) if n),
        pulse=pulse,
    )
