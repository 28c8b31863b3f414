"""Country profiles at /country?iso3=EGY: where one country stands in both coalitions, who signed, since when."""
import streamlit as st

from components.data_access import country_choices, country_profile
from components.exhibits import show_exhibit
from components.markdown import escaped
from components.navigation import COUNTRY
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.tables import show_table
from components.widgets import url_state
from components.widgets.controls import ALL, show_notices, url_choice
from datalayer.viewmodels.country import USES as COUNTRY_USES

data = start_page(COUNTRY, COUNTRY_USES)
choices = {ALL: "Choose a country…", **country_choices()}
with st.sidebar:  # as every page's controls: the title and the check date stay on top
    iso3 = url_choice(st.selectbox, "Country (type to search)", url_state.ISO3, COUNTRY.widget("iso3"), choices,
                      ALL)
profile = country_profile(iso3, data.checked_on) if iso3 else None
show_frame(COUNTRY, data, (profile.timeline,) if profile and profile.timeline else ())
show_notices(st.container())
if not profile:
    st.text("Choose a country in the sidebar: every UN member and observer state, with a tie or without.")
if profile:
    st.header(escaped(profile.name), anchor=False)  # a name from the data: shown as written
    st.text(profile.summary)
    st.subheader("Standing in both programs")
    show_table(profile.standing, key=COUNTRY.widget("standing"), download_name=f"ilrs-tracker_{iso3}_standing.csv")
    if profile.timeline:
        show_exhibit(profile.timeline)
    for title, table, key in (("Its institutions with ILRS ties", profile.institutions, "institutions"),
                              ("Its blocs, and how their members stand", profile.blocs, "blocs"),
                              ("Officials' lists that name it", profile.named_by, "named_by")):
        st.subheader(title)
        if table.empty:
            st.caption("None on record.")
        else:
            show_table(table, key=COUNTRY.widget(key), download=False)
show_briefing_tools(COUNTRY, data.checked_on)
