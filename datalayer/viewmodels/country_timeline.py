"""A country's timeline: its ties to both programs (its own signings and weaker ties, and its institutions'),
with each program's latest and next milestone for context."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.compare import milestone_timeline
from datalayer.loading.tables import Tables
from datalayer.viewmodels.compare import milestone_chart
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words import comparison_lines, country_lines, headlines
from datalayer.words.grammar import capitalised


def program_milestones(tables: Tables, joined: tuple[str, ...], as_of: date) -> pd.DataFrame:
    """The milestones the programs' own timeline names (the latest done and the next planned of each), for the
    programs the country joined: the context its ties sit in."""
    rows = comparison_lines.with_milestone_words(milestone_timeline(tables.milestones, as_of))
    return rows[rows["named"] & rows["program"].isin(joined) & (rows["relation"] == vocab.OWN)]


def timeline_exhibit(
    key: str,
    name: str,
    ilrs: pd.Series | None,
    artemis: pd.Series | None,
    institutions: pd.DataFrame,
    milestones: pd.DataFrame,
    as_of: date,
) -> Exhibit | None:
    label = capitalised(name)
    events = country_lines.tie_events(name, ilrs, artemis, institutions)
    if not events:
        return None
    ties = [
        {
            "program_label": vocab.PROGRAM_LABELS[p],
            "title": title,
            "date": row["date"],
            "date_start": row["date_start"],
            "date_status": vocab.DONE,
            "named": True,
            "short_title": short,
            "kind": "tie",
            "source": f"Source: {row['source_publisher']}",
            "source_publisher": row["source_publisher"],
            "source_url": row["source_url"],
        }
        for p, title, short, row in events
    ]
    context = [
        {
            "program_label": row["program_label"],
            "title": country_lines.program_milestone(row["title"]),
            "date": row["date"],
            "date_start": row["date_start"],
            "date_status": row["date_status"],
            "named": False,
            "short_title": row["short_title"],
            "kind": "program milestone",
            "source": row["source"],
            "source_publisher": row["source_publisher"],
            "source_url": row["source_url"],
        }
        for _, row in milestones.iterrows()
    ]
    table = pd.DataFrame(ties + context).sort_values("date_start", kind="stable").reset_index(drop=True)
    return Exhibit(
        key=key,
        title=country_lines.timeline_title(name),
        subtitle=subtitle(label, as_of, country_lines.TIMELINE_DETAIL),
        summary=country_lines.timeline_summary(name, table[table["kind"] == "tie"]),
        table=table,
        chart=milestone_chart(as_of),
        sources=sources_of(table, day=None),
        headline=headlines.timeline(name, table[table["kind"] == "tie"]),
    )
