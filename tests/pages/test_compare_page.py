"""The comparison page's content, its As of date, scope and URL state, checked against what it renders."""

import re

from components.navigation import COMPARE
from datalayer.words.dates import written_date
from tests.conftest import data_checked_on
from tests.pages.conftest import choose_tab, figure_of, metrics, notices, open_page, section_keys, summaries_of, texts

TABS = {
    "compare_growth_tabs": ("Calendar time", "Months since launch", "New members per year"),
    "compare_composition_tabs": ("By bloc", "By UN region"),
}


def frame_with(app, column):
    """The first dataframe on the page that has `column`."""
    return next(d.value for d in app.dataframe if column in d.value.columns)


def test_compare_counts_each_coalition_with_its_lead_and_says_so():
    app = open_page(COMPARE, sections=True)
    shown = metrics(app)
    assert int(shown["ILRS member states"]) == 13
    assert shown["ILRS: share of world population"].endswith("%")
    assert shown["ILRS: UN member states"].endswith("of 193")
    assert any("China for the ILRS and the United States for the Artemis Accords" in c.value for c in app.caption)
    both = [t for t in texts(app) if t.startswith("• ")]
    assert int(shown["In both coalitions"]) == len(both) and any(t.startswith("• Thailand") for t in both)


def test_only_the_then_and_now_and_the_first_growth_chart_are_drawn_until_a_section_is_opened():
    app = open_page(COMPARE)
    charts = [c.key for c in app.get("plotly_chart")]
    assert charts == ["compare_since_chart", "compare_membership_chart"] and not app.dataframe
    assert not app.get("code")
    assert {"compare_milestones_section", "compare_facts_section", "compare_citation_section"} <= section_keys(app)
    app.session_state["compare_milestones_section"] = True
    app.run()
    assert len(app.get("plotly_chart")) == 3
    assert re.match(r"ILRS: \d+ of \d+ milestones done", summaries_of(app)[-1])


def test_every_chart_has_its_summary_in_order():
    app = open_page(COMPARE, sections=True)
    summaries = set()
    for key, labels in TABS.items():
        for label in labels:
            choose_tab(app, key, label)
            assert len(summaries_of(app)) == len(app.get("plotly_chart")) == 5, label
            summaries |= set(summaries_of(app))
        choose_tab(app, key, labels[0])
    assert len(summaries) == 8
    assert (
        summaries_of(app)[0].startswith("On ")
        and f"on {written_date(data_checked_on())}, 13 and" in (summaries_of(app)[0])
    )
    assert summaries_of(app)[1].startswith(f"As of {written_date(data_checked_on())}, the ILRS had 13 member states")


def test_space_powers_in_neither_coalition_are_named():
    app = open_page(COMPARE, sections=True)
    powers = frame_with(app, "stands").set_index("iso3")
    assert set(powers.index[powers["stands"] == "Neither"]) == {"IRN", "PRK"}
    assert powers.loc["CHN", "stands"] == "ILRS only" and powers.loc["USA", "stands"] == "Artemis only"
    assert any("In neither coalition" in t and "Korea" in t for t in texts(app))


def test_asof_parameter_rolls_every_count_back():
    now, then = open_page(COMPARE), open_page(COMPARE, {"asof": "2022-12-31"}, sections=True)
    assert int(metrics(then)["ILRS member states"]) == 2  # China and Russia
    assert int(metrics(then)["Artemis Accords signatories"]) < int(metrics(now)["Artemis Accords signatories"])
    calendar = figure_of(then, 1)  # after the then-and-now chart
    assert max(max(t["x"]) for t in calendar["data"]).startswith("2022-12-31")
    table = next(m.value for m in then.markdown if m.value.startswith("| Fact |"))
    assert "1 partner state" in table


def test_bloc_scope_narrows_composition_and_is_written_to_the_url():
    app = open_page(COMPARE, sections=True)
    app.selectbox(key="compare_bloc").set_value("au").run()
    assert app.query_params["bloc"] == "au"
    split = frame_with(app, "lean")
    # Every bloc counts only the scope's members: its own, the African Union, holds all of them, four ways.
    au = split[split["group"] == "African Union"].set_index("part")["states"]
    assert au.sum() == 55 and au["ilrs_only"] + au["both"] == int(metrics(app)["ILRS member states"])


