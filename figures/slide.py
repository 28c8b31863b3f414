"""A standalone slide image: the chart as the slide media draw it (figures.media), with the exhibit's
title, subtitle, source line and the dashboard's name drawn around it."""
from __future__ import annotations

from html import escape

import plotly.graph_objects as go

from figures.theme import SLIDE_TEXT, SLIDE_TITLE

TITLE_SCALE = 2  # the title, twice the chart's text
FRAME_TOP_PX, FRAME_BOTTOM_PX = 190, 270  # room for title and subtitle above, legend and source line below
MAX_SOURCES_NAMED = 4


def source_line(publishers: list[str]) -> str:
    """'Sources: TASS; Xinhua; SpaceNews; NASA and 12 more'."""
    unique = list(dict.fromkeys(p for p in publishers if p))
    if not unique:
        return "Source: ILRS Tracker's curated data"
    named = "; ".join(unique[:MAX_SOURCES_NAMED])
    more = len(unique) - MAX_SOURCES_NAMED
    return f"Sources: {named}" + (f" and {more} more" if more > 0 else "")


def framed_slide(chart: go.Figure, *, title: str, subtitle: str, sources: str, credit: str) -> go.Figure:
    """A standalone slide image: the chart (already sized for its medium) with its title and subtitle above,
    its source line and the dashboard's name below. Text from the data is escaped: Plotly reads tags in these
    strings."""
    slide = go.Figure(chart)
    text_px = slide.layout.font.size
    plot_height = slide.layout.height - FRAME_TOP_PX - FRAME_BOTTOM_PX
    slide.update_layout(margin=dict(l=90, r=60, t=FRAME_TOP_PX, b=FRAME_BOTTOM_PX),
                        legend=dict(orientation="h", x=0, xanchor="left", y=-0.1, yanchor="top"))
    # Title and subtitle sit in the top margin, the source line at the foot, placed in paper units from the
    # plot area so every chart type (axes or a map) keeps them in the same place.
    slide.add_annotation(text=f"<b>{escape(title)}</b>", xref="paper", yref="paper", x=0, xanchor="left",
                         y=1 + (FRAME_TOP_PX - 30) / plot_height, yanchor="top", showarrow=False,
                         font=dict(size=TITLE_SCALE * text_px, color=SLIDE_TITLE))
    slide.add_annotation(text=escape(subtitle), xref="paper", yref="paper", x=0, xanchor="left",
                         y=1 + (FRAME_TOP_PX - 95) / plot_height, yanchor="top", showarrow=False,
                         font=dict(size=text_px + 4, color=SLIDE_TEXT))
    slide.add_annotation(text=f"{escape(sources)}<br><b>{escape(credit)}</b>", xref="paper", yref="paper",
                         x=0, xanchor="left", y=-(FRAME_BOTTOM_PX - 24) / plot_height, yanchor="bottom",
                         showarrow=False, align="left", font=dict(size=text_px - 4, color=SLIDE_TEXT))
    return slide
