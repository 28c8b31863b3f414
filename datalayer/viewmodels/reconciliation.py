"""Why our count differs from officials' figures: an exhibit on /growth and on the method page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer.domain.dates import dated_rows
from datalayer.domain.reconcile import reconcile
from datalayer.loading.datasets import CLAIM_NAMES, PARTNERS, REPORTED_COUNTS
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import ClaimGaps
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words import headlines, reconciliation_lines

RECONCILIATION = "growth.reconciliation"
USES = tuple(d.key for d in (PARTNERS, REPORTED_COUNTS, CLAIM_NAMES))


@dataclass(frozen=True, eq=False, kw_only=True)
class ReconciliationModel(ViewModel):
    names: pd.DataFrame  # each listed name and each name we count, with the side it is on and why


def reconciliation_model(tables: Tables, as_of: date) -> ReconciliationModel:
    """Every official figure stated by `as_of`, world-wide, beside our count under the same rule that day."""
    claims, names = reconciliation_lines.labelled(
        *reconcile(
            dated_rows(tables.reported_counts, as_of),
            dated_rows(tables.claim_names, as_of, "claim_date_start"),
            tables.partners,
        )
    )
    exhibit = Exhibit(
        key=RECONCILIATION,
        title=reconciliation_lines.RECONCILIATION_TITLE,
        subtitle=subtitle(
            "World",
            as_of,
            reconciliation_lines.AS_EACH_SPEAKER_COUNTED,
            reconciliation_lines.WORLD_WIDE_FIGURES,
        ),
        summary=reconciliation_lines.reconciliation_summary(claims, names),
        table=claims,
        chart=ClaimGaps(label="claim", claimed="claimed", ours="ours"),
        sources=sources_of(claims, day=None),
        headline=headlines.reconciliation(claims),
    )
    return ReconciliationModel(exhibits=(exhibit,), names=names)
