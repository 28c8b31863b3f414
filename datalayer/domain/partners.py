"""Transforms over the validated partner table (see datasets.PARTNERS)."""
from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows

WEAKER_TIES = tuple(s for s in vocab.PARTNER_STATUSES if s != vocab.SIGNED)


def partners_as_of(partners: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """Partners whose dated tie (signing, or first report for weaker ties) began on or before `as_of`."""
    return dated_rows(partners, as_of)


def of_kind(partners: pd.DataFrame, kind: str) -> pd.DataFrame:
    return partners[partners["kind"] == kind]


def signed_count(partners: pd.DataFrame, kind: str) -> int:
    return int(((partners["kind"] == kind) & (partners["status"] == vocab.SIGNED)).sum())


def headline_counts(partners: pd.DataFrame) -> dict[str, int]:
    """Our own counts for the overview: signed partners by kind, and the weaker ties. The lead is not its own
    partner, so it is in neither."""
    return {
        "signed_states": signed_count(partners, vocab.STATE),
        "signed_orgs": signed_count(partners, vocab.INTL_ORG),
        "signed_institutions": signed_count(partners, vocab.INSTITUTION),
        "weaker_ties": int(partners["status"].isin(WEAKER_TIES).sum()),
    }
