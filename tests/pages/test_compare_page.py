"""The comparison page's content, its As of date, lens and URL state, checked against what it renders."""
from components.navigation import COMPARE
from tests.pages.conftest import figure_of, open_page


def metrics(app):
    return {m.label: m.value for m in app.metric}


def frame_with(app, column):
    """The first dataframe on the page that has `column`."""
    return next(d.value for d in app.dataframe if column in d.value.columns)


def test_compare_names_overlap_states_and_weights():
    app = open_page(COMPARE)
    overlap = frame_with(app, "first")
    assert {"Thailand", "Senegal"} <= set(overlap["country"])
    shown = metrics(app)
    assert int(shown["In both"]) == len(overlap)
    assert shown["ILRS: share of world population"].endswith("%")
    assert shown["ILRS: UN member states"].endswith("of 193")


def test_space_powers_in_neither_coalition_are_named():
    app = open_page(COMPARE)
    powers = frame_with(app, "stands").set_index("iso3")
    assert set(powers.index[powers["stands"] == "Neither"]) == {"IRN", "PRK"}
    assert powers.loc["CHN", "stands"] == "ILRS only" and powers.loc["USA", "stands"] == "Artemis only"
    assert any("In neither coalition" in m.value and "Korea" in m.value for m in app.markdown)


def test_asof_parameter_rolls_every_count_back():
    now, then = open_page(COMPARE), open_page(COMPARE, {"asof": "2022-12-31"})
    assert int(metrics(then)["ILRS partner states (signed)"]) == 2
    assert int(metrics(then)["Artemis Accords signatories"]) < int(metrics(now)["Artemis Accords signatories"])
    assert frame_with(then, "first").empty  # nobody had signed both by the end of 2022
    # The calendar chart stops at the date.
    calendar = figure_of(then, 0)
    assert max(max(t["x"]) for t in calendar["data"]).startswith("2022-12-31")
    table = next(m.value for m in then.markdown if m.value.startswith("| Fact |"))
    assert "2 states" in table


def test_bloc_lens_narrows_composition_and_is_written_to_the_url():
    app = open_page(COMPARE)
    app.selectbox(key="compare_bloc").set_value("au").run()
    assert app.query_params["bloc"] == "au"
    composition = frame_with(app, "ILRS share %").set_index("group")
    assert composition.loc["African Union", "ILRS share %"] == 100.0
    assert int(metrics(app)["ILRS partner states (signed)"]) == composition.loc["African Union", "ILRS members"]


def test_key_facts_give_a_source_for_every_cell_and_downloads_exist():
    app = open_page(COMPARE)
    table = next(m.value for m in app.markdown if m.value.startswith("| Fact |"))
    rows = table.splitlines()[2:]
    assert len(rows) >= 10
    for row in rows:
        for cell in row.strip("|").split(" | ")[1:]:
            assert " — *" in cell, cell  # every cell ends with its source
    assert "Legal nature" in table and "non-binding" in table
    # Overlap, space powers, bloc and region composition, key facts, milestones: each can be downloaded.
    assert len(app.get("download_button")) >= 6


def test_bad_asof_is_ignored_with_a_notice():
    app = open_page(COMPARE, {"asof": "2019-13-01"})
    assert any("?asof=2019-13-01" in w.value for w in app.warning)
    assert metrics(app)["In both"] == metrics(open_page(COMPARE))["In both"]
