"""The spine every page shares: an Exhibit is one chart as a reader meets it.

A view model returns Exhibits; one renderer shows them on screen, and exports, the briefing pack and presenter
mode iterate the same ones, so nothing about a chart is defined twice. The figure itself is drawn from
`chart` (a typed spec: the builder and the table's column roles, datalayer/viewmodels/charts.py) by
`figures.builders`, which keeps this layer free of Plotly and Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer.viewmodels.charts import ChartSpec
from datalayer.words import interface


@dataclass(frozen=True)
class Source:
    publisher: str
    url: str
    date: str = ""
    grade: str = ""  # the page's grade (vocab.SOURCE_GRADES), where the rows citing it carry one


@dataclass(frozen=True, eq=False)
class Exhibit:
    key: str  # stable, page-prefixed: 'growth.countries'
    title: str  # what the chart is ('Members over time'): shown under the headline, names files and sections
    subtitle: str  # scope, As of and counting rule
    summary: str  # one generated sentence: what a presenter reads, what a screen reader hears
    table: pd.DataFrame  # exactly what the chart draws: the CSV a reader downloads
    chart: ChartSpec
    sources: tuple[Source, ...]
    # What the chart shows, said from its table (datalayer/words/headlines.py): the title a reader sees on screen,
    # in presenter mode, on a slide image and in the pack.
    headline: str

    def __post_init__(self) -> None:
        self.chart.check(self.table, self.key)  # a column the chart reads but the table lacks fails here
        if not self.headline.strip():
            raise ValueError(f"{self.key}: an exhibit says what it shows; its headline is empty")

    @property
    def label_line(self) -> str:
        """'Members over time · World · As of 7 December 2026 · each coalition with its lead': what the chart is,
        under the headline that says what it shows."""
        return interface.label_line(self.title, self.subtitle)

    @property
    def file_stem(self) -> str:
        """'growth-countries': the exhibit in a file name."""
        return self.key.replace(".", "-").replace("_", "-")


def sources_of(
    table: pd.DataFrame, publisher: str = "source_publisher", url: str = "source_url", day: str | None = "source_date"
) -> tuple[Source, ...]:
    """The distinct sources of a table's rows, in first-seen order; rows without an address are skipped."""
    if publisher not in table or url not in table:
        return ()
    graded = "source_grade" in table
    columns = [publisher, url] + ([day] if day and day in table else []) + (["source_grade"] if graded else [])
    rows = table[columns].drop_duplicates(subset=[url])
    rows = rows[rows[url].astype(str).str.startswith(("http://", "https://"))]
    days = rows[day] if day and day in table else [""] * len(rows)
    grades = rows["source_grade"] if graded else [""] * len(rows)
    return tuple(
        Source(str(p), str(u), str(d), str(g) if isinstance(g, str) else "")
        for p, u, d, g in zip(rows[publisher], rows[url], days, grades, strict=True)
    )


def project_source(file: str) -> Source:
    """Our own compiled file as a source (its rows carry their own sources)."""
    return Source(interface.our_file(file), "")


def subtitle(scope_label: str, as_of: date, *details: str) -> str:
    """'BRICS members · As of 21 November 2026 · States only'."""
    return interface.subtitle(scope_label, as_of, *details)
