"""Colours, one place. Okabe-Ito hues: distinguishable with the common colour-vision deficiencies."""
from datalayer import vocab

STATUS_COLOURS = {
    vocab.SIGNED: "#0072B2",
    vocab.ANNOUNCED: "#56B4E9",
    vocab.APPLIED: "#E69F00",
    vocab.PAYLOAD_ONLY: "#CC79A7",
}
LAND = "#E3E3E3"  # countries with no value in the current view
BORDER = "#FFFFFF"
PROGRAM_COLOURS = {vocab.ILRS: "#0072B2", vocab.ARTEMIS: "#D55E00"}
