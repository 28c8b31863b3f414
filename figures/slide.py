"""A standalone slide image: the chart as the slide media draw it (figures.media), framed so that a slide pasted
into someone else's deck explains itself: title, takeaway and scope line above, the legend and the source line
below, all inside the canvas.

The frame's margins are fixed (`margin.autoexpand` off): the plot area is then exactly where the frame says, so
text placed around it never meets it, and no label, legend or axis can push part of the frame off the canvas. The
room each part needs is measured from its text: the takeaway's lines, the legend's rows, the longest category
label.
"""

from __future__ import annotations

import textwrap
from html import escape as _escape

import plotly.graph_objects as go

from datalayer.words import pack_lines
from figures.legend import CHAR_WIDTH, LINE, legend_entries, legend_rows, side_box, wrapped
from figures.theme import SLIDE_TEXT, SLIDE_TITLE

TITLE_SCALE = 1.4  # the title, larger than the chart's text (which already reads as 18 pt)
BOLD_WIDTH = 1.08  # bold type runs about this much wider than regular
MAX_SOURCES_NAMED = 4
SIDE_PX, RIGHT_PX = 90, 60  # the canvas edge to the frame's text, left and right
TOP_PAD_PX, GAP_PX = 28, 48  # above the title; between the scope line and the plot (room for an As of label)


def escape(text: str) -> str:
    """Text as Plotly reads it: tags and ampersands escaped (Plotly reads tags in titles and annotations)."""
    return _escape(text, quote=False)


def source_line(publishers: list[str]) -> str:
    """'Sources: TASS; Xinhua; SpaceNews; NASA and 12 more'."""
    unique = list(dict.fromkeys(p for p in publishers if p))
    if not unique:
        return pack_lines.OUR_DATA_SOURCE
    named = "; ".join(unique[:MAX_SOURCES_NAMED])
    more = len(unique) - MAX_SOURCES_NAMED
    return f"Sources: {named}" + (f" and {more} more" if more > 0 else "")


def category_label_px(figure: go.Figure, text_px: float) -> float:
    """The width of the longest line of a label on a categorical y axis (bars by bloc, timeline lanes), as its
    ticks write it (an axis may wrap its labels onto lines); 0 for numbers."""
    labels = [
        str(v)
        for t in figure.data
        if getattr(t, "y", None) is not None and t.type in ("bar", "scatter")
        for v in t.y
        if isinstance(v, str)
    ]
    written = dict(zip(figure.layout.yaxis.tickvals or (), figure.layout.yaxis.ticktext or (), strict=False))
    lines = [line for label in labels for line in str(written.get(label, label)).split("<br>")]
    return max((len(line) for line in lines), default=0) * text_px * CHAR_WIDTH


def notes_above_px(figure: go.Figure, text_px: float) -> float:
    """The height of the tallest note standing on the plot's top edge (small multiples' panel titles), with a
    little air: the room the scope line must leave above the plot; 0 for none."""
    lines = [
        len(str(note.text).split("<br>"))
        for note in figure.layout.annotations
        if note.yref == "paper" and (note.y or 0) >= 0.999 and note.yanchor == "bottom" and note.text
    ]
    return max(lines) * text_px * LINE + 12 if lines else 0


