import pandas as pd

from datalayer.loading.integrity import undrawable_countries, unknown_countries

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
    assert {(f.file, f.problem.value) for f in findings} == {("data/ilrs_partners.csv", "XXX"),
                                                            ("data/blocs.csv", "BHR")}
