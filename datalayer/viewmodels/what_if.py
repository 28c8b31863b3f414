"""The growth page's 'What if they all signed?' exhibit: a scenario drawn apart from our count, never mixed into
it. World-wide, like the targets it is read against."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain import growth
from datalayer.domain.what_if import PRESETS, institution_candidates, path_to_target, scenario_states, state_candidates
from datalayer.loading.rows import rows_of
from datalayer.loading.tables import Tables
from datalayer.viewmodels.charts import GrowthPanel
from datalayer.viewmodels.common import ViewModel
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words import growth_lines, what_if_lines

WHAT_IF = "growth.what_if"
SCENARIO_WORD = "scenario"  # every title, legend, file and slide of the exhibit says it
WHAT_IF_HELP = (
    "States are chosen for the countries panel; the institutions panel adds every institution we know "
    "of with a tie but no signing. Kept in the link as ?what_if=ETH,BOL or a preset: ?what_if=announced."
)
WHAT_IF_PROMPT = (
    "Choose states that have not signed, or a preset, to see how far the ILRS would be from its "
    "targets if they signed today. The researchers' target has no count to start from."
)


@dataclass(frozen=True, eq=False, kw_only=True)
class WhatIfModel(ViewModel):
    chosen: pd.DataFrame  # the states or institutions the scenario adds; no exhibit until something is chosen


def picker_options(tables: Tables, as_of: date) -> dict[str, str]:
    """token -> label for the picker: the presets, then every UN member state that has not signed."""
    states = state_candidates(tables.partners, tables.regions, tables.un_member_states, as_of)
    ties = {**vocab.STATUS_LABELS, vocab.NO_STATUS: "no ILRS tie"}
    return {
        **{p.slug: p.label for p in PRESETS},
        **{r.iso3: f"{r.name} ({ties[r.tie].lower()})" for r in rows_of(states)},
    }


def what_if_model(tables: Tables, as_of: date, metric: str, target_year: int, tokens: tuple[str, ...]) -> WhatIfModel:
    target = growth.target_for(tables.targets, metric)
    # Every panel names what a link's list left out, though only the countries panel draws the states.
    scenario = scenario_states(
        tokens, tables.partners, tables.artemis_accords, tables.blocs, tables.regions, tables.un_member_states, as_of
    )
    notices = tuple(what_if_lines.left_out_notice(left) for left in scenario.left_out)
    if metric == vocab.RESEARCHERS or target is None:
        return WhatIfModel(chosen=pd.DataFrame(), notices=notices)
    if metric == vocab.COUNTRIES:
        chosen, label, noun = scenario.chosen, what_if_lines.scenario_label(scenario.chosen, scenario.presets), "states"
        artemis = list(chosen.loc[chosen["artemis_signed"] != "", "short_name"])
    else:  # every institution tied without a signing we can source: no picker
        chosen = institution_candidates(tables.partners, as_of)
        artemis, noun = None, "institutions"
        label = f"the {len(chosen)} candidate institutions we know of"
    if chosen.empty:
        return WhatIfModel(chosen=chosen, notices=notices)
    counted = growth.counted_partners(tables.partners, metric, vocab.STATES_ONLY)
    path = path_to_target(counted, len(chosen), int(target["value"]), target_year, as_of)
    series = growth.cumulative_series(counted, "date_start", as_of)
    end = pd.Timestamp(growth.deadline(target_year))
    # The path still to go, from the scenario's count to the target; a scenario at or past its target has none
    # (drawn as a path, a surplus would read as a fall), only its point today.
    still_to_go = path.with_scenario < path.target
    scenario_rows = pd.DataFrame(
        {
            "date": [pd.Timestamp(as_of), end][: 2 if still_to_go else 1],
            "value": [path.with_scenario, path.target][: 2 if still_to_go else 1],
        }
    )
    table = growth.panel_table(
        series,
        pd.DataFrame(
            columns=["date_start", "value", "stated", "rule", "speaker", "quote", "source_publisher", "source_url"]
        ),
        target,
        growth.projection(path.today, as_of, path.observed, target_year),
        target_text=growth_lines.target_label(target),
    )
    drawn = scenario_rows.assign(
        series=vocab.SCENARIO, label=SCENARIO_WORD, named=False, date=scenario_rows["date"].dt.date
    )
    table = pd.concat([table, drawn], ignore_index=True).fillna("")[growth.PANEL_COLUMNS]
    names = {
        vocab.OUR_COUNT: f"Our count: signed {vocab.METRIC_LABELS[metric].lower()}",
        vocab.PROJECTION: f"At the pace seen, {path.observed:.1f} a year (not a forecast)",
        vocab.TARGET: "Target",
        vocab.SCENARIO: f"Scenario: {label} join today",
        vocab.CLAIM: "",
        vocab.MILESTONE: "",
        vocab.OVERLAY: "",
    }
    exhibit = Exhibit(
        key=WHAT_IF,
        title=f"What if they all signed? A {SCENARIO_WORD}, not a count",
        subtitle=subtitle("World", as_of, f"{SCENARIO_WORD}: {label}", f"target read by end of {target_year}"),
        summary=what_if_lines.what_if_summary(label, noun, path, artemis),
        table=table,
        chart=GrowthPanel(
            date="date",
            value="value",
            series="series",
            label="label",
            group="rule",
            named="named",
            hover={},
            names=names,
            y_title=vocab.METRIC_LABELS[metric],
        ),
        sources=sources_of(table, day=None),
    )
    return WhatIfModel(exhibits=(exhibit,), chosen=chosen, notices=notices)
