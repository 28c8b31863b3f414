"""Country profiles at /country?iso3=EGY: where one country stands in both coalitions, who signed, why, since when."""

import streamlit as st

from components.data_access import country_choices, country_model
from components.exhibits import show_exhibit
from components.markdown import escaped
from components.navigation import COUNTRY
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.widgets import url_state
from components.widgets.controls import ALL, group_only_controls, show_notices, url_choice
from datalayer.viewmodels.country import USES as COUNTRY_USES
from datalayer.words import interface
from datalayer.words.translation import t

data = start_page(COUNTRY, COUNTRY_USES)
choices = {ALL: t(interface.CHOOSE_A_COUNTRY), **country_choices()}
with st.sidebar:  # as every page's controls: the title and the check date stay on top
    iso3 = url_choice(
        st.selectbox, t(interface.COUNTRY_PICKER_LABEL), url_state.ISO3, COUNTRY.widget("iso3"), choices, ALL
    )
    group = group_only_controls(COUNTRY, data)
profile = country_model(iso3, data.checked_on, group) if iso3 else None
show_frame(COUNTRY, data, profile.exhibits if profile else ())
show_notices(st.container())
if not profile:
    st.text(t(interface.COUNTRY_PICKER_PROMPT))
if profile:
    st.header(escaped(profile.name), anchor=False)  # a name from the data: shown as written
    st.text(profile.summary)
    for exhibit in profile.exhibits:
        show_exhibit(exhibit)
show_briefing_tools(COUNTRY, data.checked_on, country=profile)
