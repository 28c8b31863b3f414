"""Growth vs targets at /growth: is ILRS on track for 50 countries, 500 institutions, 5,000 researchers?"""
from datetime import date

import streamlit as st

from components import url_state
from components.charts.growth import growth_figure
from components.controls import lens_controls, show_url_notices, url_choice
from components.data_access import table
from components.display import show_figure
from components.navigation import GROWTH
from components.page import setup_page
from components.tables import show_table
from datalayer import vocab
from datalayer.domain import growth
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, MILESTONES, PARTNERS, REGIONS, REPORTED_COUNTS, TARGETS
from datalayer.domain.scope import lens_members, within

TARGET_YEARS = ("2030", "2035", "2050")

setup_page(GROWTH)
partners, reported, targets = table(PARTNERS), table(REPORTED_COUNTS), table(TARGETS)
milestones, artemis, blocs, regions = table(MILESTONES), table(ARTEMIS_ACCORDS), table(BLOCS), table(REGIONS)
today = date.today()
basic_station = str(growth.default_target_year(milestones))

lens = lens_controls("growth", regions)
with st.sidebar:
    overlay_on = st.toggle("Overlay Artemis Accords signatories", value=False, key="growth_overlay")

st.title("Growth vs targets")
controls = st.columns([2, 2, 1])
with controls[0]:
    metric = url_choice(st.radio, "Panel", url_state.METRIC, "growth_metric",
                        {m: vocab.METRIC_LABELS[m] for m in growth.PANEL_METRICS}, vocab.COUNTRIES, horizontal=True)
with controls[1]:
    rule = url_choice(st.radio, "Counting rule (countries panel)", url_state.RULE, "growth_rule",
                      growth.COUNTING_RULES, growth.STATES_ONLY, horizontal=True)
with controls[2]:
    years = {y: f"{y} (basic station)" if y == basic_station else y for y in sorted({*TARGET_YEARS, basic_station})}
    target_year = int(url_choice(st.selectbox, "Reach target by", url_state.TARGET_YEAR, "growth_target_year",
                                 years, basic_station))

show_url_notices()  # after every URL-bound widget has parsed its parameter
members = lens_members(blocs, regions, lens.bloc, lens.region, today)
counted_rows = growth.counted_partners(partners, metric, rule)
if members is not None:  # organizations have no territory, so a country lens keeps only located partners
    counted_rows = within(counted_rows, members)
counted = growth.cumulative_series(counted_rows, "date_start", today)
claims = growth.claims_for_panel(reported, metric)
target = growth.target_for(targets, metric)
current = growth.count_on(counted, today)
pace = growth.pace_per_year(counted, today)
overlay = growth.cumulative_series(within(artemis, members), "date_start", today) if overlay_on else None

counted_label = f"Our count: signed {vocab.METRIC_LABELS[metric].lower()}" + (
    f" ({growth.COUNTING_RULES[rule].lower()})" if metric == vocab.COUNTRIES else "")
target_label = growth.target_label(target) if target is not None else ""
has_series = metric != vocab.RESEARCHERS

if not has_series:
    st.info("No public count of foreign researchers exists, so there is no counted series here: the panel "
            "shows the target and any figure an official has reported, nothing invented.")
else:
    needed = growth.needed_pace(current, int(target["value"]), today, target_year) if target is not None else None
    done = growth.progress(current, int(target["value"])) if target is not None else None
    kpi = st.columns(5)
    kpi[0].metric("Our count today", current)
    if done:
        kpi[1].metric("Progress to target", f"{done['percent']:.0f}%", delta=f"{done['remaining']:,} to go",
                      delta_color="off", delta_arrow="off")
    kpi[2].metric("Pace since first signing", f"{pace:.1f}/yr")
    kpi[3].metric("Pace, last 12 / 24 months",
                  f"{growth.pace_per_year(counted, today, 12):.1f} / {growth.pace_per_year(counted, today, 24):.1f}")
    if needed is not None:
        kpi[4].metric(f"Pace needed by end of {target_year}", f"{needed:.1f}/yr")

figure = growth_figure(
    counted if has_series else counted.iloc[0:0], date="date", count="count", counted_label=counted_label,
    claims=claims, claim_date="date_start", claim_value="value", claim_group="rule",
    claim_hover=["stated", "speaker", "quote", "source_publisher"],
    target=int(target["value"]) if target is not None else None, target_label=target_label,
    projection=growth.projection(current, today, pace, target_year) if has_series else None,
    milestones=growth.done_milestones(milestones, vocab.ILRS, today), milestone_date="date_start",
    milestone_title="title", overlay=overlay, overlay_label="Artemis Accords signatories (cumulative)",
    y_title=vocab.METRIC_LABELS[metric])
show_figure(figure, key="growth_figure")

latest = growth.latest_claim(claims)
if latest is not None:
    gap = growth.claim_gap(partners, latest, today)
    text = (f"**Latest official figure:** {latest['stated']} "
            f"{vocab.METRIC_LABELS[latest['metric']].lower()} ({latest['speaker']}, {latest['date']}).")
    if gap:
        text += (f" Our count under the same rule ({gap['rule'].lower()}) on that date: **{gap['ours']}**, a gap "
                 f"of **{gap['gap']}**. Officials count ties whose signing no public source reports, and may count "
                 "agencies or institutions as organizations; we count only signings we can source.")
    st.markdown(text)
if lens.bloc or lens.region:
    st.caption("The lens applies to our counted series; officials' claims are world totals and are not filtered.")

st.subheader("Data behind this panel")
show_table(growth.panel_table(counted, claims), key="growth_data", download_name=f"ilrs_growth_{metric}.csv")
