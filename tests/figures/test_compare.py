from datetime import date

import pandas as pd

from datalayer.domain.scope import Scope
from datalayer.viewmodels.charts import MilestoneTimeline, PerYear, ShareBars
from datalayer.viewmodels.compare import compare_model
from datalayer.words.comparison_lines import quiet_callout
from figures.builders import figure_for
from figures.compare import CALLOUT, END_LABEL, milestone_timeline_figure, per_year_figure, share_bars_figure
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
            "date_status": ["done", "planned", "done"],
            "source": ["Source: TASS", "Source: A", "S"],
            "named": [True, False, True],
            "short": ["MoU", "Basic", "Accords"],
        }
    )
    spec = MilestoneTimeline(
        date="date_start",
        lane="program_label",
        label="title",
        status="date_status",
        done="done",
        hover=["source"],
        marker_at=date(2025, 1, 1),
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
    # The legend says what the fill means; the lane says whose milestone it is.
    assert [(t.name, t.marker.symbol) for t in figure.data if t.showlegend is not False] == [
        ("Done", "diamond"),
        ("Planned", "diamond-open"),
    ]
    assert list(lanes[1].text) == ["Basic station"]
    # Named milestones are written on the chart by their short name (done above the lane, planned below), a name
    # that would spill past an end of the axis running away from it; the others only in the hover.
    assert [list(t.texttemplate) for t in lanes] == [["MoU"], [""], ["Accords"]]
    assert lanes[0].textposition == ("top center",)
    long = table.assign(short=["A name as long as a milestone's short name gets", "Basic", "Accords"])
    spilled = milestone_timeline_figure(long, spec)
    assert spilled.data[0].textposition == ("top right",)  # the oldest milestone, at the axis's left end
    assert figure.layout.shapes[0].x0 == pd.Timestamp("2025-01-01").timestamp() * 1000
    assert "As of 1 January 2025" in figure.layout.annotations[0].text


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
