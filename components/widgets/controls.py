"""Widgets bound to URL parameters: the URL seeds each widget once, then the widget writes the URL.

Keys are page-prefixed (`map_bloc`, `growth_bloc`), so each page restores its own view from its own URL.
A value the app cannot use is dropped with a notice, collected here and shown once every widget has read
its parameter (see `show_notices`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import streamlit as st

from components import data_access
from components.markdown import escaped
from components.navigation import Page
from components.widgets import url_state
from components.widgets.sections import section
from datalayer.domain.dates import with_stop
from datalayer.domain.scope import GROUP_NAME_CHARS, Scope, cut_name, region_options
from datalayer.loading.tables import Tables
from datalayer.vocab import BLOCS, BLOCS_BY_SLUG
from datalayer.words import interface
from datalayer.words.dates import written_date
from datalayer.words.translation import t

ALL = ""  # the option meaning "no filter"; never written to the URL
NOTICES = "_url_notices"
REGION_START = "region:"  # a region among the group builder's starting points (the rest are bloc slugs)
READ = "_url_params_read"  # every parameter this run asked for: the rest are flagged as ignored


def url_value(param: str) -> str | None:
    """The raw ?param= value, noting that this page reads it."""
    st.session_state.setdefault(READ, set()).add(param)
    return st.query_params.get(param)


def add_notice(notice: str) -> None:
    st.session_state.setdefault(NOTICES, []).append(notice)


def _seed(key: str, parsed: url_state.Parsed, default) -> None:
    if key not in st.session_state:
        st.session_state[key] = default if parsed.value is None else parsed.value
        if parsed.notice:
            add_notice(parsed.notice)


class LaterWidgets:
    """Widgets whose values are read first (from the session, else the URL, exactly as the widget will read
    them) and drawn at the end of the page's script: Streamlit sends elements as the script makes them, and a
    widget's code (a select box's most of all) loaded while Plotly's is keeps the first chart waiting; drawn
    last, after the other charts are computed, they arrive once the chart is on its way (BENCHMARKS.md: /growth
    1.22 -> 1.14 of the baseline). `draw()` draws them, in the order added, in `into` (a container placed where
    they belong; the sidebar by default)."""

    def __init__(self, into=None) -> None:
        self._draws: list[Callable[[], object]] = []
        self._into = into

    def add(self, draw: Callable[[], object]) -> None:
        self._draws.append(draw)

    def draw(self) -> None:
        with self._into or st.sidebar:
            for draw in self._draws:
                draw()


def _now_or_later(key: str, draw: Callable[[], object], later: LaterWidgets | None):
    """The widget drawn now (its value returned), or its seeded value returned and the widget drawn later."""
    if later is None:
        return draw()
    later.add(draw)
    return st.session_state[key]


def _write(param: str, value, default) -> None:
    """The default is left out of the address, unless the link itself gave it: a link keeps what it says."""
    text = None if value in (None, ALL) else str(value)
    if text is None or (value == default and st.query_params.get(param) != text):
        st.query_params.pop(param, None)
    else:
        st.query_params[param] = text


def url_choice(
    widget: Callable,
    label: str,
    param: str,
    key: str,
    options: Mapping,
    default,
    alias: str | None = None,
    later: LaterWidgets | None = None,
    **kwargs,
):
    """A select/radio whose value lives in ?param= (or, from older links, ?alias=); unknown values are
    ignored with a notice. With `later`, it is drawn when `later.draw()` runs."""
    raw = url_value(param)
    if raw is None and alias:
        raw, param_read = url_value(alias), alias
        st.query_params.pop(alias, None)
        if raw is not None:
            st.query_params[param] = raw  # the old link's value under today's name: kept, even if the default
    else:
        param_read = param
    _seed(key, url_state.parse_choice(param_read, raw, options), default)

    def draw():
        value = widget(label, list(options), format_func=lambda option: t(options[option]), key=key, **kwargs)
        _write(param, value, default)
        return value

    return _now_or_later(key, draw, later)


def url_multi(label: str, param: str, key: str, options: Mapping[str, str], **kwargs) -> tuple[list[str], list[str]]:
    """A multiselect whose choices live in ?param=a,b,c. Returns the chosen options and, from the link, the
    items that are no option (the view model names each in a notice: it knows why they cannot be chosen)."""
    items = url_state.split_list(url_value(param))
    by_text = {k.upper(): k for k in options}
    known = [by_text[i.upper()] for i in items if i.upper() in by_text]
    if key not in st.session_state:
        st.session_state[key] = list(dict.fromkeys(known))
    value = st.multiselect(label, list(options), format_func=lambda k: str(options.get(k, k)), key=key, **kwargs)
    if value:
        st.query_params[param] = ",".join(value)
    else:
        st.query_params.pop(param, None)
    leftovers = [i for i in items if i.upper() not in by_text]
    return value, leftovers


def url_toggle(label: str, param: str, key: str, default: bool, later: LaterWidgets | None = None, **kwargs) -> bool:
    """A switch whose state lives in ?param=1 / ?param=0 (only written when it differs from the default)."""
    _seed(key, url_state.parse_switch(param, url_value(param)), default)

    def draw():
        value = st.toggle(label, key=key, **kwargs)
        _write(param, url_state.ON if value else url_state.OFF, url_state.ON if default else url_state.OFF)
        return value

    return _now_or_later(key, draw, later)


def url_date(
    label: str, param: str, key: str, stops: list[date], default: date, later: LaterWidgets | None = None, **kwargs
) -> date:
    """A slider over `stops` whose value lives in ?param=YYYY-MM-DD; a valid day off the stops is added. The date
    is always written, the default too: the default moves each time the data is checked again, and a shared or
    cited link must keep showing the day it was taken on."""
    parsed = url_state.parse_date(param, url_value(param), stops[0].replace(day=1), stops[-1])
    stops = with_stop(stops, default)
    if isinstance(parsed.value, date):
        stops = with_stop(stops, parsed.value)
    _seed(key, parsed, default)
    if st.session_state[key] not in stops:
        stops = with_stop(stops, st.session_state[key])

    def draw():
        value = st.select_slider(label, options=stops, key=key, format_func=written_date, **kwargs)
        st.query_params[param] = value.isoformat()
        return value

    return _now_or_later(key, draw, later)


def as_of_control(page: Page, stops: list[date], checked_on: date, later: LaterWidgets) -> date:
    """The date a page counts to (?asof=): a slider over `stops` that opens on the data's check date."""
    return url_date(t(interface.AS_OF), url_state.AS_OF, page.widget("asof"), stops, checked_on, later=later)


