"""Where a legend goes, and how much room it takes."""

import plotly.graph_objects as go

from figures.legend import MAX_LEGEND_SHARE, below_box, fit_legend, legend_rows, share, side_box


def test_a_legend_takes_as_many_rows_as_its_names_need():
    assert legend_rows([], 1000, 22) == 0
    assert legend_rows(["a" * 10, "b" * 10], 1000, 22) == 1
    assert legend_rows(["a" * 60, "b" * 60], 1000, 22) == 2


def figure_with(names: list[str]) -> go.Figure:
    figure = go.Figure([go.Scatter(x=[1], y=[1], name=n) for n in names])
    figure.update_layout(legend=dict(orientation="h"), margin=dict(l=100, r=40))
    return figure


def test_a_legend_that_fits_a_fifth_of_the_canvas_stays_below_and_keeps_its_names():
    figure = figure_with(["ILRS", "Artemis Accords"])
    fit_legend(figure, 33, (1600, 590))
    assert figure.layout.legend.orientation == "h" and [t.name for t in figure.data] == ["ILRS", "Artemis Accords"]


def test_a_legend_that_would_take_more_than_a_fifth_wraps_its_names_and_stands_to_the_side():
    long = [
        "Our count: signed countries (states only)",
        "Projection at 2.1 a year (not a forecast)",
        "Official claim: countries and international organizations",
        "Official claim: countries",
        "Milestones",
    ]
    assert share(below_box(long, 1440, 33), (1600, 590)) > MAX_LEGEND_SHARE  # as the pack's growth chart was
    figure = figure_with(long)
    fit_legend(figure, 33, (1600, 590))
    assert figure.layout.legend.orientation == "v" and figure.layout.legend.x > 1
    names = [t.name for t in figure.data]
    assert names[1].replace("<br>", " ") == long[1] and all(len(line) <= 26 for n in names for line in n.split("<br>"))
    assert share(side_box(names, 33), (1600, 590)) < share(below_box(long, 1440, 33), (1600, 590))