def test_key_facts_give_a_source_for_every_cell_and_downloads_exist():
    app = open_page(COMPARE, sections=True)
    table = next(m.value for m in app.markdown if m.value.startswith("| Fact |"))
    rows = table.splitlines()[2:]
    assert len(rows) >= 10
    for row in rows:
        for cell in row.strip("|").split(" | ")[1:]:
            assert " — *" in cell or cell == "–", cell  # every cell ends with its source; '–': not this program's
    assert "Legal nature" in table and "non" in table
    # Every exhibit's data and the space powers and key facts can be downloaded.
    assert len(app.get("download_button")) >= 9


def test_bad_asof_is_ignored_with_a_notice():
    app = open_page(COMPARE, {"asof": "2019-13-01"})
    assert "?asof=2019-13-01" in notices(app)
    assert metrics(app)["In both coalitions"] == metrics(open_page(COMPARE))["In both coalitions"]


def test_a_bloc_without_an_ilrs_member_draws_every_tab():
    app = open_page(COMPARE, {"bloc": "eu"}, sections=True)
    for label in TABS["compare_growth_tabs"]:
        choose_tab(app, "compare_growth_tabs", label)
        assert not app.exception and not app.error, label
        if label == "Months since launch":
            assert any(t.startswith("The ILRS had no member state in this scope") for t in texts(app))


def test_the_bottom_line_stands_above_the_first_chart_in_words():
    app = open_page(COMPARE, {"bloc": "au"})
    lines = [t for t in texts(app) if t.startswith("▸ ")]
    # One rule for the comparison, said first: both coalitions with their leads (here, neither is in the scope).
    assert lines[0] == (
        "▸ Within the African Union, counting each coalition with its lead, the ILRS has 3 member "
        "states and the Artemis Accords 6 signatories (China and the United States are not in the "
        "African Union)."
    )
    assert any(line.startswith("▸ Against its own targets, which count partners without China") for line in lines)
    assert any("of the world's population" in line for line in lines)
    assert [c.key for c in app.get("plotly_chart")][0] == "compare_since_chart"  # the words come before it


def test_a_group_in_the_address_is_the_scope_its_codes_are_checked_and_its_name_stays_text():
    app = open_page(COMPARE, {"group": "bra, IND,zaf,EGY,XX", "group_name": "<b>Our *four*</b>"})
    said = " ".join(texts(app))
    assert "Within the group '<b>Our *four*</b>', counting each coalition with its lead" in said
    assert "XX is not a country code" in notices(app)
    assert app.query_params["group"] == "BRA,IND,ZAF,EGY"  # read in any case, written back as codes
    assert any(r" · Group\: \<b\>Our \*four\*\</b\>" in c.value for c in app.caption)  # Markdown escaped
    assert app.selectbox(key="compare_bloc").disabled  # the group stands in for the bloc


def test_a_five_thousand_character_group_name_is_cut_where_slides_can_carry_it():
    app = open_page(COMPARE, {"group": "SEN,MLI", "group_name": "Sahel " * 900})
    said = " ".join(texts(app))
    assert "the group 'Sahel Sahel" in said and "Sahel " * 8 not in said and "…'" in said


def test_the_group_builder_starts_from_a_bloc_then_takes_and_drops_countries_and_the_link_follows():
    app = open_page(COMPARE)
    assert not app.multiselect  # drawn only when opened: the first chart does not wait for 200 countries
    app.session_state["compare_group_section"] = True
    app.run()
    app.selectbox(key="compare_group_from").set_value("asean").run()
    asean = app.query_params["group"].split(",")
    assert len(asean) == 11 and app.query_params["group_name"] == "ASEAN"
    app.multiselect(key="compare_group").unselect(asean[0]).select("CHN").run()
    assert app.query_params["group"].split(",") == [*asean[1:], "CHN"]
    app.text_input(key="compare_group_name").set_value("ASEAN and China").run()
    assert app.query_params["group_name"] == "ASEAN and China"
    assert "Within the group 'ASEAN and China', counting each coalition" in " ".join(texts(app))
    app.session_state["compare_group_section"] = False
    app.run()
    assert app.query_params["group_name"] == "ASEAN and China"  # a closed builder keeps the group
