"""Colours and greys, one place, used by every chart. Okabe-Ito hues: distinguishable with the common
colour-vision deficiencies. Charts are built in the light palette; `in_dark` swaps the greys (and the few colours
that vanish on a dark background) for the dark theme's, so a builder never needs to know the theme."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from datalayer import vocab

STATUS_COLOURS = {
    # The program's lead: bronze, at least 3:1 against white and against the dark theme's background, and apart
    # from every partner hue for the common colour-vision deficiencies (tests/figures/test_theme.py).
    vocab.LEAD: "#806030",
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
TABLE_HEADER = "#E6EEF5"  # a drawn table's header row
TABLE_RULE = "#D0D7DE"  # the lines between a drawn table's rows
# Traces a reader can add from the legend: drawn on screen and in pictures, off in presenter mode, where the
# slide says one thing.
OPTIONAL_LAYER = "optional layer"
PROGRAM_COLOURS = {vocab.ILRS: "#0072B2", vocab.ARTEMIS: "#D55E00"}
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
# The dark theme's colour for each light one that a dark background would hide or make glare: the greys keep
# their order away from the background (outside scope nearest it, no tie furthest), borders take the
# background's colour as they take white's in the light theme, and the year ramp keeps viridis's lighter end.
DARK_SWAPS = {
    OUTSIDE: "#5C626E",
    LAND: "#6C7280",
    NO_TIE: "#8A909C",
    BORDER: DARK_BACKGROUND,
    TARGET: "#E6E6E6",
    CLAIM: "#C8C8C8",
    MARKER_OUTLINE: "#DDDDDD",
    TABLE_HEADER: "#262B36",
    TABLE_RULE: "#3A3F4B",
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
