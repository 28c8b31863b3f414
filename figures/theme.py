"""Colours and greys, one place, used by every chart. Okabe-Ito hues: distinguishable with the common
colour-vision deficiencies."""
from __future__ import annotations

from collections.abc import Sequence

from datalayer import vocab

STATUS_COLOURS = {
    vocab.LEAD: "#222222",  # the program's lead: near-black, apart from every partner status
    vocab.SIGNED: "#0072B2",
    vocab.ANNOUNCED: "#56B4E9",
    vocab.APPLIED: "#E69F00",
    vocab.PAYLOAD_ONLY: "#CC79A7",
}
# Greys, from light to dark.
OUTSIDE = "#F2F2F2"  # outside the bloc/region scope: kept on the map for context
LAND = "#E3E3E3"  # countries with no value in the current view
NO_TIE = "#CCCCCC"
GUIDE = "#999999"  # milestone guides
SLIDE_TITLE = "#222222"  # on exported slides, which are always white
SLIDE_TEXT = "#444444"
CLAIM = "#444444"  # officials' claims: neutral, never a program colour
COUNT_MARKER = "#3A3A3A"  # institution counts: neutral, so they never read as a status colour
MARKER_OUTLINE = "#333333"  # ring around small-state dots, so a pale fill still shows
TARGET = "#222222"
BORDER = "#FFFFFF"
# Traces a reader can add from the legend: drawn on screen and in pictures, off in presenter mode, where the
# slide says one thing.
OPTIONAL_LAYER = "optional layer"
PROGRAM_COLOURS = {vocab.ILRS: "#0072B2", vocab.ARTEMIS: "#D55E00"}
PROGRAM_COLOURS_BY_LABEL = {vocab.PROGRAM_LABELS[p]: c for p, c in PROGRAM_COLOURS.items()}
CATEGORY_COLOURS = {
    **STATUS_COLOURS,
    vocab.NO_STATUS: NO_TIE,
    vocab.OUTSIDE_SCOPE: OUTSIDE,
    vocab.ARTEMIS_SIGNED: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.BOTH: "#009E73",
    vocab.ILRS_ONLY: PROGRAM_COLOURS[vocab.ILRS],
    vocab.ARTEMIS_ONLY: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.NEITHER: NO_TIE,
}
# Year of signing: a sequential ramp that stays readable in greyscale and for colour-blind readers.
YEAR_RAMP = ("#FDE725", "#7AD151", "#22A884", "#2A788E", "#414487", "#440154")


def category_colours(order: Sequence[str]) -> dict[str, str]:
    """A colour for every category in `order`: the vocabulary's own, and the year ramp, in order, for the
    signing years of the 'year of signing' colouring."""
    years = [c for c in order if c not in CATEGORY_COLOURS]
    return {**CATEGORY_COLOURS, **{y: YEAR_RAMP[i % len(YEAR_RAMP)] for i, y in enumerate(years)}}
