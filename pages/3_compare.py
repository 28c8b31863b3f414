"""ILRS vs Artemis at /compare: how big, how fast, who, how much of the world, who is in both."""
from datetime import date

import streamlit as st

from components import url_state
from components.charts.compare import (cumulative_figure, milestone_timeline_figure, per_year_figure,
                                       share_bars_figure)
from components.controls import lens_controls, show_url_notices, url_date
from components.data_access import drawable_countries, marker_positions, small_state_points, table
from components.display import show_figure
from components.key_facts import show_key_facts
from components.navigation import COMPARE
from components.page import setup_page
from components.partner_map import overlap_map_with_space_powers
from components.tables import show_table
from datalayer import vocab
from datalayer.domain import compare
from datalayer.domain.dates import dated_rows, month_ends
from datalayer.loading.datasets import (ARTEMIS_ACCORDS, BLOCS, COUNTRY_INDICATORS, MILESTONES, PARTNERS, PROGRAM_FACTS,
                                REGIONS, REPORTED_COUNTS, SPACE_POWERS, TARGETS, UN_MEMBER_STATES)
from datalayer.domain.key_facts import key_facts
from datalayer.domain.scope import lens_members, within
from datalayer.domain.countries import country_view

FIRST_MONTH = date(2020, 10, 1)  # the Artemis Accords, 13 October 2020: the older of the two
ILRS_LABEL, ARTEMIS_LABEL = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]

setup_page(COMPARE)
partners, artemis, blocs = table(PARTNERS), table(ARTEMIS_ACCORDS), table(BLOCS)
regions, indicators, un_members = table(REGIONS), table(COUNTRY_INDICATORS), table(UN_MEMBER_STATES)
today = date.today()

lens = lens_controls("compare", regions)
with st.sidebar:
    as_of = url_date("As of", url_state.AS_OF, "compare_asof", month_ends(FIRST_MONTH, today), today)

st.title("ILRS vs Artemis Accords")
show_url_notices()
st.caption(f"{lens.scope} · as of {as_of:%d %B %Y} · states only: ILRS counts signed states, the Accords are "
           "signed by governments")
members = lens_members(blocs, regions, lens.bloc, lens.region, as_of)
ilrs = within(compare.ilrs_signed_states(partners, as_of), members)
accords = within(dated_rows(artemis, as_of), members)
coalitions = {ILRS_LABEL: set(ilrs["iso3"]), ARTEMIS_LABEL: set(accords["iso3"])}
both = compare.overlap(ilrs, accords)
powers = compare.space_power_alignment(within(table(SPACE_POWERS), members), ilrs, accords)
un_share = {label: compare.un_member_share(iso3s, un_members, as_of) for label, iso3s in coalitions.items()}

kpi = st.columns(5)
kpi[0].metric("ILRS partner states (signed)", len(ilrs))
kpi[1].metric("Artemis Accords signatories", len(accords))
kpi[2].metric("In both", len(both))
for column, label in zip(kpi[3:], coalitions):
    column.metric(f"UN share, {label.split()[0]}", f"{un_share[label]['share']:.1%}",
                  help=f"{un_share[label]['members']} of the {un_share[label]['un_members']} UN member states on "
                       "the date (data/un_member_states.csv).")

st.subheader("Growth")
over_time = compare.membership_over_time(ilrs, accords, as_of)
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
listed, pictured = st.columns([2, 3])
with listed:
    for row in both.itertuples():
        st.markdown(f"- **{row.country}**: ILRS {row.ilrs_signed}, Artemis Accords {row.artemis_signed} "
                    f"({row.first} first)")
    if both.empty:
        st.caption("No state in this lens had signed both by the date.")
with pictured:
    view = country_view(regions, partners, artemis, set(drawable_countries()), members, vocab.LENS_OVERLAP, as_of)
    show_figure(overlap_map_with_space_powers(view, small_state_points(),
                                              compare.space_power_markers(powers, marker_positions())),
                key="compare_overlap_map")
show_table(both, key="compare_overlap", download_name=f"ilrs_artemis_overlap_{as_of}.csv")

st.subheader("Space powers")
st.markdown(f"States that put a satellite in orbit on their own launcher: **{len(powers)}** in this lens. "
            f"In neither coalition on the date: **{', '.join(compare.space_powers_in_neither(powers)) or 'none'}**.")
show_table(powers, key="compare_space_powers", download_name=f"space_powers_{as_of}.csv",
           caption="Source per row: data/space_powers.csv (first orbital launch, UTC date).")

st.subheader("Weight in the world")
weight = st.columns(2)
for column, (label, iso3s) in zip(weight, coalitions.items()):
    shares = compare.world_shares(iso3s, indicators)
    column.metric(f"{label}: share of world population", f"{shares['population']:.1%}")
    column.metric(f"{label}: share of world GDP", f"{shares['gdp']:.1%}",
                  help=f"World Bank {shares['year']}; economies without a GDP value count as zero.")
    column.metric(f"{label}: UN member states", f"{un_share[label]['members']} of {un_share[label]['un_members']}")
st.caption(f"Population and GDP: World Bank, data year {shares['year']} (CC BY 4.0). UN membership: "
           "data/un_member_states.csv.")

st.subheader("Composition")
by_bloc, by_region = st.tabs(["By bloc", "By UN region"])
for tab, groups, name in ((by_bloc, compare.bloc_groups(blocs, as_of), "bloc"),
                          (by_region, compare.region_groups(regions), "region")):
    with tab:
        composition = compare.composition(coalitions, groups)
        show_figure(share_bars_figure(composition, group="group", share="share", members="members",
                                      program="program", title=f"Members by {name}: count and share"),
                    key=f"compare_{name}_bars")
        show_table(compare.composition_side_by_side(composition), key=f"compare_{name}",
                   download_name=f"composition_by_{name}_{as_of}.csv",
                   caption="A state can belong to several blocs, so shares need not add up to 100%.")

st.subheader("Key facts")
facts = key_facts(table(PROGRAM_FACTS), table(TARGETS), within(partners, members), within(artemis, members),
                  table(REPORTED_COUNTS), as_of)
show_key_facts(facts, key="compare_facts", download_name=f"key_facts_{as_of}.csv")
st.caption("Descriptions are current to data/program_facts.csv; counts and official figures follow the As of "
           "date and the lens.")

st.subheader("Milestones")
timeline = compare.milestone_timeline(table(MILESTONES))
show_figure(milestone_timeline_figure(timeline, date="date_start", lane="program_label", label="title",
                                      status="date_status", done="done", hover=["source"],
                                      marker_at=as_of), key="compare_milestones")
with st.expander("Milestones as a table"):
    show_table(timeline.drop(columns=["program", "date_start"]), key="compare_milestone_rows",
               download_name="milestones.csv")
