from components.navigation import COMPARE
from tests.pages.conftest import open_page


def test_compare_names_overlap_states_and_weights():
    app = open_page(COMPARE)
    overlap = app.dataframe[0].value
    assert {"Thailand", "Senegal"} <= set(overlap["country"])
    metrics = {m.label: m.value for m in app.metric}
    assert int(metrics["In both"]) == len(overlap)
    assert metrics["ILRS: share of world population"].endswith("%")
