"""A figure laid out for a slide: 1920x1080, type a room can read, and, for a standalone image, the exhibit's
title, subtitle, source line and the dashboard's name drawn into it."""
from __future__ import annotations

from html import escape

import plotly.graph_objects as go

from components.theme import SLIDE_TEXT, SLIDE_TITLE

SLIDE_WIDTH, SLIDE_HEIGHT = 1920, 1080
BASE_FONT_PX = 22  # about twice the screen size: readable from the back of a room
TITLE_FONT_PX = 44
FRAME_TOP_PX, FRAME_BOTTOM_PX = 190, 270  # room for title and subtitle above, legend and source line below
TEMPLATE = "plotly_white"  # screens take Streamlit's theme; a slide needs its own, on white
MAX_SOURCES_NAMED = 4


def source_line(publishers: list[str]) -> str:
    """'Sources: TASS; Xinhua; SpaceNews; NASA and 12 more'."""
    unique = list(dict.fromkeys(p for p in publishers if p))
    if not unique:
        return "Source: ILRS Tracker's curated data"
    named = "; ".join(unique[:MAX_SOURCES_NAMED])
    more = len(unique) - MAX_SOURCES_NAMED
    return f"Sources: {named}" + (f" and {more} more" if more > 0 else "")


def for_slide(figure: go.Figure) -> go.Figure:
    """The chart alone at slide size, with large type (a picture placed under a native slide title)."""
    slide = go.Figure(figure)
    slide.update_layout(width=SLIDE_WIDTH, height=SLIDE_HEIGHT, template=TEMPLATE, font=dict(size=BASE_FONT_PX),
                        legend=dict(font=dict(size=BASE_FONT_PX)), margin=dict(l=90, r=60, t=40, b=60))
    slide.update_xaxes(tickfont=dict(size=BASE_FONT_PX), title_font=dict(size=BASE_FONT_PX))
    slide.update_yaxes(tickfont=dict(size=BASE_FONT_PX), title_font=dict(size=BASE_FONT_PX))
    slide.update_annotations(font=dict(size=BASE_FONT_PX))
    return slide


def framed_slide(figure: go.Figure, *, title: str, subtitle: str, sources: str, credit: str) -> go.Figure:
    """A standalone slide image: the chart with its title and subtitle above, its source line and the
    dashboard's name below. Text from the data is escaped: Plotly reads tags in these strings."""
    slide = for_slide(figure)
    plot_height = SLIDE_HEIGHT - FRAME_TOP_PX - FRAME_BOTTOM_PX
    slide.update_layout(margin=dict(l=90, r=60, t=FRAME_TOP_PX, b=FRAME_BOTTOM_PX),
                        legend=dict(orientation="h", x=0, xanchor="left", y=-0.1, yanchor="top"))
    # Title and subtitle sit in the top margin, the source line at the foot, placed in paper units from the
    # plot area so every chart type (axes or a map) keeps them in the same place.
    slide.add_annotation(text=f"<b>{escape(title)}</b>", xref="paper", yref="paper", x=0, xanchor="left",
                         y=1 + (FRAME_TOP_PX - 30) / plot_height, yanchor="top", showarrow=False,
                         font=dict(size=TITLE_FONT_PX, color=SLIDE_TITLE))
    slide.add_annotation(text=escape(subtitle), xref="paper", yref="paper", x=0, xanchor="left",
                         y=1 + (FRAME_TOP_PX - 95) / plot_height, yanchor="top", showarrow=False,
                         font=dict(size=BASE_FONT_PX + 4, color=SLIDE_TEXT))
    slide.add_annotation(text=f"{escape(sources)}<br><b>{escape(credit)}</b>", xref="paper", yref="paper",
                         x=0, xanchor="left", y=-(FRAME_BOTTOM_PX - 24) / plot_height, yanchor="bottom",
                         showarrow=False, align="left", font=dict(size=BASE_FONT_PX - 4, color=SLIDE_TEXT))
    return slide
