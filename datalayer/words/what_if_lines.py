"""The what-if scenario's sentence."""

from __future__ import annotations

import pandas as pd

from datalayer import vocab
from datalayer.domain.what_if import PRESETS_BY_SLUG, LeftOut
from datalayer.words.grammar import count_noun, listed
from datalayer.words.programs import ILRS_LEAD

# --- Titles, notes and labels ---------------------------------------------------------------------------------
WHAT_IF_INTRO = (
    "Choose states that have not signed, or a preset, to see how far the ILRS would be from its targets "
    "if they signed today. The researchers' target has no count to start from."
)
WHAT_IF_PANELS_NOTE = (
    "States are chosen for the countries panel; the institutions panel adds every institution we know of "
    "with a tie but no signing. Kept in the link as ?what_if=ETH,BOL or a preset: ?what_if=announced."
)


def what_if_summary(label: str, noun: str, path, artemis: list[str] | None) -> str:
    """'If the 6 announced states joined today, the ILRS would have 18 of its target of 50 partner states; 32 more
    by 2035 means 3.5 a year, against 2.1 a year since 2021.' A scenario past its target says by how much, never
    'N of 50' with N above 50. `artemis`: the chosen states that signed the Accords (None for institutions)."""
    since = f" since {path.first_year}" if path.first_year else ""
    to_go = path.target - path.with_scenario
    if to_go > 0:
        where = f"{path.with_scenario:,} of its target of {path.target:,} partner {noun}"
        pace = (
            f"; {to_go:,} more by {path.target_year} means {path.needed:.1f} a year, against "
            f"{path.observed:.1f} a year{since}"
            if path.needed is not None
            else ""
        )
    elif to_go == 0:
        where, pace = f"{path.with_scenario:,} partner {noun}, exactly its target", ""
    else:
        where, pace = (f"{path.with_scenario:,} partner {noun}, {-to_go:,} more than its target of {path.target:,}", "")
    text = f"If {label} joined today, the ILRS would have {where}{pace}."
    if artemis is not None:
        text += (
            f" {listed(artemis)} already signed the Artemis Accords."
            if artemis
            else " None of them has signed the Artemis Accords."
        )
    return text


def scenario_label(chosen: pd.DataFrame, presets: tuple[str, ...], group_name: str = "") -> str:
    """How a sentence names the scenario, as the subject of 'joined today': the preset when only one was used,
    else the states by their short names. `group_name`: the reader's group inside a sentence ('the group 'Sahel'')."""
    if len(presets) == 1 and presets[0] in ("announced", "announced_applied"):
        which = "announced" if presets[0] == "announced" else "announced and applied"
        return f"the {count_noun(len(chosen), f'{which} state')}"
    if len(presets) == 1:
        preset = PRESETS_BY_SLUG[presets[0]]
        whose = group_name if preset.group else vocab.BLOCS_BY_SLUG[preset.bloc].name
        noun = "state" if preset.group else "member"
        return (
            f"the one {noun} of {whose} that has not signed"
            if len(chosen) == 1
            else f"the {len(chosen)} {noun}s of {whose} that have not signed"
        )
    return listed(list(chosen["short_name"]), limit=8) if len(chosen) else "no state"


def left_out_notice(left: LeftOut) -> str:
    """Why a token of the link joins no scenario."""
    if left.reason == "lead":
        return f"Left out {left.token}: {ILRS_LEAD.name} leads the ILRS and is not its own partner."
    if left.reason == "signed":
        return f"Left out {left.token}: it has already signed, so it is in the count."
    if left.reason == "not_un_member":
        return f"Left out {left.token}: not a UN member state."
    if left.reason == "no_group":
        return f"Left out {left.token}: no group of your own is set (build one under Scope)."
    return (
        f"Left out {left.token!r}: not a preset ({', '.join(PRESETS_BY_SLUG)}) or a country code (ISO3, such as ETH)."
    )


SCENARIO_WORD = "scenario"  # every title, legend, file and slide of the exhibit says it
WHAT_IF_TITLE = f"What if they all signed? A {SCENARIO_WORD}, not a count"
NO_TIE = "no ILRS tie"


def picker_label(name: str, tie: str) -> str:
    """'Ethiopia (announced, no signing found)'."""
    return f"{name} ({tie.lower()})"


def institutions_label(count: int) -> str:
    return f"the {count} candidate institutions we know of"


def pace_seen_name(pace: float) -> str:
    return f"At the pace seen, {pace:.1f} a year (not a forecast)"


def scenario_name(label: str) -> str:
    return f"Scenario: {label} join today"


def scenario_detail(label: str) -> str:
    return f"{SCENARIO_WORD}: {label}"
