from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.charts import GrowthPanel
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from figures.builders import figure_for
from figures.growth import NEEDED_ANNOTATION, PROJECTION_ANNOTATION, growth_figure
from tests.scoped import at

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


def test_the_pace_seen_and_the_pace_needed_run_from_today_named_on_their_lines_over_a_shaded_future(tables):
    page = growth_model(tables, at(tables, Scope(), tables.checked_on), GrowthOptions(metric=vocab.COUNTRIES))
    exhibit = page.exhibits[1]
    table, spec = exhibit.table, exhibit.chart
    needed = table[table["series"] == vocab.NEEDED]
    ours = table[table["series"] == vocab.OUR_COUNT]
    target = int(table.loc[table["series"] == vocab.TARGET, "value"].iloc[0])
    # From today's count to the target at the end of the target year.
    assert list(needed["value"]) == [float(ours["value"].iloc[-1]), float(target)]
    assert list(needed["date"]) == [tables.checked_on, date(2035, 12, 31)]
    figure = figure_for(exhibit)
    named = {a.name: a for a in figure.layout.annotations}
    for key, words, series in (
        (PROJECTION_ANNOTATION, spec.projection_end, vocab.PROJECTION),
        (NEEDED_ANNOTATION, spec.needed_end, vocab.NEEDED),
    ):
        assert named[key].text.replace("<br>", " ") == words
        line = table[table["series"] == series]
        assert named[key].y == (line["value"].iloc[0] + line["value"].iloc[-1]) / 2  # at the line's middle
        [trace] = [t for t in figure.data if t.name == spec.names[series]]
        assert trace.showlegend is False  # named on the line, not in the legend
    assert spec.needed_end == f"{target} by 2035 needs {page.tiles[-1].value.removesuffix('/yr')} a year"
    [future] = [s for s in figure.layout.shapes if s.type == "rect"]
    assert pd.Timestamp(future.x0) == pd.Timestamp(tables.checked_on)
    first_year = pd.to_datetime(ours["date"]).min().year
    assert pd.Timestamp(figure.layout.xaxis.range[0]) == pd.Timestamp(first_year, 1, 1)  # not before the first signing


def test_a_scope_draws_no_pace_needed_the_target_being_the_worlds(tables):
    page = growth_model(tables, at(tables, Scope("au"), tables.checked_on), GrowthOptions(metric=vocab.COUNTRIES))
    assert vocab.NEEDED not in set(page.exhibits[1].table["series"]) and page.exhibits[1].chart.needed_end == ""


def test_the_targets_are_bullet_charts_with_a_tick_where_a_straight_path_would_stand_and_no_zero_bar(tables):
    as_of = tables.checked_on
    page = growth_model(tables, at(tables, Scope(), as_of), GrowthOptions(metric=vocab.COUNTRIES, target_year=2035))
    exhibit = page.exhibits[0]
    table = exhibit.table.set_index("metric")
    band, bar, tick = figure_for(exhibit).data
    rows = list(table.index[::-1])  # drawn bottom to top
    assert [x is None for x in band.x] == [pd.isna(table.loc[m, "count"]) for m in rows]  # no band, no zero bar
    assert list(bar.x)[rows.index(vocab.COUNTRIES)] == table.loc[vocab.COUNTRIES, "percent"]
    assert pd.isna(list(bar.x)[rows.index(vocab.RESEARCHERS)])
    first = tables.partners.loc[
        (tables.partners["kind"] == vocab.STATE) & (tables.partners["status"] == vocab.SIGNED), "date_start"
    ].min()
    path = (pd.Timestamp(as_of) - first).days / (pd.Timestamp(2035, 12, 31) - first).days
    ticked = [m for m in rows if pd.notna(table.loc[m, "count"])]
    assert list(tick.x)[ticked.index(vocab.COUNTRIES)] == round(100 * path, 1)
    assert len(tick.x) == 2 and list(tick.text) == ["", "Straight path to 2035"]  # named once, on the top row
    assert all("no count published" in str(y) for y in bar.y if "researchers" in str(y))
