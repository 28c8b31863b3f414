from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from datalayer.domain.scope import Scope
from datalayer.viewmodels.charts import MilestoneTimeline, PerYear, ShareBars, Slope, SplitOverTime
from datalayer.viewmodels.compare import compare_model
from datalayer.words.comparison_lines import quiet_callout
from figures.builders import figure_for
from figures.compare import (
    CALLOUT,
    END_LABEL,
    broken_years,
    milestone_timeline_figure,
    per_year_figure,
    share_bars_figure,
    slope_figure,
    split_over_time_figure,
)
from tests.scoped import at

COMPOSITION = pd.DataFrame(
    {
        "group": ["BRICS", "BRICS", "EU", "EU"],
        "program": ["Artemis Accords", "ILRS", "Artemis Accords", "ILRS"],
        "members": [4, 5, 23, 0],
        "share": [0.0645, 0.357, 0.371, 0.0],
    }
)


def test_share_bars_put_ilrs_first_and_label_count_and_share():
    figure = share_bars_figure(
        COMPOSITION,
        ShareBars(
            group="group", share="share", members="members", program="program", share_of="Share of the bloc's members"
        ),
    )
    assert [t.name for t in figure.data] == ["ILRS", "Artemis Accords"]
    assert figure.layout.xaxis.title.text == "Share of the bloc's members"
    assert list(figure.data[0].text) == ["5 (36%)", "0 (0%)"] and figure.data[0].orientation == "h"
    assert figure.layout.xaxis.tickformat == ".0%"
    assert list(figure.layout.yaxis.categoryarray) == ["EU", "BRICS"]  # first group on top


def test_per_year_bars_keep_program_order_whatever_the_row_order():
    table = pd.DataFrame({"year": [2020, 2021], "program": ["Artemis Accords", "ILRS"], "new_members": [8, 2]})
    assert [
        t.name for t in per_year_figure(table, PerYear(year="year", value="new_members", program="program")).data
    ] == [
        "ILRS",
        "Artemis Accords",
    ]


def test_milestone_timeline_marks_done_and_planned_and_the_as_of_date():
    table = pd.DataFrame(
        {
            "program_label": ["ILRS", "ILRS", "Artemis Accords"],
            "title": ["MoU", "Basic station", "Accords"],
            "date_start": pd.to_datetime(["2021-03-09", "2035-01-01", "2020-10-13"]),
            "date": ["2021-03-09", "2035", "2020-10-13"],
            "date_status": ["done", "planned", "done"],
            "source": ["Source: TASS", "Source: A", "S"],
            "named": [True, False, True],
            "short": ["MoU", "Basic", "Accords"],
        }
    )
    spec = MilestoneTimeline(
        date="date_start",
        written="date",
        lane="program_label",
        label="title",
        status="date_status",
        done="done",
        hover=["source"],
        marker_at=date(2025, 1, 1),
        marker_label="As of 1 January 2025",
        named="named",
        short="short",
    )
    figure = milestone_timeline_figure(table, spec)
    lanes = [t for t in figure.data if t.showlegend is False]
    assert [(t.name, t.marker.symbol) for t in lanes] == [
        ("ILRS", "diamond"),
        ("ILRS", "diamond-open"),
        ("Artemis Accords", "diamond"),
    ]
    # The legend says what the fill means and names the As of line; the lane says whose milestone it is.
    assert [(t.name, t.mode) for t in figure.data if t.showlegend is not False] == [
        ("Done", "markers"),
        ("Planned", "markers"),
        ("As of 1 January 2025", "lines"),
    ]
    assert list(lanes[1].text) == ["Basic station"]
    # The hover writes a date as its source gives it: a year stays a year.
    assert list(lanes[1].customdata[0][:1]) == ["2035"]
    # Named milestones are written above their marker by their short name, a name that would spill past an end of
    # the axis running away from it; the others only in the hover.
    assert [list(t.texttemplate) for t in lanes] == [["MoU"], [""], ["Accords"]]
    assert lanes[0].textposition == ("top center",)
    long = table.assign(short=["A name as long as a milestone's short name gets", "Basic", "Accords"])
    spilled = milestone_timeline_figure(long, spec)
    assert spilled.data[0].textposition == ("top right",)  # the oldest milestone, at the axis's left end
    assert figure.layout.shapes[0].x0 == 2025.0  # the As of line, in years
    # Every milestone before the As of date: the axis still runs to the line.
    past = milestone_timeline_figure(table.iloc[[0, 2]], replace(spec, marker_at=date(2026, 12, 7)))
    assert past.layout.xaxis.range[1] > past.layout.shapes[0].x0 > 2026.9


