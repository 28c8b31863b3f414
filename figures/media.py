"""One type-size rule for every place an exhibit is drawn. Each medium names its canvas and the size its text
must reach where it is seen; `for_medium` draws the exhibit and sets every text size from that one number, so a
new renderer (a country pack, an embed) adds a row here, not a new set of sizes.

Text sizes are pixels on the medium's canvas. For a slide picture the canvas is scaled to the slide: 37 px on a
1920 px image shown across a 13.33 in slide is 18 pt, the size a room reads from its back row.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go

from datalayer import vocab
from datalayer.viewmodels.exhibit import Exhibit
from figures.builders import figure_for
from figures.labels import LABELS_TUNED_PX
from figures.legend import CHAR_WIDTH, LINE, fit_legend
from figures.theme import OPTIONAL_LAYER, in_dark

SCREEN_TEXT_PX = 13  # Plotly's and Streamlit's own: a page is left as the theme draws it
PHONE_CHART_PX = 358  # a chart's width on a 390 px phone, less the page's padding (measured in Chromium)
# The smallest presenter chart: a 1280x720 screen less the presenter's padding and its title row (60% of the height).
PRESENTER_CANVAS = (1216, 432)


@dataclass(frozen=True)
class Medium:
    name: str
    text_px: int | None  # every chart text: ticks, axis titles, legend, annotations, labels (None: the theme's)
    width: int | None = None  # the canvas (None: the page's width)
    height: int | None = None
    template: str | None = None  # a picture needs its own background; screens follow the app's theme
    margin: tuple[int, int, int, int] | None = None  # left, right, top, bottom: room for large tick labels
    fills: bool = False  # the chart takes the height its renderer gives it, not the builder's
    optional_layers: bool = True  # False: theme.OPTIONAL_LAYER traces start hidden (a legend click shows them)
    narrowest_px: int | None = None  # the narrowest chart this medium draws, where narrower than the labels' tuning

    @property
    def label_scale(self) -> float:
        """How much larger text labels are than on screen, as a share of the chart: builders that place labels
        size their boxes by it. Larger type, or the same type on a narrower chart (a phone), needs more room."""
        narrower = LABELS_TUNED_PX / self.narrowest_px if self.narrowest_px else 1.0
        return max((self.text_px or SCREEN_TEXT_PX) / SCREEN_TEXT_PX, narrower)


SLIDE: dict[str, Any] = dict(width=1920, height=1080, template="plotly_white", margin=(90, 60, 40, 60))
POINTS_PER_INCH = 72


def text_px_for(points: float, width_px: int, shown_inches: float) -> int:
    """The pixel size that reads as `points` when a `width_px` picture is shown `shown_inches` wide."""
    return int(-(-points * width_px // (shown_inches * POINTS_PER_INCH)))


# A slide image is made to fill a 13.33 in slide: its chart text must read as 18 pt there.
SLIDE_TEXT_PX = text_px_for(18, SLIDE["width"], 13.333)
# A pack chart spans the slide's text width (13.33 in less two 0.5 in margins) under its title and takeaway:
# its text must read as 18 pt there.
PACK_CHART: dict[str, Any] = dict(width=1600, height=590, template="plotly_white", margin=(120, 40, 30, 60))
MEDIA = {
    vocab.SCREEN: Medium(vocab.SCREEN, None),
    # A phone's page: the theme's type on a chart a third as wide as the labels were tuned for, so a name beside
    # its state on a desktop goes out on a leader line there rather than onto its neighbour's.
    vocab.PHONE: Medium(vocab.PHONE, None, narrowest_px=PHONE_CHART_PX),
    # The presenter sizes the chart to what the viewport leaves (components/presenting/presenter.py).
    vocab.PRESENT: Medium(vocab.PRESENT, 20, fills=True, optional_layers=False),
    vocab.PNG: Medium(vocab.PNG, SLIDE_TEXT_PX, **SLIDE),
    vocab.SVG: Medium(vocab.SVG, SLIDE_TEXT_PX, **SLIDE),
    vocab.PPTX: Medium(vocab.PPTX, text_px_for(18, PACK_CHART["width"], 12.333), **PACK_CHART),
}


def sized(figure: go.Figure, medium: Medium) -> go.Figure:
    """`figure` with every text at the medium's size, on its canvas."""
    out = go.Figure(figure)
    if medium.width:
        out.update_layout(width=medium.width, height=medium.height, template=medium.template)
    if medium.margin:  # room for large tick labels, and never less than the builder asked for (an As of label)
        asked = out.layout.margin
        sides = zip("lrtb", medium.margin, strict=True)
        out.update_layout(margin={side: max(size, getattr(asked, side) or 0) for side, size in sides})
    if medium.fills:
        out.layout.height = None
    if not medium.optional_layers:
        out.update_traces(visible="legendonly", selector=dict(meta=OPTIONAL_LAYER))
    if medium.text_px:
        size = medium.text_px
        out.update_layout(font=dict(size=size), legend=dict(font=dict(size=size)))
        out.update_xaxes(tickfont=dict(size=size), title_font=dict(size=size))
        out.update_yaxes(tickfont=dict(size=size), title_font=dict(size=size))
        out.update_annotations(font=dict(size=size))
        out.update_traces(textfont_size=size, selector=lambda trace: "text" in (getattr(trace, "mode", None) or ""))
        out.update_traces(textfont_size=size, selector=dict(type="bar"))
        # A bar's label never shrinks to fit its bar (Plotly's default): at the medium's size or, where it cannot
        # fit inside, outside.
        out.update_layout(uniformtext=dict(minsize=size, mode="show"))
        # Every category of a categorical axis is labelled: Plotly's automatic ticks skip some when crowded (an
        # axis that names its ticks itself already labels every one).
        for axis in _categorical_axes(out):
            if out.layout[axis].tickmode != "array":
                out.layout[axis].update(tickmode="linear", dtick=1)
        canvas = (medium.width or PRESENTER_CANVAS[0], medium.height or PRESENTER_CANVAS[1])
        if not _bar_labels_fit(out, size, canvas[1]):
            # Labels at the medium's size would sit on each other: none drawn, the axis and the table give the
            # numbers (a label never shrinks below the size a room can read).
            out.update_traces(textposition="none", selector=dict(type="bar"))
        fit_legend(out, size, canvas)
        _wrap_notes_above_the_plot(out, size, canvas[0])
        # Large type outgrows a legend placed a fixed fraction below the plot: anchored to the canvas's foot
        # instead, it pushes the plot up, and the axes make room for their own labels.
        if out.layout.legend.orientation == "h":
            out.update_layout(legend=dict(yref="container", y=0, yanchor="bottom", x=0, xanchor="left"))
        out.update_xaxes(automargin=True)
        out.update_yaxes(automargin=True)
    return out


