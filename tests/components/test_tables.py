import re

import pandas as pd

from components.tables import csv_bytes, link_columns, with_profile_links


def test_only_source_addresses_become_links():
    assert set(link_columns(pd.DataFrame({"source_url": [], "notes": []}))) == {"source_url"}
    assert link_columns(pd.DataFrame({"notes": []})) == {}


def test_csv_cells_that_a_spreadsheet_would_run_are_written_as_text():
    frame = pd.DataFrame({"name": ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "Serbia"], "n": range(6)})
    rows = csv_bytes(frame).decode("utf-8-sig").splitlines()
    assert rows[1].startswith("\"'=HYPERLINK(") and rows[2] == "'+1,1" and rows[3] == "'-2,2"
    assert rows[4] == "'@SUM(A1),3" and rows[6] == "Serbia,5"


def test_csv_starts_with_a_byte_order_mark_so_spreadsheets_read_non_ascii_names():
    data = csv_bytes(pd.DataFrame({"country": ["Türkiye", "Côte d’Ivoire"]}))
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == ["Country", "Türkiye", "Côte d’Ivoire"]


def test_csv_headers_are_words_a_reader_understands():
    frame = pd.DataFrame(columns=["iso3", "founding_role", "row_key", "source_url", "name"])
    assert csv_bytes(frame).decode("utf-8-sig").splitlines()[0] == "ISO3 code,Founding role,Row,Source address,Name"


def test_a_states_name_links_to_its_profile_and_shows_as_its_name():
    frame = pd.DataFrame({"iso3": ["EGY", "TWN", "TUR"], "country": ["Egypt", "Taiwan", "Türkiye"]})
    shown, config = with_profile_links(frame)
    assert list(shown["country"]) == ["country?iso3=EGY#Egypt", "#Taiwan", "country?iso3=TUR#Türkiye"]
    # The link's text is the part after '#': the name as written.
    assert [re.search(config["country"]["type_config"]["display_text"], v).group(1) for v in shown["country"]] == list(
        frame["country"]
    )
    assert csv_bytes(frame).decode("utf-8-sig").splitlines()[1] == "EGY,Egypt"  # the download keeps the names


def test_institutions_are_not_linked_as_countries_and_tables_without_codes_are_left_alone():
    mixed = pd.DataFrame({"iso3": ["EGY", "PAK"], "name": ["Egypt", "IST Islamabad"], "kind": ["state", "institution"]})
    assert with_profile_links(mixed)[1] == {}
    states = mixed.assign(kind="state")
    assert list(with_profile_links(states)[0]["name"]) == ["country?iso3=EGY#Egypt", "country?iso3=PAK#IST Islamabad"]
    plain = pd.DataFrame({"bloc": ["BRICS"]})
    assert with_profile_links(plain) == (plain, {})