def test_milestone_years_are_to_scale_near_the_as_of_date_and_broken_after():
    dates = pd.Series(pd.to_datetime(["2019-01-01", "2026-07-01", "2030-01-01", "2045-01-01", "2050-06-01"]))
    x, ticks, labels, cut = broken_years(dates, date(2026, 12, 7))
    assert x[:3] == [2019.0, pytest.approx(2026.49, abs=0.01), 2030.0]  # to scale up to 2030
    assert 2031 < cut < x[3] < x[4] and x[4] - x[3] < 5  # 2045 and 2050 past the break, close together
    # Twelve years to scale: a tick every second year, then each later year.
    assert labels == ["2020", "2022", "2024", "2026", "2028", "2030", "2045", "2050"] and ticks[6] == x[3]
    # Nothing more than NEAR_YEARS ahead: no break, and every year to scale.
    x, _, labels, cut = broken_years(dates[:3], date(2026, 12, 7))
    assert cut is None and x == [2019.0, pytest.approx(2026.49, abs=0.01), 2030.0] and labels[-1] == "2030"
    # A country's few years: a tick every year; a long span: every fifth.
    assert broken_years(dates[1:2], date(2026, 12, 7))[2] == ["2026", "2027"]
    long = pd.Series(pd.to_datetime(["2010-01-01", "2030-01-01"]))
    assert broken_years(long, date(2026, 12, 7))[2] == ["2010", "2015", "2020", "2025", "2030"]


def test_many_groups_in_large_type_stand_in_two_columns_each_group_once():
    groups = [f"Bloc {i:02d}" for i in range(17)]
    table = pd.DataFrame(
        {
            "group": groups * 2,
            "program": ["ILRS"] * 17 + ["Artemis Accords"] * 17,
            "share": [0.1] * 34,
            "members": [1] * 34,
        }
    )
    spec = ShareBars(group="group", share="share", members="members", program="program")
    screen = share_bars_figure(table, spec)
    assert {t.yaxis for t in screen.data} == {"y"}  # on screen, one column: the page scrolls
    slide = share_bars_figure(table, spec, label_scale=2.8)
    by_axis = {axis: {g for t in slide.data if t.yaxis == axis for g in t.y} for axis in ("y", "y2")}
    assert by_axis["y"] | by_axis["y2"] == set(groups) and not by_axis["y"] & by_axis["y2"]
    assert len(by_axis["y"]) == 9 and [t.showlegend for t in slide.data].count(True) == 2  # one key per program
    assert slide.layout.xaxis2.title.text is None  # the axis named once


def test_the_membership_chart_names_its_lines_at_their_ends_has_no_legend_and_calls_out_the_quiet_spell(
    tables, points, drawable
):
    [exhibit] = [
        e
        for e in compare_model(tables, points, drawable, at(tables, Scope(), tables.checked_on)).exhibits
        if e.key == "compare.membership"
    ]
    figure = figure_for(exhibit)
    assert figure.layout.showlegend is False and not any(t.showlegend is not False for t in figure.data)
    latest = exhibit.table.groupby("program")["count"].last()
    ends = {a.text: (a.x, a.y) for a in figure.layout.annotations if a.name == END_LABEL}
    assert ends == {
        f"<b>{program} {int(count)}</b>": (
            exhibit.table.loc[exhibit.table["program"] == program, "date"].iloc[-1],
            count,
        )
        for program, count in latest.items()
    }
    [callout] = [a for a in figure.layout.annotations if a.name == CALLOUT]
    ilrs = exhibit.table[exhibit.table["program"] == "ILRS"]
    first_at_latest = ilrs[ilrs["count"] == ilrs["count"].iloc[-1]].iloc[0]
    assert (callout.x, callout.y) == (first_at_latest["date"], first_at_latest["count"])
    assert callout.text.replace("<br>", " ") == f"No new ILRS member state since {first_at_latest['date']:%B %Y}"