PLOT_SHARE = 0.75  # of a canvas's height, what a chart's plot area keeps after its axis and legend


def _bar_labels_fit(figure: go.Figure, text_px: float, canvas_height: float) -> bool:
    """True where each bar of a grouped horizontal bar chart has a line's height for its label."""
    bars = [t for t in figure.data if t.type == "bar" and t.orientation == "h" and t.text is not None]
    if not bars:
        return True
    rows = max(len(t.y) for t in bars) * (len(bars) if figure.layout.barmode == "group" else 1)
    return canvas_height * PLOT_SHARE / rows >= text_px * 1.15


def _wrap_notes_above_the_plot(figure: go.Figure, text_px: float, canvas_width: float) -> None:
    """A note set above the plot (an axis note) wraps to the canvas's width in large type, and the top margin
    grows to hold its lines: one long line ran off the canvas's edge."""
    margin = figure.layout.margin
    room = canvas_width - (margin.l or 0) - (margin.r or 0)
    chars = max(20, int(room / (text_px * CHAR_WIDTH)))
    for note in figure.layout.annotations:
        if note.yref == "paper" and (note.y or 0) >= 1 and note.text and len(note.text) > chars:
            lines = textwrap.wrap(note.text, chars)
            note.text = "<br>".join(lines)
            figure.update_layout(margin_t=max(margin.t or 0, len(lines) * text_px * LINE + 10))


def _categorical_axes(figure: go.Figure) -> list[str]:
    """The layout names ('yaxis', 'yaxis2', ...) of every axis that carries text categories (bars by bloc,
    timeline lanes), whichever panel it belongs to."""
    found = []
    for trace in figure.data:
        if trace.type not in ("bar", "scatter"):
            continue
        for letter in ("x", "y"):
            values = getattr(trace, letter, None)
            if values is not None and len(values) and isinstance(values[0], str):
                anchor = getattr(trace, f"{letter}axis", None) or letter  # 'y', 'y2'
                found.append(f"{letter}axis{anchor[1:]}")
    return list(dict.fromkeys(found))


def for_medium(exhibit: Exhibit, medium: str, dark: bool = False) -> go.Figure:
    """The exhibit drawn for one medium (a name in vocab.MEDIA); `dark` for a screen in the dark theme (pictures
    and slides carry their own white background and ignore it)."""
    chosen = MEDIA[medium]
    figure = sized(figure_for(exhibit, label_scale=chosen.label_scale), chosen)
    return go.Figure(in_dark(figure.to_plotly_json())) if dark and not chosen.template else figure
