"""The palette: every status its own colour, the lead legible on both themes, the dark theme's greys."""

import tomllib

import plotly.graph_objects as go

from datalayer import vocab
from datalayer.loading.paths import ROOT
from figures.theme import (
    BORDER,
    CATEGORY_COLOURS,
    DARK_BACKGROUND,
    DARK_SWAPS,
    LAND,
    LIGHT_BACKGROUND,
    NO_TIE,
    OUTSIDE,
    PROGRAM_COLOURS,
    STATUS_COLOURS,
    TARGET,
    YEAR_RAMP,
    category_colours,
    in_dark,
)
from tooling.colour_vision import DEFICIENCIES, contrast_ratio, distance, lab, rgb, simulate

NON_TEXT_AA = 3.0  # WCAG 2.1, 1.4.11: graphical objects against their background


def test_every_status_and_category_has_a_colour_and_the_lead_stands_apart():
    assert set(vocab.STATUSES) <= set(STATUS_COLOURS)
    for categories in vocab.VIEW_CATEGORIES.values():
        assert set(categories) <= set(CATEGORY_COLOURS)
    assert len({STATUS_COLOURS[s] for s in vocab.STATUSES}) == len(vocab.STATUSES)


def test_each_signing_year_keeps_its_own_colour_whatever_years_are_drawn_beside_it():
    colours = category_colours(("lead", "2021", "2023", "none"))
    assert colours["lead"] == STATUS_COLOURS["lead"]
    # A scope whose first signing is in 2023 draws 2023 as the world does, not in the ramp's first colour.
    assert category_colours(("2023", "2026"))["2023"] == colours["2023"] != colours["2021"]
    every_year = [str(y) for y in range(2020, 2027)]  # every year either coalition has signed in so far
    assert len({category_colours(every_year)[y] for y in every_year}) == len(every_year)
    assert YEAR_RAMP.index(colours["2023"]) > YEAR_RAMP.index(colours["2021"])  # later years, darker


def dark(colour: str) -> str:
    return DARK_SWAPS.get(colour, colour)


def test_the_lead_reads_on_white_and_on_the_dark_theme():
    for lead in (STATUS_COLOURS[vocab.LEAD], CATEGORY_COLOURS[vocab.ARTEMIS_LEAD]):
        assert contrast_ratio(rgb(lead), rgb(LIGHT_BACKGROUND)) >= NON_TEXT_AA
        assert contrast_ratio(rgb(dark(lead)), rgb(DARK_BACKGROUND)) >= NON_TEXT_AA


def test_every_legend_colour_in_the_dark_theme_stands_out_from_its_background():
    swatches = {*CATEGORY_COLOURS.values(), *PROGRAM_COLOURS.values(), *YEAR_RAMP}
    weak = {c: dark(c) for c in swatches if contrast_ratio(rgb(dark(c)), rgb(DARK_BACKGROUND)) < NON_TEXT_AA}
    assert weak == {}


def test_the_dark_greys_keep_their_light_order_away_from_the_background():
    light = [contrast_ratio(rgb(c), rgb(LIGHT_BACKGROUND)) for c in (OUTSIDE, LAND, NO_TIE)]
    darkened = [contrast_ratio(rgb(dark(c)), rgb(DARK_BACKGROUND)) for c in (OUTSIDE, LAND, NO_TIE)]
    assert light == sorted(light) and darkened == sorted(darkened)


def test_a_figure_in_the_dark_has_its_greys_swapped_wherever_they_sit():
    figure = go.Figure(
        go.Choropleth(locations=["FRA"], z=[1], colorscale=[[0, NO_TIE], [1, NO_TIE]], marker_line_color=BORDER)
    )
    figure.add_hline(y=1, line_color=TARGET)
    swapped = go.Figure(in_dark(figure.to_plotly_json()))
    assert swapped.data[0].colorscale[0][1] == dark(NO_TIE) and swapped.data[0].marker.line.color == dark(BORDER)
    assert swapped.layout.shapes[0].line.color == dark(TARGET)


def test_the_palettes_are_chosen_against_the_apps_own_backgrounds():
    theme = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["theme"]
    assert theme["light"]["backgroundColor"] == LIGHT_BACKGROUND
    assert theme["dark"]["backgroundColor"] == DARK_BACKGROUND


TIES = (vocab.LEAD, *vocab.PARTNER_STATUSES)  # strongest first
ARTEMIS_COLOURS = (CATEGORY_COLOURS[vocab.ARTEMIS_SIGNED], CATEGORY_COLOURS[vocab.ARTEMIS_LEAD])


def lightness(colour: str) -> float:
    return lab(rgb(colour))[0]


def test_the_ilrs_ties_are_one_ramp_ordered_by_strength_in_both_themes():
    ramp = [CATEGORY_COLOURS[c] for c in (*TIES, vocab.NO_STATUS)]
    on_white = [lightness(c) for c in ramp]
    on_dark = [lightness(dark(c)) for c in ramp]
    assert on_white == sorted(on_white), "on white, the stronger the tie the darker"
    assert on_dark == sorted(on_dark, reverse=True), "on the dark theme, the stronger the tie the brighter"
    for deficiency in (None, *DEFICIENCIES):
        for theme in (lambda c: c, dark):
            seen = [simulate(theme(c), deficiency) if deficiency else rgb(theme(c)) for c in ramp]
            steps = [distance(a, b) for a, b in zip(seen, seen[1:], strict=False)]
            assert min(steps) >= 10, (deficiency, [round(s, 1) for s in steps])


def test_no_ilrs_colour_is_near_an_artemis_colour_for_any_reader():
    for theme in (lambda c: c, dark):
        for deficiency in (None, *DEFICIENCIES):
            near = [
                (tie, accords)
                for tie in TIES
                for accords in ARTEMIS_COLOURS
                if distance(
                    *(
                        simulate(theme(c), deficiency) if deficiency else rgb(theme(c))
                        for c in (CATEGORY_COLOURS[tie], accords)
                    )
                )
                < 20
            ]
            assert near == [], deficiency


def test_in_the_dark_signed_states_stand_out_from_states_with_no_tie():
    signed, no_tie = dark(CATEGORY_COLOURS[vocab.SIGNED]), dark(CATEGORY_COLOURS[vocab.NO_STATUS])
    assert contrast_ratio(rgb(signed), rgb(no_tie)) >= NON_TEXT_AA
    assert contrast_ratio(rgb(CATEGORY_COLOURS[vocab.SIGNED]), rgb(CATEGORY_COLOURS[vocab.NO_STATUS])) >= NON_TEXT_AA