def since_control(page: Page, stops: list[date], default: date, later: LaterWidgets) -> date:
    """The then-and-now chart's first date (?since=), opening on `default` (the scope's newest ILRS signing)."""
    return url_date(
        t(interface.SINCE_LABEL),
        url_state.SINCE,
        page.widget("since"),
        stops,
        default,
        later=later,
        help=t(interface.SINCE_HELP),
    )


def show_notices(slot, page_notices=(), all_widgets_ran: bool = True) -> None:
    """Every URL value ignored on this run (bad values, and parameters this page does not read, which leave
    the URL), then the view model's own notices, in `slot` (a container placed at the top of the page before the
    widgets ran). Call it after every URL-bound widget; where some did not run (presenter mode), only names that
    no page reads are flagged. A URL value is never read as Markdown."""
    read = st.session_state.pop(READ, set())
    unread = [p for p in st.query_params if p not in read and p not in url_state.STREAMLIT_OWN]
    for param in unread if all_widgets_ran else [p for p in unread if p not in url_state.APP_PARAMS]:
        add_notice(url_state.unknown_notice(param))
        del st.query_params[param]
    with slot:
        for notice in st.session_state.pop(NOTICES, []):
            st.warning(escaped(notice), icon=":material/link_off:")
        for notice in page_notices:
            st.info(escaped(notice), icon=":material/history:")


def scope_controls(page: Page, tables: Tables, later: LaterWidgets | None = None) -> Scope:
    """The shared bloc and region filters, in the sidebar, with the bloc's definition beside them, and the
    reader's own group (which stands in for the bloc); drawn now, or with `later`."""
    blocs = {ALL: t(interface.ALL_COUNTRIES), **{b.slug: b.label for b in BLOCS}}
    region_choices = {ALL: t(interface.ALL_REGIONS), **region_options(tables.regions)}
    widgets = later or LaterWidgets()
    widgets.add(lambda: st.markdown(f"**{t(interface.SCOPE)}**"))
    group, group_name, draw_group = group_controls(page, tables, _group_starts(region_choices))
    bloc_slug = url_choice(
        st.selectbox,
        t(interface.BLOC),
        url_state.BLOC,
        page.widget("bloc"),
        blocs,
        ALL,
        later=widgets,
        disabled=bool(group),
        help=t(interface.GROUP_REPLACES_BLOC) if group else None,
    )
    bloc = None if group else BLOCS_BY_SLUG.get(bloc_slug)
    if bloc:
        widgets.add(lambda: st.caption(interface.bloc_caption(t(bloc.definition))))
    region = url_choice(
        st.selectbox,
        t(interface.UN_M49_REGION),
        url_state.REGION,
        page.widget("region"),
        region_choices,
        ALL,
        later=widgets,
    )
    widgets.add(draw_group)  # after the bloc and the region: most readers start from those
    if later is None:
        widgets.draw()
    region_label = region_choices[region].strip() if region else None
    return Scope(bloc_slug or None, region or None, region_label, group, group_name)


