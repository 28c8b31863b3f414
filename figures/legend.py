"""How much room a legend takes, and where it goes when large type would let it crowd out the plot: a legend
takes at most a fifth of the canvas. Below the plot while it fits in that fifth; else its long names wrap and it
stands to the side, which costs the plot width instead of height.

Sizes are estimated from the text (Plotly's default sans-serif: about 0.55 of the type size a character); the
rendered-image test reads the real boxes."""

from __future__ import annotations

import textwrap

import plotly.graph_objects as go

MAX_LEGEND_SHARE = 0.2  # of the canvas's area
LINE = 1.3  # a line's height, in type sizes
ROW = 1.45  # a one-line entry's height, in type sizes (Plotly pads each entry)
CHAR_WIDTH = 0.55  # an average character's width, in type sizes
LEGEND_SWATCH_PX = 46  # a legend entry's symbol and gaps, besides its words
WRAP_CHARS = 26  # a side legend's line: 'Official claim: countries' stays whole


def legend_entries(figure: go.Figure) -> list[str]:
    """The names a legend shows: every named trace that is drawn and not kept out of the legend."""
    return [t.name for t in figure.data if t.name and t.showlegend is not False and t.visible is not False]


def _lines(name: str) -> list[str]:
    return name.split("<br>")


def _width_px(name: str, text_px: float) -> float:
    return LEGEND_SWATCH_PX + max(len(line) for line in _lines(name)) * text_px * CHAR_WIDTH


def _height_px(name: str, text_px: float) -> float:
    return (ROW + (len(_lines(name)) - 1) * LINE) * text_px


def legend_rows(names: list[str], width_px: float, text_px: float) -> int:
    """How many rows a horizontal legend of `names` takes in `width_px`: Plotly sets a wrapping legend's entries in
    columns as wide as its widest entry."""
    if not names:
        return 0
    widest = max(_width_px(n, text_px) for n in names)
    per_row = max(1, int(width_px // widest)) if widest * len(names) > width_px else len(names)
    return -(-len(names) // per_row)


def below_box(names: list[str], width_px: float, text_px: float) -> tuple[float, float]:
    """(width, height) of a horizontal legend of `names` set in `width_px`."""
    if not names:
        return (0.0, 0.0)
    rows = legend_rows(names, width_px, text_px)
    tallest = max(_height_px(n, text_px) for n in names)
    across = min(width_px, sum(_width_px(n, text_px) for n in names))
    return (across, rows * tallest)


def side_box(names: list[str], text_px: float) -> tuple[float, float]:
    """(width, height) of a vertical legend of `names`."""
    if not names:
        return (0.0, 0.0)
    return (max(_width_px(n, text_px) for n in names), sum(_height_px(n, text_px) for n in names))


def wrapped(name: str, chars: int = WRAP_CHARS) -> str:
    return "<br>".join(textwrap.wrap(name, chars)) or name


def share(box: tuple[float, float], canvas: tuple[float, float]) -> float:
    return box[0] * box[1] / (canvas[0] * canvas[1])


def fit_legend(figure: go.Figure, text_px: float, canvas: tuple[float, float]) -> None:
    """Leaves a legend that fits a fifth of `canvas` below the plot; else, where that takes less room, wraps its
    names and stands it to the right of the plot, top-aligned."""
    names = legend_entries(figure)
    if len(names) < 2 or figure.layout.showlegend is False:
        return
    margin = figure.layout.margin
    room = canvas[0] - (margin.l or 0) - (margin.r or 0)
    below = share(below_box(names, room, text_px), canvas)
    if below <= MAX_LEGEND_SHARE or share(side_box([wrapped(n) for n in names], text_px), canvas) >= below:
        return
    for trace in figure.data:
        if trace.name and trace.showlegend is not False:
            trace.name = wrapped(trace.name)
    figure.update_layout(
        legend=dict(orientation="v", xref="paper", x=1.01, xanchor="left", yref="paper", y=1, yanchor="top")
    )
