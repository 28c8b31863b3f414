"""The two facts a room remembers, as one chart: both coalitions' member states on two dates, a slope between them.

By default the first date is the ILRS's newest state signing in the scope (so the chart says what happened since
it last grew); a reader picks another with ?since=, which makes it 'since our last briefing'.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import compare
from datalayer.domain.dates import dated_rows
from datalayer.domain.scope import ScopeOnDate, within
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import Slope
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words import comparison_lines, headlines
from datalayer.words.dates import written_date

SINCE = "compare.since"  # the exhibit's key: the compare page's, the overview's and the pack's first chart
DEFAULT_SPAN_DAYS = 365  # a scope with no ILRS signing compares with a year before


def default_since(tables: Tables, at: ScopeOnDate) -> date:
    """The ILRS's newest state signing in the scope by the As of date, or a year before it where there is none."""
    ilrs = within(compare.ilrs_member_states(tables.partners, at.as_of), at.members)
    signed = ilrs.loc[ilrs["status"] == vocab.SIGNED, "date_start"]
    if signed.empty or signed.max().date() >= at.as_of:
        return (pd.Timestamp(at.as_of) - pd.Timedelta(days=DEFAULT_SPAN_DAYS)).date()
    return signed.max().date()


def members_on(tables: Tables, at: ScopeOnDate, days: tuple[date, ...]) -> pd.DataFrame:
    """(program, date, date_label, count): each coalition's member states in the scope on each day, each
    with its lead, as /compare counts them."""
    rows = []
    for day in days:
        for program, members in (
            (vocab.ILRS, within(compare.ilrs_member_states(tables.partners, day), at.members)),
            (vocab.ARTEMIS, within(dated_rows(tables.artemis_accords, day), at.members)),
        ):
            rows.append(
                {
                    "program": vocab.PROGRAM_LABELS[program],
                    "date": day,
                    "date_label": written_date(day),
                    "count": len(members),
                }
            )
    return pd.DataFrame(rows, columns=["program", "date", "date_label", "count"])


def since_exhibit(tables: Tables, at: ScopeOnDate, since: date | None = None) -> Exhibit:
    """Both coalitions on `since` (by default the ILRS's newest signing) and on the As of date."""
    first = since if since is not None and since < at.as_of else default_since(tables, at)
    table = members_on(tables, at, (first, at.as_of))
    partners = tables.partners
    signed = partners[(partners["kind"] == vocab.STATE) & partners["status"].isin([vocab.SIGNED, vocab.LEAD])]
    sources = sources_of(pd.concat([within(signed, at.members), within(tables.artemis_accords, at.members)]))
    return Exhibit(
        key=SINCE,
        title=comparison_lines.SINCE_TITLE,
        subtitle=subtitle(at.scope.label, at.as_of, comparison_lines.since_detail(first)),
        summary=comparison_lines.since_summary(table, at.scope),
        table=table,
        chart=Slope(
            moment="date_label",
            count="count",
            program="program",
            y_title=comparison_lines.MEMBER_STATES,
        ),
        sources=sources,
        headline=headlines.since(table, at.scope),
    )
