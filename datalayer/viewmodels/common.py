"""What every view model shares: its shape (tiles, exhibits, notices), KPI tiles and the notices a page shows."""

from __future__ import annotations

from dataclasses import dataclass, field

from datalayer.viewmodels.exhibit import Exhibit
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
