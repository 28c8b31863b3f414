"""Partner map at /map: who is in, since when, in which bloc or region, and how sure we are."""
from datetime import date

import streamlit as st

from components import url_state
from components.controls import ALL, lens_controls, show_url_notices, url_choice, url_date
from components.country_detail import show_country_detail
from components.data_access import drawable_countries, marker_positions, small_state_points, table
from components.display import show_figure
from components.navigation import MAP
from components.page import setup_page
from components.partner_map import lens_map, lens_map_over_time
from components.tables import show_table
from datalayer import vocab
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, PARTNERS, REGIONS
from datalayer.domain.dates import month_ends, with_stop
from datalayer.domain.scope import lens_members_by_date
from datalayer.domain.countries import (country_choices, country_facts, country_timeline, country_view, institution_markers,
                                lens_counts, organizations_as_of, partner_rows)

FIRST_MONTH = date(2021, 3, 1)  # the China-Russia ILRS memorandum, 9 March 2021
COLOURINGS = {"status": "Status", "year": "Year of signing"}

setup_page(MAP)
partners, artemis, blocs, regions = table(PARTNERS), table(ARTEMIS_ACCORDS), table(BLOCS), table(REGIONS)
today = date.today()

lens = lens_controls("map", regions)
with st.sidebar:
    program = url_choice(st.radio, "Program", url_state.LENS, "map_lens", vocab.PROGRAM_LENSES, vocab.LENS_ILRS)
    as_of = url_date("As of", url_state.AS_OF, "map_asof", month_ends(FIRST_MONTH, today), today)
    play = st.toggle("Play control", key="map_play",
                     help="Adds ▶ Play and a month slider to the map, from March 2021 to the As of date. "
                          "Counts and tables stay on the As of date.")
    colouring = st.radio("Colour by", list(COLOURINGS), format_func=COLOURINGS.get, key="map_colouring",
                         horizontal=True)
    show_institutions = st.toggle("Institutions layer", value=True, key="map_institutions",
                                  help="A circle per host country, sized by its signed ILRS institutions.")

st.title("Partner map")
show_url_notices()
months = with_stop(month_ends(FIRST_MONTH, as_of), as_of) if play else [as_of]
members_by_date = lens_members_by_date(blocs, regions, lens.bloc, lens.region, months)
by_year = colouring == "year"
view = country_view(regions, partners, artemis, set(drawable_countries()), members_by_date[as_of], program, as_of,
                    by_year)
institutions = institution_markers(partners, marker_positions(), members_by_date) if show_institutions else None
counts = lens_counts(view, partners, as_of)

st.caption(f"{lens.scope} · as of {as_of:%d %B %Y} · {vocab.PROGRAM_LENSES[program]}")
kpi = st.columns(5)
kpi[0].metric("ILRS partner states", counts["ilrs_states"], help="Signed ILRS states in this lens and date.")
kpi[1].metric("International organizations", counts["intl_orgs"], help="Signed; no territory, so not lens-filtered.")
kpi[2].metric("Institutions in the lens", counts["institutions"], help="Signed institutions, by host country.")
kpi[3].metric("Artemis signatories", counts["artemis"])
kpi[4].metric("In both", counts["both"], help="Signed ILRS states that also signed the Artemis Accords.")

if play:
    timeline = country_timeline(regions, partners, artemis, set(drawable_countries()), members_by_date, program,
                                by_year)
    figure = lens_map_over_time(timeline, "category", program, by_year, small_state_points(), institutions)
else:
    figure = lens_map(view, "category", program, by_year, small_state_points(), institutions)
event = show_figure(figure, key="map_figure", on_select="rerun", selection_mode="points")
clicked = [p.get("location") for p in event.selection.points if p.get("location")] if event else []
st.caption("Boundaries and names follow the UN geodata shipped with plotly.js 3.4.0 and do not imply "
           "endorsement by this project. Small states are drawn as outlined dots. Geometry: "
           "static/topojson (see Data & sources).")

countries = {ALL: "Choose a country…", **country_choices(view)}
if clicked and clicked[0] in countries:
    st.session_state["map_country"] = clicked[0]
side, detail = st.columns([1, 2])
with side:
    st.markdown("**International organizations** (no territory: listed, not mapped)")
    for org in organizations_as_of(partners, as_of).itertuples():
        st.markdown(f"- [{org.name}]({org.source_url}) · {vocab.STATUS_LABELS[org.status]} · {org.date}")
with detail:
    country = url_choice(st.selectbox, "Country details", url_state.COUNTRY, "map_country", countries, ALL)
    if country:
        show_country_detail(countries[country], country_facts(country, partners, artemis, blocs))

st.subheader("Partners in this view")
show_table(partner_rows(partners, view, as_of), key="map_partners", download_name=f"ilrs_partners_{as_of}.csv")
