"""Partner map at /map: who is in, since when, in which bloc or region, and how sure we are."""

from datetime import date

import streamlit as st

from components.data_access import country_detail, map_model
from components.exhibits import show_exhibit, show_tiles
from components.markdown import escaped
from components.navigation import COUNTRY, MAP
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.tables import show_table
from components.widgets import url_state
from components.widgets.controls import (
    ALL,
    LaterWidgets,
    as_of_control,
    scope_controls,
    show_notices,
    url_choice,
    url_toggle,
)
from components.widgets.sections import section
from datalayer import vocab
from datalayer.viewmodels.map import USES as MAP_USES
from datalayer.viewmodels.map import MapOptions, as_of_stops
from datalayer.words import interface
from datalayer.words.cldr import country_names
from datalayer.words.translation import t

data = start_page(MAP, MAP_USES)
sidebar = LaterWidgets()  # read now, drawn last: the map does not wait for the widgets' code
scope = scope_controls(MAP, data, sidebar)
view = url_choice(
    st.radio,
    t(interface.VIEW),
    url_state.VIEW,
    MAP.widget("view"),
    vocab.PROGRAM_VIEWS,
    vocab.VIEW_ILRS,
    alias=url_state.LENS_ALIAS,
    later=sidebar,
)
as_of = as_of_control(MAP, as_of_stops(date.today()), data.checked_on, sidebar)
play = url_toggle(
    t(interface.PLAY_CONTROL),
    url_state.PLAY,
    MAP.widget("play"),
    False,
    later=sidebar,
    help=t(interface.PLAY_HELP),
)
colouring = url_choice(
    st.radio,
    t(interface.COLOUR_BY),
    url_state.COLOURING,
    MAP.widget("colouring"),
    vocab.COLOURINGS,
    vocab.BY_STATUS,
    horizontal=True,
    later=sidebar,
)
institutions = url_toggle(
    t(interface.INSTITUTIONS_LAYER),
    url_state.INSTITUTIONS,
    MAP.widget("institutions"),
    MapOptions.institutions,
    later=sidebar,
    help=t(interface.INSTITUTIONS_LAYER_HELP),
)

page = map_model(scope, as_of, MapOptions(view, colouring, play, institutions))
show_frame(MAP, data, page.exhibits)
notices = st.container()
show_tiles(page.tiles)
if page.caveats:
    st.caption(escaped(page.caveats))
exhibit, tiles = page.exhibits
event = show_exhibit(exhibit, on_select="rerun", selection_mode="points")
st.caption(t(interface.MAP_BOUNDARIES_NOTE))
equal_tiles = section(t(interface.EQUAL_TILES), MAP.widget("tiles_section"))
if equal_tiles.open:
    with equal_tiles:
        show_exhibit(tiles)

countries = {ALL: t(interface.CHOOSE_A_COUNTRY), **country_names(page.country_choices)}
clicked = [p.get("location") for p in event.selection.points if p.get("location")] if event else []
if clicked and clicked[0] in countries:
    st.session_state[MAP.widget("country")] = clicked[0]
details_box = LaterWidgets(into=st.container())
country = url_choice(
    st.selectbox, "Country details", url_state.COUNTRY, MAP.widget("country"), countries, ALL, later=details_box
)
if country:
    facts = country_detail(country, countries[country])
    st.subheader(escaped(facts.name), anchor=False)  # a name from the data: shown as written
    st.link_button(
        t(interface.OPEN_COUNTRY_PROFILE), f"/{COUNTRY.url_path}?{url_state.ISO3}={country}", icon=":material/flag:"
    )
    for index, (title, rows) in enumerate(facts.sections):
        st.markdown(f"**{escaped(title)}**")
        if rows.empty:
            st.caption(t(interface.NONE_ON_RECORD))
        else:
            show_table(rows, key=MAP.widget(f"detail_{index}"), download=False)
show_notices(notices, page.notices)  # after every URL-bound widget has read its parameter

partners = section(t(interface.PARTNERS_IN_SCOPE), MAP.widget("partners_section"))
if partners.open:
    with partners:
        show_table(
            page.partners, key=MAP.widget("partners"), download_name=f"ilrs-tracker_partners_{scope.slug}_{as_of}.csv"
        )

organizations = section(t(interface.ORGANIZATIONS_LISTED_NOT_MAPPED), MAP.widget("organizations_section"))
if organizations.open:
    with organizations:
        show_table(page.organizations, key=MAP.widget("organizations"), download=False)

sidebar.draw()  # last: see LaterWidgets
details_box.draw()
show_briefing_tools(MAP, data.checked_on, scope, as_of)
