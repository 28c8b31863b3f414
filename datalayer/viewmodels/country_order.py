"""Where a country stands in each coalition's order: every member of each, a dot at its signing date, the country
picked out ('ILRS: 12th of 12 partner states; Artemis Accords: 56th of 67 signatories')."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import DotStrip
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words import country_lines, headlines

ORDER = "country.order"


def members_in_order(tables: Tables, iso3: str, as_of: date) -> pd.DataFrame:
    """Each coalition's members by signing date: the ILRS's partner states (its lead is not a partner), the
    Accords' signatories (ties on a day in NASA's order); each with its place and how many there are."""
    partners = dated_rows(tables.partners, as_of)
    ilrs = partners[(partners["kind"] == vocab.STATE) & (partners["status"] == vocab.SIGNED)]
    accords = dated_rows(tables.artemis_accords, as_of)
    frames = []
    for program, rows, name, tie_break in (
        (vocab.ILRS, ilrs, "name", []),
        (vocab.ARTEMIS, accords, "country", ["order"]),
    ):
        rows = rows.sort_values(["date_start", *tie_break], kind="stable")
        # Signed on the same day, states share a place ('joint 1st': the Accords' eight founders).
        place = rows["date_start"].rank(method="min").astype(int)
        joint = rows["date_start"].duplicated(keep=False)
        frames.append(
            pd.DataFrame(
                {
                    "program": vocab.PROGRAM_LABELS[program],
                    "country": rows[name].to_numpy(),
                    "iso3": rows["iso3"].to_numpy(),
                    "date": rows["date"].to_numpy(),
                    "date_start": rows["date_start"].dt.date.to_numpy(),
                    "place": place.to_numpy(),
                    "joint": joint.to_numpy(),
                    "of": len(rows),
                    "this_country": (rows["iso3"] == iso3).to_numpy(),
                    "source_publisher": rows["source_publisher"].to_numpy(),
                    "source_url": rows["source_url"].to_numpy(),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def order_exhibit(tables: Tables, iso3: str, name: str, label: str, as_of: date) -> Exhibit | None:
    """None for a country in neither coalition's order (the ILRS's lead included: it did not join)."""
    table = members_in_order(tables, iso3, as_of)
    if not table["this_country"].any():
        return None
    mine = table[table["this_country"]]
    return Exhibit(
        key=ORDER,
        title=country_lines.order_title(name),
        subtitle=subtitle(label, as_of, country_lines.ORDER_DETAIL),
        summary=country_lines.order_summary(name, mine),
        table=table,
        chart=DotStrip(date="date_start", lane="program", label="country", highlight="this_country"),
        sources=sources_of(mine, day=None),
        headline=headlines.country_order(name, mine),
    )
