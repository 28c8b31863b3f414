from datetime import date, timedelta

from datalayer.domain.scope import Scope
from datalayer.viewmodels.since import default_since, since_exhibit
from tests.scoped import at


def counts(exhibit) -> dict[tuple[str, date], int]:
    return {
        (p, d): c
        for p, d, c in zip(exhibit.table["program"], exhibit.table["date"], exhibit.table["count"], strict=True)
    }


def test_by_default_then_is_the_ilrs_newest_signing_in_the_scope(tables):
    world = at(tables, Scope(), tables.checked_on)
    assert default_since(tables, world) == date(2024, 9, 5)  # Senegal
    assert default_since(tables, at(tables, Scope("brics"), tables.checked_on)) == date(2023, 12, 6)  # Egypt
    # No ILRS signing in the EU: a year before the As of date.
    eu = at(tables, Scope("eu"), tables.checked_on)
    assert default_since(tables, eu) == tables.checked_on - timedelta(days=365)


def test_then_and_now_count_each_coalition_with_its_lead_on_both_dates(tables):
    world = at(tables, Scope(), tables.checked_on)
    exhibit = since_exhibit(tables, world, date(2021, 1, 1))
    said = counts(exhibit)
    assert said[("ILRS", date(2021, 1, 1))] == 0 and said[("Artemis Accords", date(2021, 1, 1))] == 9
    assert said[("ILRS", tables.checked_on)] == 13 and said[("Artemis Accords", tables.checked_on)] == 67
    assert list(exhibit.table["date"].drop_duplicates()) == [date(2021, 1, 1), tables.checked_on]  # then first


def test_a_since_on_or_after_the_as_of_date_falls_back_to_the_default(tables):
    world = at(tables, Scope(), tables.checked_on)
    assert set(since_exhibit(tables, world, tables.checked_on).table["date"]) == {date(2024, 9, 5), tables.checked_on}
