import pandas as pd

from datalayer.loading.integrity import reasons_of_non_members, undrawable_countries, unknown_countries

TABLES = {
    "partners": pd.DataFrame({"iso3": ["CHN", "", "XXX"]}, index=[2, 3, 4]),
    "artemis_accords": pd.DataFrame({"iso3": ["USA"]}, index=[2]),
    "blocs": pd.DataFrame({"iso3": ["BHR"]}, index=[2]),
    "country_indicators": pd.DataFrame({"iso3": ["WLD", "CHN"]}, index=[2, 3]),
    "space_powers": pd.DataFrame({"iso3": ["CHN"]}, index=[2]),
    "un_member_states": pd.DataFrame({"iso3": ["CHN"]}, index=[2]),
}


def test_unknown_codes_are_named_by_file_and_line_and_the_world_aggregate_is_allowed():
    [finding] = unknown_countries(TABLES, {"CHN", "USA", "BHR"})
    assert finding.file == "data/ilrs_partners.csv"
    assert (finding.problem.line, finding.problem.column, finding.problem.value) == (4, "iso3", "XXX")


def test_countries_without_a_shape_are_named():
    findings = undrawable_countries(TABLES, {"CHN", "USA"})
    assert {(f.file, f.problem.value) for f in findings} == {
        ("data/ilrs_partners.csv", "XXX"),
        ("data/blocs.csv", "BHR"),
    }


def test_a_reason_for_joining_needs_a_state_that_joined_that_program():
    tables = {
        "partners": pd.DataFrame(
            {"iso3": ["EGY", "ETH", "CHN"], "kind": ["state"] * 3, "status": ["signed", "announced", "lead"]},
            index=[2, 3, 4],
        ),
        "artemis_accords": pd.DataFrame({"iso3": ["USA"]}, index=[2]),
        "stated_reasons": pd.DataFrame(
            {"program": ["ilrs", "ilrs", "ilrs", "artemis", "artemis"], "iso3": ["EGY", "ETH", "CHN", "USA", "EGY"]},
            index=[2, 3, 4, 5, 6],
        ),
    }
    findings = reasons_of_non_members(tables)
    assert {(f.file, f.problem.line, f.problem.value) for f in findings} == {
        ("data/stated_reasons.csv", 3, "ETH"),
        ("data/stated_reasons.csv", 4, "CHN"),
        ("data/stated_reasons.csv", 6, "EGY"),
    }  # announced only, the lead, and not a signatory
    assert "has not joined the Artemis Accords" in next(f for f in findings if f.problem.line == 6).problem.rule
