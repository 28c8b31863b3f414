"""Method at /methods: what counts, how the data is checked, what a scope is, and why officials' figures differ."""

import streamlit as st

from components.data_access import method_model, reconciliation_model
from components.exhibits import show_exhibit
from components.markdown import escaped
from components.navigation import METHODS
from components.page import show_frame, start_page
from components.presenting.briefing_tools import show_briefing_tools
from components.tables import show_table
from components.widgets.controls import show_notices
from components.widgets.sections import section
from datalayer.viewmodels.method import USES as METHOD_USES
from datalayer.viewmodels.reconciliation import RECONCILIATION
from datalayer.words import interface
from datalayer.words.translation import t

data = start_page(METHODS, METHOD_USES)
page = method_model()
reconciled = reconciliation_model(data.checked_on)
show_frame(METHODS, data, reconciled.exhibits)
show_notices(st.container())

st.header(t(interface.HOW_TO_READ_THE_NUMBERS))
for heading, text in page.method:
    st.markdown(f"**{escaped(heading)}**")
    st.text(text)

st.header(t(interface.WHY_COUNTS_DIFFER))
show_exhibit(reconciled.exhibit(RECONCILIATION))
names = section(t(interface.EVERY_NAME_AND_WHY), METHODS.widget("names_section"))
if names.open:
    with names:
        show_table(reconciled.names, key=METHODS.widget("names"), download_name="ilrs-tracker_reconciliation.csv")

st.header(t(interface.SCOPES))
show_table(page.scopes, key=METHODS.widget("scopes"), download=False, named_links=("scope",), prose=("definition",))

st.header(t(interface.HOW_THE_DATA_IS_CHECKED))
checking = section(t(interface.WRITTEN_METHOD), METHODS.widget("checking_section"))
if checking.open:
    with checking:
        st.markdown(page.checking)  # our own document, not data from a source
show_table(page.checks, key=METHODS.widget("checks"), download_name="checks.csv", prose=("searched", "found"))

show_briefing_tools(METHODS, data.checked_on)
