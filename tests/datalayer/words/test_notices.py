from datetime import date

from datalayer.vocab import STALE_AFTER_DAYS
from datalayer.words.notices import after_check_notice, latest_changes, staleness_notice


def test_a_later_as_of_than_the_check_is_told_not_refused():
    assert after_check_notice(date(2026, 11, 21), date(2026, 11, 21)) is None
    notice = after_check_notice(date(2026, 11, 30), date(2026, 11, 21))
    assert "30 November 2026" in notice and "21 November 2026" in notice and "not in the data" in notice


def test_an_old_check_is_said_in_days_with_what_may_be_missing():
    checked = date(2026, 11, 1)
    assert staleness_notice(checked, date.fromordinal(checked.toordinal() + STALE_AFTER_DAYS)) is None
    later = staleness_notice(checked, date.fromordinal(checked.toordinal() + STALE_AFTER_DAYS + 1))
    assert later == (
        f"The data was last checked {STALE_AFTER_DAYS + 1} days ago: signings and events since 1 November 2026 "
        "may be missing."
    )


def test_a_days_changes_are_the_change_itself_or_counted_by_kind_in_the_feeds_order():
    assert latest_changes("2026-12-07", ["added"], ["Added Kazakhstan"]) == (
        "Latest change, recorded 7 December 2026: Added Kazakhstan"
    )
    said = latest_changes("2026-12-07", ["corrected", "added", "corrected"], ["a", "b", "c"])
    assert said == "Latest changes, recorded 7 December 2026: 1 row added, 2 corrected"
