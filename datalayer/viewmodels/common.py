"""What every view model shares: its shape (tiles, exhibits, notices), KPI tiles and the notices a page shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from datalayer.viewmodels.exhibit import Exhibit
from datalayer.vocab import STALE_AFTER_DAYS
from datalayer.words.dates import written_date
from datalayer.words.headline_tiles import Tile


@dataclass(frozen=True, eq=False, kw_only=True)
class ViewModel:
    """The one shape every view model returns: its tiles, its exhibits in reading order, each found by its key
    (indexed once, here), and the notices its page shows. A view model adds only what its page draws besides."""

    tiles: tuple[Tile, ...] = ()
    exhibits: tuple[Exhibit, ...] = ()
    notices: tuple[str, ...] = ()
    _by_key: dict[str, Exhibit] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {e.key: e for e in self.exhibits})

    def exhibit(self, key: str) -> Exhibit:
        """The exhibit with this key; KeyError for any other."""
        return self._by_key[key]

    def has(self, key: str) -> bool:
        return key in self._by_key


def after_check_notice(as_of: date, checked_on: date) -> str | None:
    """A later As of than the data's check is allowed, but the reader is told what it cannot show."""
    if as_of <= checked_on:
        return None
    return (
        f"As of {written_date(as_of)} is after {written_date(checked_on)}, the date the data was last checked: "
        "events after the check are not in the data."
    )


def staleness_notice(checked_on: date, today: date) -> str | None:
    """Said beside 'Data checked to' when the newest check is older than vocab.STALE_AFTER_DAYS."""
    days = (today - checked_on).days
    if days <= STALE_AFTER_DAYS:
        return None
    since = written_date(checked_on)
    return f"The data was last checked {days} days ago: signings and events since {since} may be missing."
