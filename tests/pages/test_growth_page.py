from components.navigation import GROWTH
from tests.pages.conftest import figure_of, open_page


def test_default_panel_draws_target_claims_and_our_count():
    spec = figure_of(open_page(GROWTH))
    names = [t.get("name", "") for t in spec["data"]]
    assert any(n.startswith("Our count") for n in names)
    claim_values = {y for t in spec["data"] if t.get("name", "").startswith("Official claim") for y in t["y"]}
    assert 17 in claim_values
    assert [s["y0"] for s in spec["layout"]["shapes"] if s.get("y0") == s.get("y1")] == [50]


def test_rule_switch_changes_our_count():
    states = {m.label: m.value for m in open_page(GROWTH).metric}["Our count today"]
    with_orgs = {m.label: m.value for m in open_page(GROWTH, {"rule": "states_orgs"}).metric}["Our count today"]
    assert int(with_orgs) > int(states)


def test_researchers_panel_says_no_count_exists():
    app = open_page(GROWTH, {"metric": "researchers"})
    assert any("No public count" in i.value for i in app.info)
    assert not [t for t in figure_of(app)["data"] if t.get("name", "").startswith("Our count")]


def test_bad_parameters_get_a_notice():
    app = open_page(GROWTH, {"metric": "planets", "target_year": "1999"})
    notices = " ".join(w.value for w in app.warning)
    assert "?metric=planets" in notices and "?target_year=1999" in notices
