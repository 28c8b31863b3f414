from datetime import date

from datalayer.words.dates import written_date


def test_every_date_is_written_one_way_as_precise_as_its_source():
    assert written_date(date(2026, 12, 7)) == "7 December 2026"  # no leading zero
    assert written_date("2021-03-09") == "9 March 2021" and written_date("2026-05") == "May 2026"
    assert written_date("2026") == "2026" and written_date("soon") == "soon"
