"""On every page: the briefing pack of the current scope and As of date, and the link and citation of exactly
what is on screen. Files are built only when the reader clicks."""

from __future__ import annotations

import os
from datetime import date
from urllib.parse import urlencode

import streamlit as st

from components import data_access
from components.markdown import escaped
from components.navigation import Page
from components.widgets.language import draw_language_picker
from components.widgets.sections import section
from datalayer.domain.scope import Scope
from datalayer.viewmodels.briefing import embed_snippet, pack_file_name, shareable_address
from datalayer.viewmodels.country import CountryModel, country_pack_file_name
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.words import interface
from datalayer.words.pack_lines import citation
from datalayer.words.translation import t
from figures import export
from figures.country_pack import country_pptx
from figures.pack import briefing_pptx

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
# Where the dashboard is published (https://…): a pack made on this computer cites the view there, not on localhost.
PUBLIC_URL_VARIABLE = "ILRS_PUBLIC_URL"


def current_address() -> str:
    """The address of exactly what is on screen: the page's URL with every parameter the widgets wrote."""
    base = st.context.url or ""
    query = urlencode(st.query_params.to_dict())
    return f"{base}?{query}" if query else base


def pack_bytes(scope: Scope, as_of: date, address: str, extra: tuple[Exhibit, ...] = ()) -> bytes:
    renderer = data_access.image_renderer()
    return briefing_pptx(
        data_access.briefing_for(scope, as_of, extra), address, lambda exhibit: export.chart_picture(renderer, exhibit)
    )


def country_pack_bytes(profile: CountryModel, checked_on: date, address: str) -> bytes:
    renderer = data_access.image_renderer()
    return country_pptx(profile, checked_on, address, lambda exhibit: export.chart_picture(renderer, exhibit))


def show_briefing_tools(
    page: Page,
    checked_on: date,
    scope: Scope | None = None,
    as_of: date | None = None,
    extra: tuple[Exhibit, ...] = (),
    country: CountryModel | None = None,
) -> None:
    """Call last on a page: the address includes every parameter the page's widgets wrote. Without a scope or
    date, the pack is for the world as of the data's check; `extra` exhibits (a scenario) get slides too; with a
    `country`, the pack is that country's."""
    draw_language_picker()  # before the address is read: the picker writes ?lang=
    scope, as_of = scope or Scope(), as_of or checked_on
    on_screen = current_address()
    address = shareable_address(on_screen, os.environ.get(PUBLIC_URL_VARIABLE, ""))
    st.divider()
    st.subheader(t(interface.TAKE_IT_TO_THE_ROOM))
    left, right = st.columns([1, 2])
    with left:
        problem = export.unavailable()
        if problem:
            st.warning(problem, icon=":material/error:")
        if country is not None:
            st.download_button(
                f"{country.name} briefing pack (PowerPoint)",
                lambda: country_pack_bytes(country, checked_on, address),
                file_name=country_pack_file_name(country.iso3, country.as_of),
                mime=PPTX,
                key=page.widget("country_pack"),
                icon=":material/slideshow:",
                on_click="ignore",
                disabled=problem is not None,
                help=t(interface.COUNTRY_PACK_CONTENTS),
            )
        st.download_button(
            t(interface.BRIEFING_PACK),
            lambda: pack_bytes(scope, as_of, address, extra),
            file_name=pack_file_name(scope, as_of, "pptx"),
            mime=PPTX,
            key=page.widget("briefing_pack"),
            icon=":material/slideshow:",
            on_click="ignore",
            disabled=problem is not None,
            help=escaped(interface.pack_help(scope.label, as_of)),
        )
    with right:
        # Drawn when opened: the code boxes' highlighter is the browser's largest chunk after Plotly's.
        cite = section(t(interface.LINK_AND_CITATION), page.widget("citation_section"))
        if cite.open:
            with cite:
                # Wrapped: a long address (scope, As of, since) would make a box that scrolls, which a keyboard
                # cannot reach (axe: scrollable-region-focusable).
                st.code(on_screen, language=None, wrap_lines=True)
                st.code(citation(checked_on, address, date.today()), language=None, wrap_lines=True)
                st.caption(t(interface.EMBED_INSTRUCTIONS))
                st.code(embed_snippet(address), language="html", wrap_lines=True)
