"""The one renderer of an Exhibit on screen: title, subtitle, its one-sentence summary as visible text (the chart's
text alternative), the chart, and a section (drawn when opened) with the table it draws, that table's CSV, its
sources and slide images."""

from __future__ import annotations

import weakref

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import data_access
from components.markdown import escaped
from components.tables import show_table
from components.widgets.sections import lazy_tabs, section
from datalayer import vocab
from datalayer.viewmodels.charts import TableFigure
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.words import interface
from datalayer.words.headline_tiles import Tile
from datalayer.words.translation import t
from figures import export
from figures.media import for_medium
from figures.plotly_config import PLOTLY_CONFIG
from figures.table_figure import FITS_FROM_PX

_FIGURES: weakref.WeakKeyDictionary[Exhibit, dict[tuple[str, bool], go.Figure]] = weakref.WeakKeyDictionary()
MOBILE_TOKEN = "Mobi"  # in every phone browser's User-Agent and no desktop's (MDN's advice for this one test)


def dark_theme() -> bool:
    """Whether the viewer's page is in the dark theme (Streamlit reads it from the app's background)."""
    return st.context.theme.type == "dark"


def screen_medium() -> str:
    """The page's medium: a phone's narrow chart places its labels for its width. The server sees no screen
    size, only the browser's User-Agent."""
    return vocab.PHONE if MOBILE_TOKEN in (st.context.headers.get("User-Agent") or "") else vocab.SCREEN


def figure_of(exhibit: Exhibit, dark: bool = False, medium: str = vocab.SCREEN) -> go.Figure:
    """The exhibit's figure for the page, drawn once per exhibit object, medium and theme: cached view models
    hand every rerun and every session the same exhibits, so a rerun sends a figure without building it again."""
    drawn = _FIGURES.setdefault(exhibit, {})
    if (medium, dark) not in drawn:
        drawn[medium, dark] = for_medium(exhibit, medium, dark)
    return drawn[medium, dark]


def widget_key(exhibit: Exhibit, part: str) -> str:
    """'map.ilrs' -> 'map_ilrs_chart': stable and page-prefixed, since exhibit keys start with their page."""
    return f"{exhibit.key.replace('.', '_')}_{part}"


def sources_table(exhibit: Exhibit) -> pd.DataFrame:
    return pd.DataFrame(
        [{"source": s.publisher, "date": s.date, "source_url": s.url} for s in exhibit.sources],
        columns=["source", "date", "source_url"],
    )


def show_image_downloads(exhibit: Exhibit) -> None:
    """Slide-ready PNG and SVG (1920x1080, title, subtitle, sources and the dashboard's name drawn in), rendered
    on the server only when clicked."""
    problem = export.unavailable()
    checked_on = data_access.tables().checked_on
    for column, fmt in zip(st.columns(2), export.FORMATS, strict=True):

        def image(fmt: str = fmt) -> bytes:  # made only when clicked
            return export.exhibit_image(data_access.image_renderer(), exhibit, checked_on, fmt)

        column.download_button(
            f"Slide image ({fmt.upper()})",
            image,
            file_name=f"ilrs-tracker_{exhibit.file_stem}.{fmt}",
            mime=export.FORMATS[fmt],
            key=widget_key(exhibit, f"{fmt}_download"),
            icon=":material/image:",
            on_click="ignore",
            disabled=problem is not None,
            help=problem,
        )


TABLE_FRAME = "table_frame"  # the key suffix of the box a table figure is drawn in
# Constant styling, never text from data. A table figure's rows are as tall as its cells wrap on a canvas of
# FITS_FROM_PX: narrower (a phone), the table keeps that width and scrolls sideways inside its box, rather than
# clip its rows.
TABLE_FRAME_CSS = f"""<style>
[class*="_{TABLE_FRAME}"] {{overflow-x: auto;}}
[class*="_{TABLE_FRAME}"] > [data-testid="stElementContainer"] {{min-width: {FITS_FROM_PX}px;}}
[class*="_{TABLE_FRAME}"] > [data-testid="stElementContainer"]:has(style) {{display: none;}}
</style>"""


def _table_frame(exhibit: Exhibit):
    """The box a table figure is drawn in, its style inside it (hidden: no gap above the table)."""
    frame = st.container(key=widget_key(exhibit, TABLE_FRAME))
    frame.markdown(TABLE_FRAME_CSS, unsafe_allow_html=True)
    return frame


def show_exhibit(exhibit: Exhibit, heading: bool = True, **chart_options):
    """Draws the exhibit; returns the chart's selection event when `on_select` is passed."""
    if heading:
        # A page's sections: h2 under the page's h1 (screen readers list headings in order, none skipped).
        # The finding is the heading; what the chart is, its scope and date follow it.
        st.header(escaped(exhibit.headline), anchor=exhibit.file_stem)
    st.caption(escaped(exhibit.label_line))  # region names come from the data
    # The takeaway before the chart, the table's section right after it: a screen reader, which cannot read a
    # chart, reaches what it shows and then the table it draws (plain text: names from the data are never read
    # as Markdown).
    st.text(exhibit.summary)
    with _table_frame(exhibit) if isinstance(exhibit.chart, TableFigure) else st.container():
        event = st.plotly_chart(
            figure_of(exhibit, dark_theme(), screen_medium()),
            config=PLOTLY_CONFIG,
            key=widget_key(exhibit, "chart"),
            width="stretch",
            **chart_options,
        )
    details = section(t(interface.DATA_DOWNLOAD_SOURCES), widget_key(exhibit, "details"))
    if details.open:
        with details:
            show_table(
                exhibit.table, key=widget_key(exhibit, "data"), download_name=f"ilrs-tracker_{exhibit.file_stem}.csv"
            )
            if exhibit.sources:
                show_table(sources_table(exhibit), key=widget_key(exhibit, "sources"), download=False)
            show_image_downloads(exhibit)
    return event


def show_exhibit_tabs(key: str, tabs: dict[str, Exhibit]) -> None:
    """One tab per exhibit (label -> exhibit); only the chosen tab's exhibit is drawn."""
    for tab, exhibit in zip(lazy_tabs(list(tabs), key), tabs.values(), strict=True):
        if tab.open:
            with tab:
                show_exhibit(exhibit)


def show_tiles(tiles: tuple[Tile, ...]) -> None:
    """The tiles in a row that wraps, each as wide as its own words: equal columns cut a label or a rule with an
    ellipsis on a 1280-1400 px screen ("International organ…")."""
    with st.container(horizontal=True, gap="medium"):
        for kpi in tiles:
            st.metric(
                kpi.label,
                kpi.value,
                help=kpi.help or None,
                delta=kpi.delta,
                delta_color="off",
                delta_arrow="off",
                width="content",
            )
