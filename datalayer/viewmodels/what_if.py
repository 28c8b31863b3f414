"""The growth page's 'What if they all signed?' exhibit: a scenario drawn apart from our count, never mixed into
it. World-wide, like the targets it is read against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import growth
from datalayer.domain.scope import WORLD_SCOPE, Scope
from datalayer.domain.what_if import PRESETS, institution_candidates, path_to_target, scenario_states, state_candidates
from datalayer.loading.rows import rows_of
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import ScenarioBar
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.exhibit import Exhibit, project_source, sources_of, subtitle
from datalayer.words import growth_lines, headlines, what_if_lines

WHAT_IF = "growth.what_if"
WHAT_IF_HELP = what_if_lines.WHAT_IF_PANELS_NOTE
WHAT_IF_PROMPT = what_if_lines.WHAT_IF_INTRO


@dataclass(frozen=True, eq=False, kw_only=True)
class WhatIfModel(ViewModel):
    chosen: pd.DataFrame  # the states or institutions the scenario adds; no exhibit until something is chosen


def picker_options(tables: Tables, as_of: date) -> dict[str, str]:
    """token -> label for the picker: the presets, then every UN member state that has not signed."""
    states = state_candidates(tables.partners, tables.regions, tables.un_member_states, as_of)
    ties = {**vocab.STATUS_LABELS, vocab.NO_STATUS: what_if_lines.NO_TIE}
    return {
        **{p.slug: p.label for p in PRESETS},
        **{r.iso3: what_if_lines.picker_label(r.name, ties[r.tie]) for r in rows_of(states)},
    }


def what_if_model(
    tables: Tables,
    as_of: date,
    metric: str,
    target_year: int,
    tokens: tuple[str, ...],
    scope: Scope = WORLD_SCOPE,
) -> WhatIfModel:
    """The scenario of `tokens` (presets and ISO3 codes); `scope` lends the 'group' preset the reader's group."""
    target = growth.target_for(tables.targets, metric)
    # Every panel names what a link's list left out, though only the countries panel draws the states.
    scenario = scenario_states(
        tokens,
        tables.partners,
        tables.artemis_accords,
        tables.blocs,
        tables.regions,
        tables.un_member_states,
        as_of,
        scope.group,
    )
    notices = tuple(what_if_lines.left_out_notice(left) for left in scenario.left_out)
    if metric == vocab.RESEARCHERS or target is None:
        return WhatIfModel(chosen=pd.DataFrame(), notices=notices)
    if metric == vocab.COUNTRIES:
        chosen, label, noun = (
            scenario.chosen,
            what_if_lines.scenario_label(scenario.chosen, scenario.presets, scope.name),
            "states",
        )
        artemis = list(chosen.loc[chosen["artemis_signed"] != "", "short_name"])
    else:  # every institution tied without a signing we can source: no picker
        chosen = institution_candidates(tables.partners, as_of)
        artemis, noun = None, "institutions"
        label = what_if_lines.institutions_label(len(chosen))
    if chosen.empty:
        return WhatIfModel(chosen=chosen, notices=notices)
    counted = growth.counted_partners(tables.partners, metric, vocab.STATES_ONLY)
    path = path_to_target(counted, len(chosen), int(target["value"]), target_year, as_of)
    # A stacked bar, not a path over time: signed today plus the scenario, against the target. Drawn as a path, a
    # scenario past its target read as a fall.
    table = pd.DataFrame(
        {
            "part": [vocab.OUR_COUNT, vocab.SCENARIO, vocab.TARGET],
            "value": [path.today, len(chosen), path.target],
            "name": [
                growth_lines.counted_label(metric, None),
                what_if_lines.scenario_name(label),
                growth_lines.target_short(path.target, target_year),
            ],
            "source_publisher": ["", "", target["source_publisher"]],
            "source_url": ["", "", target["source_url"]],
        }
    )
    exhibit = Exhibit(
        key=WHAT_IF,
        title=what_if_lines.WHAT_IF_TITLE,
        subtitle=subtitle(
            "World", as_of, what_if_lines.scenario_detail(label), growth_lines.target_read_by(target_year)
        ),
        summary=what_if_lines.what_if_summary(label, noun, path, artemis),
        table=table,
        chart=ScenarioBar(
            part="part",
            value="value",
            name="name",
            bar=vocab.METRIC_LABELS[metric],
            names=dict(zip(table["part"], table["name"], strict=True)),
        ),
        sources=(*sources_of(table, day=None), project_source("data/ilrs_partners.csv")),
        headline=headlines.what_if(label, noun, path.with_scenario, path.target),
    )
    return WhatIfModel(exhibits=(exhibit,), chosen=chosen, notices=notices)
