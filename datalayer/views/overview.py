"""View model of the overview at /: our own headline counts, the partner map, the newest changes."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from datalayer import vocab
from datalayer.domain.headline import headline
from datalayer.domain.scope import Scope
from datalayer.loading.datasets import ARTEMIS_ACCORDS, BLOCS, CHANGES, PARTNERS, REGIONS
from datalayer.loading.tables import Tables
from datalayer.views.changes import changes_newest_first
from datalayer.views import statements
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
    h = headline(tables.partners, tables.artemis_accords, None, as_of)
    kpis = (statements.partner_tile(h), statements.orgs_tile(h), statements.institutions_tile(h),
            statements.weaker_tile(h), statements.artemis_tile(h))
    exhibit = map_exhibit(tables, points, drawable, Scope(), as_of, MapOptions(view=vocab.VIEW_ILRS),
                          key="overview.partners")
    newest = changes_newest_first(tables.changes).head(NEWEST_CHANGES)[CHANGE_COLUMNS].reset_index(drop=True)
    return OverviewPage(kpis, (exhibit,), newest)
