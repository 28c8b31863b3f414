"""Axes that count things: whole-number ticks from a zero baseline (no '1.5 member states', no axis that
starts at 1)."""

from __future__ import annotations

import math

TICKS = 6  # about this many ticks on a count axis


def count_step(top: float) -> int:
    """A whole step of 1, 2 or 5 times a power of ten giving about TICKS ticks up to `top`."""
    raw = max(float(top), 1.0) / TICKS
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    return int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))


def count_axis(top: float, fixed: bool = True) -> dict:
    """Layout of an axis counting up to `top`: ticks every whole step from zero. `fixed` also pins the range
    to [0, a little above top], so a chart of zeros still shows 0 to 1."""
    axis = dict(rangemode="tozero", tick0=0, dtick=count_step(top), tickformat="d")
    if fixed:
        axis["range"] = [0, max(float(top), 1.0) * 1.08]
    return axis
