"""An equal-tile grid of states: one square per state, near where it lies, so a slide counts states, not land
(Russia's land does not stand for the ILRS, nor Canada's for the Accords).

The layout is computed from the states' marker points, not drawn by hand: each point is spread (half its place on
the map, half its rank among the others, so dense Europe and Africa get room), then every state takes a free cell
as near its spread point as the others allow (the nearest pairs first, then swaps and moves while any shortens the
total squared distance). The same points give the same grid.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

GRID_COLUMNS, GRID_ROWS = 26, 15  # about twice as many cells as UN member states: room for the shape of the world
RANK_SHARE = 0.5  # of a state's spread place that is its rank (the rest is its longitude or latitude)
# East of the date line, the Pacific states stand with Oceania at the grid's east end, not beyond the Americas.
DATE_LINE_WRAP_DEG = -150
# A state the shipped geometry has no shape for takes the point of the state around it.
PLACED_WITHIN = {"SMR": "ITA"}  # San Marino, an enclave in Italy


def _spread(values: pd.Series) -> np.ndarray:
    """0 to 1: half the value's place between the extremes, half its rank."""
    span = values.max() - values.min()
    linear = (values - values.min()) / (span or 1)
    rank = values.rank(method="average")
    ranked = (rank - rank.min()) / ((rank.max() - rank.min()) or 1)
    return np.asarray(RANK_SHARE * ranked + (1 - RANK_SHARE) * linear, dtype=float)


def tile_positions(
    iso3s: list[str],
    points: pd.DataFrame,
    columns: int = GRID_COLUMNS,
    rows: int = GRID_ROWS,
    within: Mapping[str, str] = PLACED_WITHIN,
) -> pd.DataFrame:
    """(iso3, col, row) for every state of `iso3s`, one cell each, row 0 at the north, from `points` (iso3, lon,
    lat); a state without a point but enclaved (`within`) is placed from its surrounding state's point, so the two
    stand side by side. A state with neither is an error: it would have no tile."""
    if len(iso3s) > columns * rows:
        raise ValueError(f"{len(iso3s)} states do not fit a {columns} x {rows} grid")
    by_iso3 = points.drop_duplicates("iso3").set_index("iso3")[["lon", "lat"]]
    source = [code if code in by_iso3.index else within.get(code, code) for code in iso3s]
    missing = sorted(code for code, used in zip(iso3s, source, strict=True) if used not in by_iso3.index)
    if missing:
        raise ValueError(f"no marker point for {', '.join(missing)}: add it to tile_grid.PLACED_WITHIN")
    placed = by_iso3.loc[source].reset_index(drop=True)
    lon = placed["lon"].where(placed["lon"] >= DATE_LINE_WRAP_DEG, placed["lon"] + 360)
    wanted = np.column_stack([_spread(lon) * (columns - 1), (1 - _spread(placed["lat"])) * (rows - 1)])
    cells = np.array([(c, r) for r in range(rows) for c in range(columns)], dtype=float)
    cost = ((wanted[:, None, :] - cells[None, :, :]) ** 2).sum(axis=2)
    cell_of = _nearest_first(cost)
    _improve(cost, cell_of)
    return pd.DataFrame({"iso3": iso3s, "col": cells[cell_of, 0].astype(int), "row": cells[cell_of, 1].astype(int)})


def _nearest_first(cost: np.ndarray) -> np.ndarray:
    """Each state's cell, taking (state, cell) pairs from the nearest up, each state and cell once."""
    states, cells = np.unravel_index(np.argsort(cost, axis=None, kind="stable"), cost.shape)
    cell_of = np.full(cost.shape[0], -1)
    taken = np.zeros(cost.shape[1], dtype=bool)
    for state, cell in zip(states, cells, strict=True):
        if cell_of[state] < 0 and not taken[cell]:
            cell_of[state], taken[cell] = cell, True
    return cell_of


def _improve(cost: np.ndarray, cell_of: np.ndarray) -> None:
    """Moves a state to a free cell, or swaps two states' cells, while that shortens the total; in place."""
    n = len(cell_of)
    improved = True
    while improved:
        improved = False
        for state in range(n):
            free = np.setdiff1d(np.arange(cost.shape[1]), cell_of)
            best = free[np.argmin(cost[state, free])] if len(free) else None
            if best is not None and cost[state, best] < cost[state, cell_of[state]] - 1e-9:
                cell_of[state], improved = best, True
            mine = cell_of[state]
            # Swapping with each other state at once: the gain of every swap, the best taken.
            gains = cost[state, mine] + cost[np.arange(n), cell_of] - cost[state, cell_of] - cost[np.arange(n), mine]
            other = int(np.argmax(gains))
            if gains[other] > 1e-9:
                cell_of[state], cell_of[other] = cell_of[other], mine
                improved = True
