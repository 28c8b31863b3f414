from datetime import date

from components.widgets import url_state


def test_choice_accepts_known_values_and_explains_unknown_ones():
    allowed = {"": "All", "brics": "BRICS"}
    assert url_state.parse_choice("bloc", "brics", allowed).value == "brics"
    assert url_state.parse_choice("bloc", None, allowed) == url_state.Parsed(None)
    bad = url_state.parse_choice("bloc", "mars", allowed)
    assert bad.value is None and bad.notice == "Ignored ?bloc=mars: not one of brics."


def test_a_code_is_read_in_any_case_and_a_long_list_is_not_spelled_out():
    codes = {f"C{i:02d}": f"Country {i}" for i in range(30)} | {"USA": "United States"}
    assert url_state.parse_choice("iso3", "usa", codes).value == "USA"
    assert url_state.parse_choice("iso3", " Usa ", codes).value == "USA"
    assert url_state.parse_choice("bloc", "BRICS", {"brics": "BRICS members"}).value == "brics"
    bad = url_state.parse_choice("iso3", "XXX", codes)
    assert bad.notice == "Ignored ?iso3=XXX: not any of the 31 offered (see the list)."
    assert url_state.parse_choice("x", "a", {"A": 1, "a": 3}).value == "a"  # an exact match first


def test_dates_must_be_iso_and_in_range():
    early, late = date(2021, 3, 1), date(2026, 11, 21)
    assert url_state.parse_date("asof", "2022-12-31", early, late).value == date(2022, 12, 31)
    assert "not a date" in url_state.parse_date("asof", "2022-13-01", early, late).notice
    assert "outside 2021-03-01 to 2026-11-21" in url_state.parse_date("asof", "2030-01-01", early, late).notice


def test_a_group_keeps_known_codes_in_any_case_once_and_names_the_rest():
    known = {"BRA": "Brazil", "IND": "India", "EGY": "Egypt"}
    codes, notices = url_state.parse_group("bra, IND,,egy,BRA, xx ,<b>", known)
    assert codes == ("BRA", "IND", "EGY")
    assert notices == ["Ignored in ?group: xx, <b> are not country codes (ISO3, such as SEN)."]
    many, [notice] = url_state.parse_group(",".join(f"Q{i:02d}" for i in range(30)), known)
    assert many == () and notice.endswith("and 25 more are not country codes (ISO3, such as SEN).")
    assert url_state.parse_group(None, known) == ((), [])
