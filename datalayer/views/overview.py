"""View model of the overview at /: our own headline counts, the partner map, the newest changes."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.partners import headline_counts, partners_as_of
from datalayer.domain.scope import Scope
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, CHANGES, PARTNERS, REGIONS
from datalayer.loading.tables import Tables
from datalayer.views.changes import changes_newest_first
from datalayer.views.common import Kpi
from datalayer.views.exhibit import Exhibit
from datalayer.views.map import MapOptions, map_exhibit

NEWEST_CHANGES = 5
CHANGE_COLUMNS = ["change", "event_date", "reason", "source_publisher", "source_url"]  # as a reader scans them

# The datasets this page draws on: a malformed one stops this page only.
USES = tuple(d.key for d in (PARTNERS, ARTEMIS_ACCORDS, REGIONS, BLOCS, CHANGES))


@dataclass(frozen=True, eq=False)
class OverviewPage:
    kpis: tuple[Kpi, ...]
    exhibits: tuple[Exhibit, ...]
    newest_changes: pd.DataFrame  # the five newest rows of the changes feed


def overview_page(tables: Tables, points: pd.DataFrame, drawable: set[str]) -> OverviewPage:
    """As of the data's check date, for the whole world: the lead (China) is shown, never counted."""
    as_of = tables.checked_on
    counts = headline_counts(partners_as_of(tables.partners, as_of))
    accords = len(dated_rows(tables.artemis_accords, as_of))
    kpis = (
        Kpi("ILRS partner states", str(counts["signed_states"]),
            "States with a signed ILRS document we can source. China leads the program and is not counted."),
        Kpi("International organizations", str(counts["signed_orgs"]), "Signed organizations."),
        Kpi("Institutions", str(counts["signed_institutions"]), "Research institutions and companies that signed."),
        Kpi("Weaker ties, all kinds", str(counts["weaker_ties"]),
            "States, organizations and institutions announced by an official, applied, or payload partners only: "
            "not counted as members. The map's sentence counts states only."),
        Kpi("Artemis Accords signatories", str(accords), "Signatories we can source, the United States included."),
    )
    exhibit = map_exhibit(tables, points, drawable, Scope(), as_of, MapOptions(view=vocab.VIEW_ILRS),
                          key="overview.partners")
    newest = changes_newest_first(tables.changes).head(NEWEST_CHANGES)[CHANGE_COLUMNS].reset_index(drop=True)
    return OverviewPage(kpis, (exhibit,), newest)
