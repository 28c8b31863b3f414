"""A table drawn as a figure: the columns asked for, in order, with their headers, and rows as tall as their text."""

import pandas as pd

from datalayer.viewmodels.charts import TableFigure
from figures.table_figure import table_figure

ROWS = pd.DataFrame(
    {
        "program": ["ILRS", "Artemis Accords"],
        "quote": ["short", "a much longer quote " * 8],
        "source_url": ["https://a.example", "https://b.example"],
    }
)


def test_the_columns_shown_are_the_headers_in_order_and_nothing_else():
    figure = table_figure(ROWS, TableFigure(headers={"quote": "Their words", "program": "Program"}))
    [table] = figure.data
    assert list(table.header.values) == ["<b>Their words</b>", "<b>Program</b>"]
    assert [list(column) for column in table.cells.values] == [list(ROWS["quote"]), list(ROWS["program"])]


def test_a_long_cell_makes_the_figure_taller_and_its_column_wider():
    short = table_figure(ROWS.head(1), TableFigure(headers={"program": "Program", "quote": "Their words"}))
    both = table_figure(ROWS, TableFigure(headers={"program": "Program", "quote": "Their words"}))
    assert both.layout.height > short.layout.height + 20  # the second row wraps onto several lines
    widths = list(both.data[0].columnwidth)
    assert widths[1] > widths[0]
