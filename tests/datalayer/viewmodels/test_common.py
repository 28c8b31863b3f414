from datetime import date

from datalayer.viewmodels.common import after_check_notice


def test_a_later_as_of_than_the_check_is_told_not_refused():
    assert after_check_notice(date(2026, 11, 21), date(2026, 11, 21)) is None
    notice = after_check_notice(date(2026, 11, 30), date(2026, 11, 21))
    assert "30 November 2026" in notice and "21 November 2026" in notice and "not in the data" in notice
