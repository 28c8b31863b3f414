"""Country names: the UN's in tables, the common short name in sentences ('Bolivia', not 'Bolivia
(Plurinational State of)')."""

from __future__ import annotations

import pandas as pd


def short_names(regions: pd.DataFrame) -> dict[str, str]:
    """iso3 -> the name a sentence uses: data/regions.csv's short_name, else its UN name."""
    short = regions["short_name"].where(regions["short_name"] != "", regions["country"])
    return dict(zip(regions["iso3"], short, strict=True))
