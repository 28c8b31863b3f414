import pandas as pd

from components.tables import csv_bytes, link_columns


def test_only_source_addresses_become_links():
    assert set(link_columns(pd.DataFrame({"source_url": [], "notes": []}))) == {"source_url"}
    assert link_columns(pd.DataFrame({"notes": []})) == {}


def test_csv_cells_that_a_spreadsheet_would_run_are_written_as_text():
    frame = pd.DataFrame({"name": ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "Serbia"], "n": range(6)})
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
