"""ILRS vs Artemis at /compare: how big, how fast, who, how much of the world, who is in both."""
from datetime import date

import streamlit as st

from components.charts.compare import cumulative_figure, per_year_figure
from components.controls import lens_controls, show_url_notices
from components.data_access import table
from components.display import show_figure
from components.navigation import COMPARE
from components.page import setup_page
from components.tables import show_table
from datalayer import compare, vocab
from datalayer.datasets import ARTEMIS_ACCORDS, BLOCS, COUNTRY_INDICATORS, PARTNERS, REGIONS
from datalayer.lens import lens_members, within

setup_page(COMPARE)
partners, artemis, blocs = table(PARTNERS), table(ARTEMIS_ACCORDS), table(BLOCS)
regions, indicators = table(REGIONS), table(COUNTRY_INDICATORS)
today = date.today()

lens = lens_controls("compare", regions)
st.title("ILRS vs Artemis Accords")
show_url_notices()
members = lens_members(blocs, regions, lens.bloc, lens.region, today)
ilrs = within(compare.ilrs_signed_states(partners), members)
accords = within(artemis, members)

counts = st.columns(3)
counts[0].metric("ILRS partner states (signed)", len(ilrs))
counts[1].metric("Artemis Accords signatories", len(accords))
both = compare.overlap(ilrs, accords)
counts[2].metric("In both", len(both))

over_time = compare.membership_over_time(ilrs, accords, today)
calendar, aligned = st.tabs(["Calendar time", "Months since launch"])
with calendar:
    show_figure(cumulative_figure(over_time, x="date", count="count", program="program", x_title="Date"),
                key="compare_calendar")
with aligned:
    show_figure(cumulative_figure(over_time, x="months_since_launch", count="count", program="program",
                                  x_title="Months since the first signing"), key="compare_aligned")
show_figure(per_year_figure(compare.new_per_year(ilrs, accords), year="year", value="new_members",
                            program="program"), key="compare_per_year")

st.subheader("In both coalitions")
for row in both.itertuples():
    st.markdown(f"- **{row.country}**: ILRS {row.ilrs_signed}, Artemis Accords {row.artemis_signed} "
                f"({row.first} first)")
show_table(both, key="compare_overlap", download_name="ilrs_artemis_overlap.csv")

st.subheader("Weight in the world")
weight = st.columns(2)
for column, (label, iso3s) in zip(weight, ((vocab.PROGRAM_LABELS[vocab.ILRS], set(ilrs["iso3"])),
                                          (vocab.PROGRAM_LABELS[vocab.ARTEMIS], set(accords["iso3"])))):
    shares = compare.world_shares(iso3s, indicators)
    column.metric(f"{label}: share of world population", f"{shares['population']:.1%}")
    column.metric(f"{label}: share of world GDP", f"{shares['gdp']:.1%}",
                  help=f"World Bank {shares['year']}; economies without a GDP value count as zero.")
    column.dataframe(compare.composition(iso3s, regions), hide_index=True, key=f"compare_regions_{label}")
