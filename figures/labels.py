"""Text labels that never sit on each other: each label tries a few places around its point and, where all
are taken, either is left to the hover and the table or, where asked, is set farther out on a leader line (a
callout). Works in fractions of the plotting area, so it holds at any chart size at or above the one it was tuned
for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The chart width builders' label boxes are tuned on, in px at the theme's type: a narrower chart, or larger
# type, scales them (media.Medium.label_scale).
LABELS_TUNED_PX = 1000

# (textposition, offset of the label box's centre from the point, in box widths and heights): Plotly sets a
# label just clear of its marker, so its centre sits a little over half a box away.
PLACES = (
    ("top center", 0.0, 0.8),
    ("bottom center", 0.0, -0.8),
    ("middle right", 0.75, 0.0),
    ("middle left", -0.75, 0.0),
)


# A callout's centre, farther out: distances in label boxes (rings), in eight directions, the sides first.
CALLOUT_RINGS = (1.8, 2.8, 4.0)
CALLOUT_DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))


@dataclass(frozen=True)
class Spot:
    """Where a label goes: Plotly's textposition beside its point, or (a callout) centred at (x, y), in fractions
    of the plotting area, joined to its point by a leader line."""

    position: str
    x: float
    y: float
    callout: bool = False


def _overlaps(a: tuple[float, float], b: tuple[float, float], width: float, height: float) -> bool:
    return abs(a[0] - b[0]) < width and abs(a[1] - b[1]) < height


def label_spots(
    x: Sequence[float],
    y: Sequence[float],
    *,
    width: float | Sequence[float],
    height: float,
    marker: tuple[float, float] = (0.0, 0.0),
    obstacles: Sequence[tuple[float, float]] = (),
    callouts: bool = False,
) -> list[Spot | None]:
    """A Spot for each point (x, y given as fractions of the plotting area), or None where every place would
    overlap a label already placed or a marker (`marker`: its width and height) of another point or of an
    `obstacle` (a point drawn with its own label, such as a count circle). `width` is one label's width in the
    same fractions, or one width per label; `height` one label's height. Points are placed in the order given:
    put the most important first. With `callouts`, a label with no room beside its point then tries farther out,
    once every label that fits beside its point has its place."""
    widths = [width] * len(x) if isinstance(width, (int, float)) else list(width)
    placed: list[tuple[float, float, float]] = []  # centre x, centre y, width
    points = list(zip(x, y, strict=True))

    def free(index: int, centre: tuple[float, float]) -> bool:
        own = widths[index]
        others = points[:index] + points[index + 1 :] + list(obstacles)
        inside = 0 <= centre[0] - own / 2 and centre[0] + own / 2 <= 1 and 0 <= centre[1] - height / 2
        inside = inside and centre[1] + height / 2 <= 1.05
        on_marker = any(
            abs(centre[0] - ox) < (own + marker[0]) / 2 and abs(centre[1] - oy) < (height + marker[1]) / 2
            for ox, oy in others
        )
        touching = any(abs(centre[0] - cx) < (own + w) / 2 and abs(centre[1] - cy) < height for cx, cy, w in placed)
        return inside and not on_marker and not touching

    spots: list[Spot | None] = []
    for index, (px, py) in enumerate(points):
        own = widths[index]
        for name, dx, dy in PLACES:
            centre = (px + dx * own, py + dy * height)
            if free(index, centre):
                placed.append((*centre, own))
                spots.append(Spot(name, *centre))
                break
        else:
            spots.append(None)
    if callouts:
        for index, (px, py) in enumerate(points):
            if spots[index] is not None:
                continue
            own = widths[index]
            candidates = (
                (px + sx * ring * own * 0.75, py + sy * ring * height)
                for ring in CALLOUT_RINGS
                for sx, sy in CALLOUT_DIRECTIONS
            )
            far = next((c for c in candidates if free(index, c)), None)
            if far is not None:
                placed.append((*far, own))
                spots[index] = Spot("middle center", *far, callout=True)
    return spots


def place_labels(
    x: Sequence[float],
    y: Sequence[float],
    *,
    width: float | Sequence[float],
    height: float,
    marker: tuple[float, float] = (0.0, 0.0),
    obstacles: Sequence[tuple[float, float]] = (),
) -> list[str | None]:
    """A textposition for each point, or None where no place beside it is free (label_spots without callouts)."""
    spots = label_spots(x, y, width=width, height=height, marker=marker, obstacles=obstacles)
    return [spot.position if spot else None for spot in spots]


def uncrowded(x: Sequence[float], y: Sequence[float], *, width: float, height: float) -> list[bool]:
    """For labels drawn on their points (a count inside a circle): True where a label keeps its place, False
    where it would touch one kept before it (order the points by importance)."""
    kept: list[tuple[float, float]] = []
    flags = []
    for point in zip(x, y, strict=True):
        free = not any(_overlaps(point, other, width, height) for other in kept)
        if free:
            kept.append(point)
        flags.append(free)
    return flags
