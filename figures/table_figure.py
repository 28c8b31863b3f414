"""A table drawn as a figure: for the parts of a page that are words (who signed, a quote, a source) and must
still be shown, presented and exported like a chart. Rows are as tall as their longest wrapped cell."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from datalayer.viewmodels.charts import TableFigure
from figures.theme import TABLE_HEADER, TABLE_RULE, TRANSPARENT

WIDEST_COLUMN, NARROWEST_COLUMN = 36, 12  # characters: a quote wraps rather than squeeze a date
# A row is its wrapped lines and padding, ROW_PX at least.
LINE_PX, ROW_PAD_PX, ROW_PX, HEADER_PX, MARGIN_PX = 18, 10, 28, 36, 14
CANVAS_CHARS = 110  # characters a line holds across the whole table at the screen's type size
CELL_ROOM = 0.85  # the share of a column's characters a cell's text gets, its padding taken out
FITS_FROM_PX = 900  # the narrowest canvas that holds CANVAS_CHARS a line: on a narrower screen the rows would clip


def column_widths(table: pd.DataFrame, headers: Mapping[str, str]) -> list[int]:
    """Each column's width in characters: its longest cell or header, capped so a quote wraps."""
    return [
        max(min(max([len(str(v)) for v in table[c]] + [len(headers[c])]), WIDEST_COLUMN), NARROWEST_COLUMN)
        for c in headers
    ]


def table_figure(table: pd.DataFrame, spec: TableFigure) -> go.Figure:
    """One row per row of `table`, the columns of `headers` in order, text as the table has it."""
    widths = column_widths(table, spec.headers)
    share = [w / sum(widths) * CANVAS_CHARS for w in widths]  # characters each column holds on a line
    # Lines as the cell wraps them, word by word (a word never splits), in the room its padding leaves.
    lines = [
        max(len(textwrap.wrap(str(v), max(int(s * CELL_ROOM), 1))) or 1 for v, s in zip(row, share, strict=True))
        for row in table[list(spec.headers)].itertuples(index=False)
    ]
    header_lines = max(
        len(textwrap.wrap(h, max(int(s), 1))) or 1 for h, s in zip(spec.headers.values(), share, strict=True)
    )
    header_px = HEADER_PX + LINE_PX * (header_lines - 1)
    figure = go.Figure(
        go.Table(
            columnwidth=widths,
            header=dict(
                values=[f"<b>{h}</b>" for h in spec.headers.values()],
                align="left",
                fill_color=TABLE_HEADER,
                line_color=TABLE_RULE,
                height=header_px,
            ),
            cells=dict(
                values=[table[c].astype(str).tolist() for c in spec.headers],
                align="left",
                fill_color=TRANSPARENT,
                line_color=TABLE_RULE,
                height=ROW_PX,
            ),
        )
    )
    rows = sum(max(ROW_PX, LINE_PX * n + ROW_PAD_PX) for n in lines)
    figure.update_layout(
        height=header_px + rows + 2 * MARGIN_PX, margin=dict(l=0, r=0, t=MARGIN_PX, b=MARGIN_PX, pad=0)
    )
    return figure
