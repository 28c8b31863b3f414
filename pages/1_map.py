"""Partner map at /map: who is in, since when, in which bloc or region, and how sure we are."""
from datetime import date

import streamlit as st

from components.data_access import country_detail, map_page
from components.exhibits import show_exhibit, show_kpis
from components.markdown import escaped
from components.navigation import MAP
from components.page import show_currency, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.presenting.presenter import present, presenting, show_present_button
from components.tables import show_table
from components.widgets import url_state
from components.widgets.controls import ALL, scope_controls, show_notices, url_choice, url_date, url_toggle
from components.widgets.sections import section
from datalayer import vocab
from datalayer.views.map import USES as MAP_USES
from datalayer.views.map import MapOptions, as_of_stops

data = start_page(MAP, MAP_USES)
scope = scope_controls("map", data)
with st.sidebar:
    view = url_choice(st.radio, "View", url_state.VIEW, "map_view", vocab.PROGRAM_VIEWS, vocab.VIEW_ILRS,
                      alias=url_state.LENS_ALIAS)
    as_of = url_date("As of", url_state.AS_OF, "map_asof", as_of_stops(date.today()), data.checked_on)
    play = url_toggle("Play control", url_state.PLAY, "map_play", False,
                      help="Adds ▶ Play and a month slider to the map, from March 2021 to the As of date. "
                           "Counts and tables stay on the As of date.")
    colouring = url_choice(st.radio, "Colour by", url_state.COLOURING, "map_colouring", vocab.COLOURINGS,
                           vocab.BY_STATUS, horizontal=True)
    institutions = url_toggle("Institutions layer", url_state.INSTITUTIONS, "map_institutions", True,
                              help="A circle per host country, sized by its signed ILRS institutions.")

page = map_page(scope, as_of, MapOptions(view, colouring, play, institutions))
if presenting():
    present("map", page.exhibits)
st.title("Partner map")
show_currency(data)
show_present_button("map", page.exhibits)
notices = st.container()
show_kpis(page.kpis)
[exhibit] = page.exhibits
event = show_exhibit(exhibit, on_select="rerun", selection_mode="points")
st.caption("Boundaries and names follow the UN geodata shipped with plotly.js 3.4.0 and do not imply "
           "endorsement by this project. Small states are drawn as outlined dots.")

countries = {ALL: "Choose a country…", **page.country_choices}
clicked = [p.get("location") for p in event.selection.points if p.get("location")] if event else []
if clicked and clicked[0] in countries:
    st.session_state["map_country"] = clicked[0]
country = url_choice(st.selectbox, "Country details", url_state.COUNTRY, "map_country", countries, ALL)
if country:
    facts = country_detail(country, countries[country])
    st.subheader(escaped(facts.name), anchor=False)  # a name from the data: shown as written
    for index, (title, rows) in enumerate(facts.sections):
        st.markdown(f"**{escaped(title)}**")
        if rows.empty:
            st.caption("None on record.")
        else:
            show_table(rows, key=f"map_detail_{index}", download=False)
show_notices(notices, page.notices)  # after every URL-bound widget has read its parameter

partners = section("Partners in this view", "map_partners_section")
if partners.open:
    with partners:
        show_table(page.partners, key="map_partners",
                   download_name=f"ilrs-tracker_partners_{scope.slug}_{as_of}.csv")

organizations = section("International organizations (no territory: listed, not mapped)",
                        "map_organizations_section")
if organizations.open:
    with organizations:
        show_table(page.organizations, key="map_organizations", download=False)

show_briefing_tools("map", data.checked_on, scope, as_of)
