"""Text labels that never sit on each other: each label tries a few places around its point and, where all
are taken, is left to the hover and the table. Works in fractions of the plotting area, so it holds at any
chart size at or above the one it was tuned for."""

from __future__ import annotations

from collections.abc import Sequence

# (textposition, offset of the label box's centre from the point, in box widths and heights): Plotly sets a
# label just clear of its marker, so its centre sits a little over half a box away.
PLACES = (
    ("top center", 0.0, 0.8),
    ("bottom center", 0.0, -0.8),
    ("middle right", 0.75, 0.0),
    ("middle left", -0.75, 0.0),
)


def _overlaps(a: tuple[float, float], b: tuple[float, float], width: float, height: float) -> bool:
    return abs(a[0] - b[0]) < width and abs(a[1] - b[1]) < height


def place_labels(
    x: Sequence[float],
    y: Sequence[float],
    *,
    width: float | Sequence[float],
    height: float,
    marker: tuple[float, float] = (0.0, 0.0),
    obstacles: Sequence[tuple[float, float]] = (),
) -> list[str | None]:
    """A textposition for each point (x, y given as fractions of the plotting area), or None where every
    place would overlap a label already placed or a marker (`marker`: its width and height) of another point or
    of an `obstacle` (a point drawn with its own label, such as a count circle). `width` is one label's width in
    the same fractions, or one width per label; `height` one label's height. Points are placed in the order
    given: put the most important first."""
    widths = [width] * len(x) if isinstance(width, (int, float)) else list(width)
    placed: list[tuple[float, float, float]] = []  # centre x, centre y, width
    points = list(zip(x, y, strict=True))
    positions: list[str | None] = []
    for index, (px, py) in enumerate(points):
        own = widths[index]
        others = points[:index] + points[index + 1 :] + list(obstacles)
        for name, dx, dy in PLACES:
            centre = (px + dx * own, py + dy * height)
            inside = 0 <= centre[0] - own / 2 and centre[0] + own / 2 <= 1 and centre[1] + height / 2 <= 1.05
            on_marker = any(
                abs(centre[0] - ox) < (own + marker[0]) / 2 and abs(centre[1] - oy) < (height + marker[1]) / 2
                for ox, oy in others
            )
            touching = any(abs(centre[0] - cx) < (own + w) / 2 and abs(centre[1] - cy) < height for cx, cy, w in placed)
            if inside and not on_marker and not touching:
                placed.append((*centre, own))
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
    for point in zip(x, y, strict=True):
        free = not any(_overlaps(point, other, width, height) for other in kept)
        if free:
            kept.append(point)
        flags.append(free)
    return flags