def _group_starts(region_choices: Mapping[str, str]) -> dict[str, str]:
    """Where the group builder can start: nothing, a bloc's members or a region's countries."""
    return {
        ALL: t(interface.GROUP_FROM_NOTHING),
        **{b.slug: b.label for b in BLOCS},
        **{f"{REGION_START}{k}": v.strip() for k, v in region_choices.items() if k != ALL},
    }


def group_only_controls(page: Page, tables: Tables) -> Scope:
    """The group builder alone, in the sidebar (a page with no bloc or region filter: the country profile)."""
    group, group_name, draw_group = group_controls(page, tables, _group_starts(region_options(tables.regions)))
    with st.sidebar:
        draw_group()
    return Scope(group=group, group_name=group_name)


def group_controls(
    page: Page, tables: Tables, starts: Mapping[str, str]
) -> tuple[tuple[str, ...], str, Callable[[], None]]:
    """The reader's own group: countries picked (or a bloc's or a region's members to start from, `starts`), and
    a name, kept in ?group= and ?group_name= so the link carries it. Returns the codes and the name as the scope
    takes them, and the function that draws the builder (widgets read first, drawn where the caller places them).

    The builder is a section drawn only when opened: its country list (every UN state) would otherwise be sent
    with every page's first chart. So the group lives in plain session keys (a widget's own state is dropped on a
    run that does not draw it), copied from the widgets when they change."""
    countries = data_access.country_choices()
    kept_codes, kept_name = page.widget("group_kept"), page.widget("group_name_kept")
    codes_key, name_key, start_key = page.widget("group"), page.widget("group_name"), page.widget("group_from")
    if kept_codes not in st.session_state:
        codes, notices = url_state.parse_group(url_value(url_state.GROUP), countries)
        st.session_state[kept_codes] = list(codes)
        for notice in notices:
            add_notice(notice)
        raw_name = url_value(url_state.GROUP_NAME)
        st.session_state[kept_name] = cut_name(raw_name or "")
        if raw_name is not None and not codes:
            add_notice(interface.group_name_without_group(url_state.quoted(raw_name)))
        elif raw_name is not None and st.session_state[kept_name] != raw_name:
            add_notice(interface.group_name_cut(url_state.quoted(raw_name), GROUP_NAME_CHARS))
    else:
        url_value(url_state.GROUP)
        url_value(url_state.GROUP_NAME)
    codes = tuple(st.session_state[kept_codes])
    name = cut_name(st.session_state[kept_name]) if codes else ""
    _write_list(url_state.GROUP, list(codes))
    _write_list(url_state.GROUP_NAME, [name] if name else [])

    def keep_codes() -> None:
        st.session_state[kept_codes] = list(st.session_state[codes_key])

    def keep_name() -> None:
        st.session_state[kept_name] = st.session_state[name_key]

    def start_from() -> None:
        chosen = st.session_state[start_key]
        if chosen:
            region = chosen.removeprefix(REGION_START) if chosen.startswith(REGION_START) else None
            start = Scope(region_slug=region) if region else Scope(chosen)
            members = data_access.at(start, tables.checked_on).members or frozenset()
            st.session_state[kept_codes] = st.session_state[codes_key] = [c for c in countries if c in members]
            st.session_state[kept_name] = st.session_state[name_key] = st.session_state[kept_name] or starts[chosen]
        st.session_state[start_key] = ALL

    def draw() -> None:
        builder = section(t(interface.GROUP_BUILDER), page.widget("group_section"), expanded=bool(codes))
        if not builder.open:
            return
        with builder:
            st.session_state.setdefault(codes_key, list(st.session_state[kept_codes]))
            st.session_state.setdefault(name_key, st.session_state[kept_name])
            st.selectbox(
                t(interface.GROUP_START),
                list(starts),
                format_func=lambda b: starts[b],
                key=start_key,
                on_change=start_from,
            )
            st.multiselect(
                t(interface.GROUP_COUNTRIES),
                list(countries),
                format_func=lambda c: countries.get(c, c),
                key=codes_key,
                on_change=keep_codes,
            )
            st.text_input(t(interface.GROUP_NAME), key=name_key, max_chars=GROUP_NAME_CHARS, on_change=keep_name)

    return codes, name, draw


def _write_list(param: str, items: list[str]) -> None:
    if items:
        st.query_params[param] = ",".join(items)
    else:
        st.query_params.pop(param, None)