def framed_slide(chart: go.Figure, *, title: str, takeaway: str, subtitle: str, sources: str, credit: str) -> go.Figure:
    """The chart (already sized for its medium) with its title, takeaway and scope line above, its legend, source
    line and the dashboard's name below. Text from the data is escaped: Plotly reads tags in these strings."""
    slide = go.Figure(chart)
    width, height, text_px = slide.layout.width, slide.layout.height, slide.layout.font.size
    title_px, takeaway_px, scope_px, foot_px = (
        round(TITLE_SCALE * text_px),
        text_px,
        round(0.8 * text_px),
        round(0.7 * text_px),
    )
    room = width - SIDE_PX - RIGHT_PX
    # The title is the exhibit's finding, a sentence: it wraps like the takeaway (bold runs wider).
    title_lines = textwrap.wrap(title, int(room / (title_px * CHAR_WIDTH * BOLD_WIDTH))) or [""]
    lines = textwrap.wrap(takeaway, int(room / (takeaway_px * CHAR_WIDTH))) or [""]
    scope_lines = textwrap.wrap(subtitle, int(room / (scope_px * CHAR_WIDTH))) or [""]
    top = (
        TOP_PAD_PX
        + len(title_lines) * title_px * LINE
        + len(lines) * takeaway_px * LINE
        + len(scope_lines) * scope_px * LINE
        + GAP_PX
        + notes_above_px(slide, text_px)
    )
    footer = 2 * foot_px * LINE + 24
    entries = legend_entries(slide)
    has_axes = any(t.type not in ("choropleth", "scattergeo", "table") for t in slide.data)
    is_map = any(t.type in ("choropleth", "scattergeo") for t in slide.data)
    # A map is as wide as its height allows: its legend stands to the right, where the map leaves room, and so
    # does a legend the medium already set to the side (media.fit_legend).
    beside = len(entries) > 1 and (is_map or slide.layout.legend.orientation == "v")
    if beside:
        for trace in slide.data:
            if trace.name and trace.showlegend is not False:
                trace.name = wrapped(trace.name.replace("<br>", " "))
        side_width = side_box(legend_entries(slide), text_px)[0] + 24
    rows = legend_rows(entries, room, text_px) if len(entries) > 1 and not beside else 0
    legend = rows * text_px * 1.6 + 12 if rows else 0
    axis = text_px * LINE * (1 + bool(slide.layout.xaxis.title.text)) + 16 if has_axes else 0
    left = max(SIDE_PX, category_label_px(slide, text_px) + 24) + (
        text_px * LINE if slide.layout.yaxis.title.text else 0
    )
    bottom = footer + legend + axis + 16
    words = "<br>".join(escape(line) for line in lines)
    scope = "<br>".join(escape(line) for line in scope_lines)
    right = RIGHT_PX + (side_width if beside else 0)
    slide.update_layout(
        margin=dict(l=left, r=right, t=top, b=bottom, autoexpand=False),
        title=dict(
            text="<br>".join(f"<b>{escape(line)}</b>" for line in title_lines),
            xref="container",
            yref="container",
            x=SIDE_PX / width,
            xanchor="left",
            # Plotly raises a wrapped title (two lines or three, as seen rendered) by one line above its anchor:
            # lowered by that line, its first line's top stays at the pad.
            y=1 - (TOP_PAD_PX + min(len(title_lines) - 1, 1) * title_px * LINE) / height,
            yanchor="top",
            font=dict(size=title_px, color=SLIDE_TITLE),
            subtitle=dict(
                text=f"{words}<br><span style='font-size:{scope_px}px'>{scope}</span>",
                font=dict(size=takeaway_px, color=SLIDE_TEXT),
            ),
        ),
        legend=dict(font=dict(size=text_px), xref="container", **_legend_place(beside, width, height, right, footer)),
        showlegend=len(entries) > 1,
    )
    plot_height = height - top - bottom
    slide.add_annotation(
        text=f"{escape(sources)}<br><b>{escape(credit)}</b>",
        xref="paper",
        yref="paper",
        x=(SIDE_PX - left) / (width - left - right),
        xanchor="left",
        y=-(bottom - 12) / plot_height,
        yanchor="bottom",
        showarrow=False,
        align="left",
        font=dict(size=foot_px, color=SLIDE_TEXT),
    )
    return slide


def _legend_place(beside: bool, width: float, height: float, right: float, footer: float) -> dict:
    """Where the frame sets the legend: to the right of the plot, top-aligned, or in rows above the footer."""
    if beside:
        return dict(orientation="v", x=(width - right + 24) / width, xanchor="left", yref="paper", y=1, yanchor="top")
    return dict(
        orientation="h", x=SIDE_PX / width, xanchor="left", yref="container", y=(footer + 8) / height, yanchor="bottom"
    )
