"""Widgets bound to URL parameters: the URL seeds each widget once, then the widget writes the URL.

Keys are page-prefixed (`map_bloc`, `growth_bloc`), so each page restores its own view from its own URL.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from components import url_state
from datalayer.domain.dates import with_stop
from datalayer.domain.scope import region_options
from datalayer.vocab import BLOCS, BLOCS_BY_SLUG, Bloc

ALL = ""  # the option meaning "no filter"; never written to the URL
NOTICES = "_url_notices"


def _seed(key: str, parsed: url_state.Parsed, default) -> None:
    if key not in st.session_state:
        st.session_state[key] = default if parsed.value is None else parsed.value
        if parsed.notice:
            st.session_state.setdefault(NOTICES, []).append(parsed.notice)


def _write(param: str, value, default) -> None:
    if value == default or value in (None, ALL):
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = str(value)


def url_choice(widget: Callable, label: str, param: str, key: str, options: Mapping[str, str],
               default: str, **kwargs) -> str:
    """A select/radio whose value lives in ?param=; unknown values are ignored with a notice."""
    _seed(key, url_state.parse_choice(param, st.query_params.get(param), options), default)
    value = widget(label, list(options), format_func=options.get, key=key, **kwargs)
    _write(param, value, default)
    return value


def url_date(label: str, param: str, key: str, stops: list[date], default: date, **kwargs) -> date:
    """A slider over `stops` whose value lives in ?param=YYYY-MM-DD; a valid day off the stops is added."""
    parsed = url_state.parse_date(param, st.query_params.get(param), stops[0].replace(day=1), stops[-1])
    if parsed.value is not None:
        stops = with_stop(stops, parsed.value)
    _seed(key, parsed, default)
    if st.session_state[key] not in stops:
        stops = with_stop(stops, st.session_state[key])
    value = st.select_slider(label, options=stops, key=key, format_func=lambda d: d.strftime("%d %b %Y"), **kwargs)
    _write(param, value.isoformat(), default.isoformat())
    return value


def show_url_notices() -> None:
    for notice in st.session_state.pop(NOTICES, []):
        st.warning(notice, icon=":material/link_off:")


@dataclass(frozen=True)
class Lens:
    bloc: Bloc | None
    region: str | None
    region_label: str | None

    @property
    def scope(self) -> str:
        """'BRICS members · Africa', or 'World' with no filter: the caption over a view."""
        return " · ".join(x for x in (self.bloc.label if self.bloc else "", self.region_label or "") if x) or "World"


def lens_controls(prefix: str, regions: pd.DataFrame) -> Lens:
    """The shared bloc and region filters, in the sidebar, with the bloc's definition beside them."""
    blocs = {ALL: "All countries", **{b.slug: b.label for b in BLOCS}}
    region_choices = {ALL: "All regions", **region_options(regions)}
    with st.sidebar:
        st.markdown("**Lens**")
        bloc_slug = url_choice(st.selectbox, "Bloc", url_state.BLOC, f"{prefix}_bloc", blocs, ALL)
        bloc = BLOCS_BY_SLUG.get(bloc_slug)
        if bloc:
            st.caption(f"{bloc.definition} Source: data/blocs.csv (rows cite the bloc's own pages).")
        region = url_choice(st.selectbox, "UN M49 region", url_state.REGION, f"{prefix}_region", region_choices, ALL)
    return Lens(bloc, region or None, region_choices[region].strip() if region else None)
