"""States named in the language being written: every table's names of states replaced by CLDR's, so a sentence,
a chart's label and a table name a state as the reader's language does ('Sénégal', '塞内加尔'). English keeps the
names our data gives (the UN's, and the short names sentences use)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from datalayer import vocab
from datalayer.loading import datasets
from datalayer.loading.tables import Tables
from datalayer.words.cldr import country_name
from datalayer.words.language import language

# dataset -> the columns that name a state, and (column, value) a row holds when it is a state (None: every row).
STATE_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, str] | None]] = {
    datasets.PARTNERS.key: (("name",), ("kind", vocab.STATE)),  # an institution keeps its own name
    datasets.ARTEMIS_ACCORDS.key: (("country",), None),
    datasets.BLOCS.key: (("country",), None),
    datasets.REGIONS.key: (("country", "short_name"), None),
    datasets.SPACE_POWERS.key: (("country", "common_name"), None),
    datasets.UN_MEMBER_STATES.key: (("country",), None),
    datasets.COUNTRY_INDICATORS.key: (("country",), None),
}


def named_in_language(tables: Tables) -> Tables:
    """`tables` with every state named in the active language (the same tables in English)."""
    if language() == vocab.ENGLISH:
        return tables
    by_key = dict(tables.by_key)
    for key, (columns, only) in STATE_NAMES.items():
        if key in by_key:
            by_key[key] = _renamed(by_key[key], columns, only)
    return replace(tables, by_key=by_key)


def _renamed(table: pd.DataFrame, columns: tuple[str, ...], only: tuple[str, str] | None) -> pd.DataFrame:
    table = table.copy()
    rows = table[only[0]] == only[1] if only else pd.Series(True, index=table.index)
    for column in columns:
        english = table.loc[rows, column].where(table.loc[rows, column] != "", table.loc[rows, columns[0]])
        table.loc[rows, column] = [
            country_name(iso3, name) for iso3, name in zip(table.loc[rows, "iso3"], english, strict=True)
        ]
    return table
