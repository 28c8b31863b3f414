"""Text labels that never sit on each other: each label tries a few places around its point and, where all
are taken, is left to the hover and the table. Works in fractions of the plotting area, so it holds at any
chart size at or above the one it was tuned for."""
from __future__ import annotations

from collections.abc import Sequence

# (textposition, offset of the label box's centre from the point, in box widths and heights): Plotly sets a
# label just clear of its marker, so its centre sits a little over half a box away.
PLACES = (("top center", 0.0, 0.8), ("bottom center", 0.0, -0.8), ("middle right", 0.75, 0.0),
          ("middle left", -0.75, 0.0))


def _overlaps(a: tuple[float, float], b: tuple[float, float], width: float, height: float) -> bool:
    return abs(a[0] - b[0]) < width and abs(a[1] - b[1]) < height


def place_labels(x: Sequence[float], y: Sequence[float], *, width: float, height: float,
                 marker: tuple[float, float] = (0.0, 0.0)) -> list[str | None]:
    """A textposition for each point (x, y given as fractions of the plotting area), or None where every
    place would overlap a label already placed or another point's marker (`marker`: its width and height).
    `width` and `height` are one label's size in the same fractions. Points are placed in the order given:
    put the most important first."""
    placed: list[tuple[float, float]] = []
    points = list(zip(x, y))
    positions: list[str | None] = []
    for index, (px, py) in enumerate(points):
        others = points[:index] + points[index + 1:]
        for name, dx, dy in PLACES:
            centre = (px + dx * width, py + dy * height)
            inside = 0 <= centre[0] - width / 2 and centre[0] + width / 2 <= 1 and centre[1] + height / 2 <= 1.05
            on_marker = any(abs(centre[0] - ox) < (width + marker[0]) / 2 and
                            abs(centre[1] - oy) < (height + marker[1]) / 2 for ox, oy in others)
            if inside and not on_marker and not any(_overlaps(centre, other, width, height) for other in placed):
                placed.append(centre)
                positions.append(name)
                break
        else:
            positions.append(None)
    return positions


def uncrowded(x: Sequence[float], y: Sequence[float], *, width: float, height: float) -> list[bool]:
    """For labels drawn on their points (a count inside a circle): True where a label keeps its place, False
    where it would touch one kept before it (order the points by importance)."""
    kept: list[tuple[float, float]] = []
    flags = []
    for point in zip(x, y):
        free = not any(_overlaps(point, other, width, height) for other in kept)
        if free:
            kept.append(point)
        flags.append(free)
    return flags
