"""Colours, one place. Okabe-Ito hues: distinguishable with the common colour-vision deficiencies."""
from datalayer import vocab

STATUS_COLOURS = {
    vocab.SIGNED: "#0072B2",
    vocab.ANNOUNCED: "#56B4E9",
    vocab.APPLIED: "#E69F00",
    vocab.PAYLOAD_ONLY: "#CC79A7",
}
LAND = "#E3E3E3"  # countries with no value in the current view
NO_TIE = "#CCCCCC"
OUTSIDE = "#F2F2F2"  # outside the bloc/region lens: kept on the map for context
BORDER = "#FFFFFF"
MARKER_OUTLINE = "#333333"  # ring around small-state dots, so a pale fill still shows
COUNT_MARKER = "#3A3A3A"  # institution counts: neutral, so they never read as a status colour
PROGRAM_COLOURS = {vocab.ILRS: "#0072B2", vocab.ARTEMIS: "#D55E00"}
CATEGORY_COLOURS = {
    **STATUS_COLOURS,
    vocab.NO_STATUS: NO_TIE,
    vocab.OUTSIDE_LENS: OUTSIDE,
    vocab.ARTEMIS_SIGNED: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.BOTH: "#009E73",
    vocab.ILRS_ONLY: PROGRAM_COLOURS[vocab.ILRS],
    vocab.ARTEMIS_ONLY: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.NEITHER: NO_TIE,
}
# Year of signing: a sequential ramp that stays readable in greyscale and for colour-blind readers.
YEAR_RAMP = ("#FDE725", "#7AD151", "#22A884", "#2A788E", "#414487", "#440154")
