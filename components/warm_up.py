"""Every bloc scope's view models and figures, computed once per process in a background thread, so a
viewer's first change of bloc is served from the cache (issue #14: a rerun after a bloc change within 50 ms).

What is warmed is what each page shows on arrival: its defaults, As of the data's check date. Any other
combination (a region, another date or option) is computed on first request and cached as before.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import date

import streamlit as st

from components import data_access
from components.exhibits import figure_of
from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.growth import GrowthOptions, target_year_choices
from datalayer.viewmodels.map import MapOptions

WARM_UP_VARIABLE = "ILRS_WARM_UP"  # "0" turns it off: the benchmark measures a cold server too
log = logging.getLogger(__name__)


def warmed_scopes() -> tuple[Scope, ...]:
    """The scopes a bloc picker offers (as the sidebar builds them: a bloc, no region)."""
    return tuple(Scope(bloc.slug) for bloc in vocab.BLOCS)


def warm_every_scope(checked_on: date) -> int:
    """Computes each scoped page's view model at its defaults for every bloc, and the figures of the charts it
    draws before any section (the rest are drawn when a viewer opens them); returns how many view models that
    was."""
    growth_defaults = GrowthOptions(target_year=target_year_choices(data_access.tables().milestones)[1])
    count = 0
    for scope in warmed_scopes():
        data_access.since_default(scope, checked_on)  # the compare page asks it first
        pages = (
            (data_access.map_model(scope, checked_on, MapOptions()), 1),
            (data_access.growth_model(scope, checked_on, growth_defaults), 1),
            (data_access.compare_model(scope, checked_on), 2),  # then and now, then members over time
        )
        for page, first_charts in pages:
            for exhibit in page.exhibits[:first_charts]:
                figure_of(exhibit)
            count += 1
    return count


def _warm(checked_on: date) -> None:
    try:
        log.info("warmed %d view models", warm_every_scope(checked_on))
    except Exception:  # a cache that is not warmed is only slower: the page computes on request
        log.exception("warm-up stopped")


@st.cache_resource(show_spinner=False)
def start_warm_up(checked_on: date) -> threading.Thread | None:
    """Starts the warm-up once per process (not per session); None when switched off."""
    if os.environ.get(WARM_UP_VARIABLE, "1") == "0":
        return None
    thread = threading.Thread(target=_warm, args=(checked_on,), name="ilrs-warm-up", daemon=True)
    thread.start()
    return thread
