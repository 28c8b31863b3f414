import pandas as pd

from datalayer import vocab
from datalayer.viewmodels.charts import GrowthPanel
from figures.growth import growth_figure

TABLE = pd.DataFrame(
    [
        {"date": "2021-03-09", "series": vocab.OUR_COUNT, "value": 1, "label": "", "rule": "", "speaker": ""},
        {"date": "2026-11-21", "series": vocab.OUR_COUNT, "value": 12, "label": "", "rule": "", "speaker": ""},
        {"date": "2026-11-21", "series": vocab.PROJECTION, "value": 12, "label": "", "rule": "", "speaker": ""},
        {"date": "2035-12-31", "series": vocab.PROJECTION, "value": 30, "label": "", "rule": "", "speaker": ""},
        {
            "date": "2025-04-23",
            "series": vocab.CLAIM,
            "value": 17,
            "label": "17",
            "rule": "countries and orgs",
            "speaker": "Bian Zhigang",
        },
        {
            "date": "2024-04-05",
            "series": vocab.CLAIM,
            "value": 10,
            "label": "more than 10",
            "rule": "countries",
            "speaker": "Guan Feng",
        },
        {"date": "2024-07-20", "series": vocab.TARGET, "value": 50, "label": "Target 50", "rule": "", "speaker": ""},
        {
            "date": "2024-06-02",
            "series": vocab.MILESTONE,
            "value": 0,
            "label": "Chang'e-6 lands",
            "rule": "",
            "speaker": "",
        },
        {
            "date": "2024-05-03",
            "series": vocab.MILESTONE,
            "value": 0,
            "label": "Chang'e-6 launched (Wenchang)",
            "rule": "",
            "speaker": "",
        },
    ]
).assign(date=lambda t: pd.to_datetime(t["date"]), named=lambda t: t["label"] == "Chang'e-6 lands")
NAMES = {s: s for s in vocab.GROWTH_SERIES}


def build(table=TABLE, **options):
    return growth_figure(
        table,
        GrowthPanel(
            date="date",
            value="value",
            series="series",
            label="label",
            group="rule",
            hover={"speaker": "Speaker"},
            names=NAMES,
            named="named",
            y_title="Countries",
            **options,
        ),
    )


def test_each_series_is_drawn_its_own_way():
    figure = build()
    names = [t.name for t in figure.data]
    assert names == [
        vocab.OUR_COUNT,
        vocab.PROJECTION,
        f"{vocab.CLAIM}: countries and orgs",
        f"{vocab.CLAIM}: countries",
        vocab.MILESTONE,
    ]
    ours = figure.data[0]
    assert list(ours.y) == [1, 12] and ours.line.shape == "hv"
    assert figure.data[1].line.dash == "dot"
    assert list(figure.data[2].text) == [17] and "Speaker: %{customdata[0]}" in figure.data[2].hovertemplate
    [target] = [s for s in figure.layout.shapes if s.y0 == s.y1]
    assert target.y0 == 50 and figure.layout.annotations[0].text == "Target 50"


def test_only_named_milestones_get_a_guide_and_their_name_the_rest_stay_markers():
    figure = build()
    guides = [s for s in figure.layout.shapes if s.x0 == s.x1]
    assert [pd.Timestamp(g.x0, unit="ms") for g in guides] == [pd.Timestamp("2024-06-02")]
    assert [a.text for a in figure.layout.annotations if a.name == "milestone"] == ["Chang'e-6 lands"]
    assert len(figure.data[-1].x) == 2  # both milestones keep a marker and a hover


def test_the_count_axis_has_whole_ticks_from_zero():
    axis = build().layout.yaxis
    assert axis.rangemode == "tozero" and axis.tick0 == 0 and axis.dtick == 10 and axis.tickformat == "d"


def test_no_counted_series_draws_no_line():
    figure = build(TABLE[TABLE["series"] != vocab.OUR_COUNT])
    assert vocab.OUR_COUNT not in [t.name for t in figure.data]


def test_a_target_far_above_the_count_fits_the_axis_to_the_count_and_says_so():
    figure = growth_figure(
        TABLE,
        GrowthPanel(
            date="date",
            value="value",
            series="series",
            label="label",
            group="rule",
            hover={"speaker": "Speaker"},
            names=NAMES,
            named="named",
            fitted_note="Axis fitted to our count: the target, 50, lies above it",
        ),
    )
    assert figure.layout.yaxis.range[1] < 50 and not [s for s in figure.layout.shapes if s.y0 == s.y1 == 50]
    assert any(a.text == "Axis fitted to our count: the target, 50, lies above it" for a in figure.layout.annotations)


def test_the_projection_names_where_it_leads_at_its_last_point_only():
    projection = next(t for t in build(projection_end="about 31 by 2035").data if t.name == NAMES[vocab.PROJECTION])
    assert list(projection.text)[-1] == "about 31 by 2035" and set(list(projection.text)[:-1]) <= {""}
    assert "text" in projection.mode and projection.textposition == "middle right"
