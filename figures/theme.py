"""Colours and greys, one place, used by every chart. The ILRS is one blue ramp, ordered as its ties are (lead and
signed darkest on white, brightest on the dark theme; payload only nearest the greys); the Artemis Accords are the
orange family (Okabe-Ito's vermillion, its lead darker). Each lead is the darkest of its own family. Charts are
built in the light palette; `in_dark` swaps the ramps and greys for the dark theme's, so a builder never needs to
know the theme."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from datalayer import vocab

STATUS_COLOURS = {
    # Tie strength is ordinal, so one ramp: each step lighter and paler than the one before and darker than "no
    # tie", every pair on a map at least ΔE 15 apart under the common colour-vision deficiencies
    # (tests/tooling/test_colour_vision.py, tests/figures/test_theme.py).
    vocab.LEAD: "#08306B",
    vocab.SIGNED: "#0072B2",
    vocab.ANNOUNCED: "#3F97FF",
    vocab.APPLIED: "#8BADD1",
    vocab.PAYLOAD_ONLY: "#BCD0E3",
}
# Greys, from light to dark.
OUTSIDE = "#F9F9F9"  # outside the bloc/region scope: kept on the map for context
LAND = "#F4F4F4"  # countries with no value in the current view
NO_TIE = "#EFEFEF"
GUIDE = "#999999"  # milestone guides
SLIDE_TITLE = "#222222"  # on exported slides, which are always white
SLIDE_TEXT = "#444444"
CLAIM = "#444444"  # officials' claims: neutral, never a program colour
COUNT_MARKER = "#3A3A3A"  # institution counts: neutral, so they never read as a status colour
MARKER_OUTLINE = "#333333"  # ring around small-state dots, so a pale fill still shows
TARGET = "#222222"
BORDER = "#FFFFFF"
TABLE_HEADER = "#E6EEF5"  # a drawn table's header row
TABLE_RULE = "#D0D7DE"  # the lines between a drawn table's rows
BULLET_BAND = "#E0E0E0"  # a bullet chart's band to 100%: plain, behind the bar
# Traces a reader can add from the legend: drawn on screen and in pictures, off in presenter mode, where the
# slide says one thing.
OPTIONAL_LAYER = "optional layer"
PROGRAM_COLOURS = {vocab.ILRS: STATUS_COLOURS[vocab.SIGNED], vocab.ARTEMIS: "#D55E00"}
ARTEMIS_LEAD_COLOUR = "#8A3800"  # the Accords' lead: the darkest of the orange family, as China is of the blues
PROGRAM_COLOURS_BY_LABEL = {
    **{vocab.PROGRAM_LABELS[p]: c for p, c in PROGRAM_COLOURS.items()},
    # Timelines: NASA's missions in the Artemis side's colour, China's related missions in the ILRS side's lighter one.
    vocab.MILESTONE_PROGRAM_LABELS[vocab.ARTEMIS_PROGRAM]: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.CHINA_RELATED_LANE: STATUS_COLOURS[vocab.ANNOUNCED],
}
CATEGORY_COLOURS = {
    **STATUS_COLOURS,
    vocab.NO_STATUS: NO_TIE,
    vocab.OUTSIDE_SCOPE: OUTSIDE,
    vocab.ARTEMIS_SIGNED: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.ARTEMIS_LEAD: ARTEMIS_LEAD_COLOUR,
    vocab.BOTH: "#009E73",
    vocab.ILRS_ONLY: PROGRAM_COLOURS[vocab.ILRS],
    vocab.ARTEMIS_ONLY: PROGRAM_COLOURS[vocab.ARTEMIS],
    vocab.NEITHER: NO_TIE,
}
# Year of signing: viridis, a sequential ramp that stays readable in greyscale and for colour-blind readers, one
# fixed colour per calendar year from the first signing of either coalition (the Accords, 2020), so a year keeps its
# colour in every scope and on every date. Add a colour at each end when 2030 comes.
FIRST_YEAR = 2020
YEAR_RAMP = (
    "#FDE725",
    "#B5DE2B",
    "#6ECE58",
    "#35B779",
    "#1F9E89",
    "#26828E",
    "#31688E",
    "#3E4989",
    "#482878",
    "#440154",
)

LIGHT_BACKGROUND = "#FFFFFF"
DARK_BACKGROUND = "#0E1117"  # Streamlit's dark theme
TRANSPARENT = "rgba(0,0,0,0)"
# The dark theme's colour for each light one that a dark background would hide or make glare. Figure and ground
# stay as they are on white: the ties run from the brightest (lead, signed) down to payload only, the greys sit
# below them (outside scope nearest the background, no tie furthest, all at least 3:1 against it), and signed
# stands at least 3:1 against no tie. Borders take the background's colour as they take white's in the light
# theme, and the year ramp keeps viridis's lighter end.
DARK_SWAPS = {
    STATUS_COLOURS[vocab.LEAD]: "#E4F2FF",
    STATUS_COLOURS[vocab.SIGNED]: "#A6D6FA",
    STATUS_COLOURS[vocab.ANNOUNCED]: "#7DB9E6",
    STATUS_COLOURS[vocab.APPLIED]: "#5E9ACA",
    STATUS_COLOURS[vocab.PAYLOAD_ONLY]: "#4A7FAA",
    PROGRAM_COLOURS[vocab.ARTEMIS]: "#F08A3E",
    ARTEMIS_LEAD_COLOUR: "#FFC08F",
    OUTSIDE: "#5D626B",
    LAND: "#60656E",
    NO_TIE: "#666B75",
    BORDER: DARK_BACKGROUND,
    TARGET: "#E6E6E6",
    CLAIM: "#C8C8C8",
    MARKER_OUTLINE: "#DDDDDD",
    TABLE_HEADER: "#262B36",
    TABLE_RULE: "#3A3F4B",
    BULLET_BAND: "#2E333D",
    **dict(
        zip(
            YEAR_RAMP[1:],  # the first, yellow, reads on dark as it is
            ("#D0E129", "#A4DA36", "#78D052", "#53C368", "#33B47B", "#25A585", "#21948B", "#26838E", "#2C738E"),
            strict=True,
        )
    ),
}


def year_colour(year: str) -> str:
    """A signing year's own colour ('2023'), the same wherever the year appears."""
    index = int(year) - FIRST_YEAR
    if not 0 <= index < len(YEAR_RAMP):
        raise ValueError(f"no colour for signing year {year}: extend theme.YEAR_RAMP")
    return YEAR_RAMP[index]


def category_colours(order: Sequence[str]) -> dict[str, str]:
    """A colour for every category in `order`: the vocabulary's own, and each signing year's own colour for the
    'year of signing' colouring."""
    return {**CATEGORY_COLOURS, **{y: year_colour(y) for y in order if y not in CATEGORY_COLOURS}}


def recoloured(value, swaps: Mapping[str, str]):
    """`value` (a figure's JSON: dicts, lists, strings) with every colour named in `swaps` replaced."""
    if isinstance(value, str):
        return swaps.get(value.upper(), value)
    if isinstance(value, dict):
        return {k: recoloured(v, swaps) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [recoloured(v, swaps) for v in value]
    return value


def in_dark(figure_json: dict) -> dict:
    return recoloured(figure_json, {k.upper(): v for k, v in DARK_SWAPS.items()})