def test_the_quiet_callout_is_drawn_only_after_a_year_without_a_new_member():
    table = pd.DataFrame({"program": ["ILRS", "ILRS"], "date": [date(2021, 3, 9), date(2024, 9, 5)], "count": [2, 13]})
    assert quiet_callout(table, date(2025, 6, 1)) == ""
    assert quiet_callout(table, date(2025, 12, 1)) == "No new ILRS member state since September 2024"


def test_per_year_callout_stands_over_its_run_of_years_above_every_bar():
    table = pd.DataFrame(
        {
            "year": [2021, 2021, 2022, 2022, 2023, 2023],
            "program": ["ILRS", "Artemis Accords"] * 3,
            "new_members": [1, 5, 6, 19, 5, 2],
        }
    )
    plain = PerYear(year="year", value="new_members", program="program")
    assert not [a for a in per_year_figure(table, plain).layout.annotations if a.name == CALLOUT]
    spec = PerYear(
        year="year",
        value="new_members",
        program="program",
        callout="11 of the ILRS's 12 member states joined in 2022–23",
        callout_program="ILRS",
        callout_years=(2022, 2023),
    )
    figure = per_year_figure(table, spec)
    [callout] = [a for a in figure.layout.annotations if a.name == CALLOUT]
    assert callout.x == 2022.5 and callout.y > 19  # over the middle of the run, above its tallest bar
    assert figure.layout.yaxis.range[1] > callout.y
    [bracket] = figure.layout.shapes
    assert "M 2021.6," in bracket.path and "H 2023.4" in bracket.path


def test_small_multiples_stack_three_parts_per_bloc_on_one_shared_axis():
    parts = ["ilrs_only", "both", "artemis_only"]
    rows = [
        {"date": day, "group": group, "part": part, "share": 0.1, "states": 1}
        for group in ("African Union", "BRICS members", "G20")
        for day in (date(2020, 12, 31), date(2026, 12, 7))
        for part in parts
    ]
    spec = SplitOverTime(
        date="date",
        group="group",
        part="part",
        share="share",
        states="states",
        parts=parts,
        labels={p: p.title() for p in parts},
        short_titles={"African Union": "AU"},
    )
    screen = split_over_time_figure(pd.DataFrame(rows), spec)
    assert len(screen.data) == 9 and len({t.stackgroup for t in screen.data}) == 3  # one stack per panel
    assert [t.showlegend for t in screen.data].count(True) == 3  # one key per part
    assert [a.text for a in screen.layout.annotations] == ["African Union", "BRICS members", "G20"]
    assert {tuple(screen.layout[f"yaxis{i or ''}"].range) for i in (0, 2, 3)} == {(0, 1)}
    slide = split_over_time_figure(pd.DataFrame(rows), spec, label_scale=2.8)
    assert slide.layout.annotations[0].text == "AU"  # the short title where room is scarce
    # Years are written once, under the first panel of the last row.
    assert [bool(slide.layout[f"xaxis{i or ''}"].showticklabels) for i in (0, 2, 3)] == [True, False, False]


def test_a_slope_names_each_line_at_its_end_and_writes_an_equal_count_once():
    table = pd.DataFrame(
        {
            "moment": ["5 September 2024", "7 December 2026"] * 2,
            "program": ["ILRS", "ILRS", "Artemis Accords", "Artemis Accords"],
            "count": [3, 3, 3, 6],
        }
    )
    figure = slope_figure(table, Slope(moment="moment", count="count", program="program", y_title="Member states"))
    assert [t.name for t in figure.data] == ["ILRS", "Artemis Accords"] and not figure.layout.showlegend
    assert [list(t.text) for t in figure.data] == [["3", "<b>ILRS 3</b>"], ["", "<b>Artemis Accords 6</b>"]]
    assert list(figure.layout.xaxis.categoryarray) == ["5 September 2024", "7 December 2026"]  # then, now
