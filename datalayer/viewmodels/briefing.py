"""View model of the briefing pack: the exhibits a briefing shows, in briefing order, for one scope and As of
date, with every source they rest on (deduplicated), the key facts as a table, and the citation."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.vocab import APP_NAME
from datalayer.domain.scope import Scope
from datalayer.loading.tables import Tables
from datalayer.viewmodels import compare as compare_view
from datalayer.viewmodels.compare import compare_page
from datalayer.viewmodels.common import staleness_notice
from datalayer.viewmodels.exhibit import Exhibit, Source, long_date, sources_of
from datalayer.viewmodels.growth import TARGETS_AT_A_GLANCE, GrowthOptions, growth_page, panel_key
from datalayer.viewmodels.map import MapOptions, map_exhibit, map_key

KEY_FACTS = "key_facts"  # where the key-facts table stands in the briefing order
# Partner map, growth against all three targets, ILRS vs Artemis over time, composition by bloc, overlap, key
# facts, milestones.
# The researchers' panel has no counted series: the targets slide says "no count published" for it.
ORDER = (map_key(vocab.VIEW_ILRS), TARGETS_AT_A_GLANCE, panel_key(vocab.COUNTRIES), panel_key(vocab.INSTITUTIONS),
         compare_view.MEMBERSHIP, compare_view.BY_BLOC, compare_view.OVERLAP, KEY_FACTS, compare_view.MILESTONES)
KEY_FACTS_TITLE = "Key facts: ILRS and Artemis Accords side by side"


@dataclass(frozen=True, eq=False)
class Briefing:
    scope: Scope
    as_of: date
    checked_on: date
    exhibits: tuple[Exhibit, ...]
    key_facts: pd.DataFrame
    sources: tuple[Source, ...]  # every source of every slide, once
    stale: str | None = None  # said on the title slide when the newest check is old

    @property
    def title(self) -> str:
        return f"{APP_NAME} briefing: {self.scope.label}"

    @property
    def subtitle(self) -> str:
        line = f"As of {long_date(self.as_of)} · data checked to {long_date(self.checked_on)}"
        return f"{line} · {self.stale}" if self.stale else line

    @property
    def slides(self) -> tuple[str, ...]:
        """The content slides in order: exhibit keys, with KEY_FACTS where the table stands."""
        return tuple(k for k in ORDER if k == KEY_FACTS or k in {e.key for e in self.exhibits})


def pack_file_name(scope: Scope, as_of: date, extension: str) -> str:
    """'ilrs-briefing_brics_2026-11-21.pptx'"""
    return f"ilrs-briefing_{scope.slug}_{as_of.isoformat()}.{extension}"


def citation(checked_on: date, address: str) -> str:
    """The suggested citation of one view: 'ILRS Tracker, data checked to 21 November 2026, view: <address>'."""
    return f"{APP_NAME}, data checked to {long_date(checked_on)}, view: {address}"


def briefing(tables: Tables, points: pd.DataFrame, drawable: set[str], scope: Scope, as_of: date,
             today: date | None = None) -> Briefing:
    compare = compare_page(tables, points, drawable, scope, as_of)
    growth_panels = [growth_page(tables, scope, as_of, GrowthOptions(metric=m)).exhibits
                     for m in (vocab.COUNTRIES, vocab.INSTITUTIONS)]
    exhibits = {e.key: e for e in (
        map_exhibit(tables, points, drawable, scope, as_of, MapOptions(), key=map_key(vocab.VIEW_ILRS)),
        *(e for panels in growth_panels for e in panels), *compare.exhibits)}
    ordered = tuple(exhibits[k] for k in ORDER if k != KEY_FACTS)
    seen: dict[str, Source] = {}
    for source in [s for e in ordered for s in e.sources] + list(sources_of(compare.key_facts, day="source_date")):
        seen.setdefault(source.url or source.publisher, source)
    return Briefing(scope, as_of, tables.checked_on, ordered, compare.key_facts, tuple(seen.values()),
                    staleness_notice(tables.checked_on, today or date.today()))
