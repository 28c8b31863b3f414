"""Comparison charts: cumulative membership of two programs, new members per year as bars."""

from __future__ import annotations

import textwrap
from datetime import date
from html import escape, unescape

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from datalayer import vocab
from datalayer.viewmodels.charts import (
    BlocSplit,
    ClaimGaps,
    Cumulative,
    DotStrip,
    MilestoneTimeline,
    PerYear,
    ShareBars,
    Slope,
    SplitOverTime,
)
from datalayer.words import comparison_lines
from datalayer.words.dates import DAY_IN_HOVER, written_date
from figures.axes import count_axis
from figures.theme import CATEGORY_COLOURS, CLAIM, GUIDE, MARKER_OUTLINE, PROGRAM_COLOURS
from figures.theme import PROGRAM_COLOURS_BY_LABEL as COLOUR_BY_LABEL

END_LABEL, CALLOUT = "end label", "callout"  # annotation names: what each note on a chart is
CALLOUT_CHARS = 26  # a callout's line: short, so it sits beside the step it points at


def cumulative_figure(table: pd.DataFrame, spec: Cumulative) -> go.Figure:
    """Each coalition's members over time, each line named at its end with its latest count (no legend to look
    across to), and one callout for the chart's story."""
    figure = go.Figure()
    labels = spec.end_labels or {}
    for name, rows in _in_program_order(table, spec.program):
        rows = rows.dropna(subset=[spec.x])
        colour = COLOUR_BY_LABEL.get(name)
        figure.add_trace(
            go.Scatter(
                x=rows[spec.x],
                y=rows[spec.count],
                mode="lines",
                line_shape="hv",
                name=name,
                line=dict(color=colour, width=3),
                showlegend=name not in labels,
            )
        )
        if name in labels and len(rows):
            figure.add_annotation(
                x=rows[spec.x].iloc[-1],
                y=rows[spec.count].iloc[-1],
                text=f"<b>{escape(labels[name])}</b>",
                font=dict(color=colour),
                showarrow=False,
                # Over the line's end, inside the plot: no margin to size, whatever the medium's type.
                xanchor="right",
                yanchor="bottom",
                name=END_LABEL,
            )
        if spec.callout and name == spec.callout_program and len(rows):
            final = rows[rows[spec.count] == rows[spec.count].iloc[-1]].iloc[0]
            figure.add_annotation(
                x=final[spec.x],
                y=final[spec.count],
                # Wrapped short and set to the right of the step, in the room between the two lines.
                text="<br>".join(escape(line) for line in textwrap.wrap(spec.callout, CALLOUT_CHARS)),
                showarrow=True,
                arrowcolor=GUIDE,
                ax=30,
                ay=-50,
                xanchor="left",
                yanchor="bottom",
                name=CALLOUT,
            )
    figure.update_layout(
        height=380,
        margin=dict(l=10, r=10, t=30, b=10),
        xaxis_title=spec.x_title,
        yaxis=dict(title="Member states", **count_axis(_top(table[spec.count]))),
        legend=dict(orientation="h", y=-0.2),
        showlegend=any(name not in labels for name, _ in _in_program_order(table, spec.program)),
    )
    return figure


def _top(values: pd.Series) -> float:
    return float(values.max()) if len(values) else 0.0


def _in_program_order(table: pd.DataFrame, program: str):
    """(name, rows) per program, ILRS first, whatever order the rows come in."""
    for name in COLOUR_BY_LABEL:
        rows = table[table[program] == name]
        if not rows.empty:
            yield name, rows


def per_year_figure(table: pd.DataFrame, spec: PerYear) -> go.Figure:
    """Each coalition's new member states per year, side by side; one callout over the run of years that tells
    the chart's story (a wave of signings), with a bracket over those years."""
    figure = go.Figure()
    for name, rows in _in_program_order(table, spec.program):
        figure.add_trace(
            go.Bar(x=rows[spec.year], y=rows[spec.value], name=name, marker_color=COLOUR_BY_LABEL.get(name))
        )
    if spec.callout and spec.callout_years:
        first, last = spec.callout_years
        top = float(table.loc[table[spec.year].between(first, last), spec.value].max())
        # A bracket a little above the run's tallest bar, and the note over its middle.
        figure.add_shape(
            type="path",
            path=f"M {first - 0.4},{top * 1.04} V {top * 1.1} H {last + 0.4} V {top * 1.04}",
            line=dict(color=COLOUR_BY_LABEL.get(spec.callout_program), width=2),
        )
        figure.add_annotation(
            x=(first + last) / 2,
            y=top * 1.1,
            text="<br>".join(escape(line) for line in textwrap.wrap(spec.callout, CALLOUT_CHARS * 2)),
            showarrow=False,
            yanchor="bottom",
            font=dict(color=COLOUR_BY_LABEL.get(spec.callout_program)),
            name=CALLOUT,
        )
    figure.update_layout(
        barmode="group",
        height=320,
        margin=dict(l=10, r=10, t=30, b=10),
        yaxis=dict(
            title=comparison_lines.NEW_MEMBER_STATES,
            # Room above the tallest bar for the callout's bracket and two lines.
            **count_axis(_top(table[spec.value]) * (1.45 if spec.callout else 1)),
        ),
        xaxis=dict(dtick=1, tickformat="d"),
        legend=dict(orientation="h", y=-0.2),
    )
    return figure


# Large type (a slide, the presenter) fits about this many groups' labels one under another: more stand in two
# columns of bars, the first half of the groups on the left, so every label keeps the medium's size.
ONE_COLUMN_GROUPS = 9
MIN_LABELLED_SHARE = 0.08  # a part narrower than this carries its count in the hover only


def dot_strip_figure(table: pd.DataFrame, spec: DotStrip) -> go.Figure:
    """One lane per coalition (the ILRS on top), every member a pale dot at its signing date, the highlighted
    rows large, in full colour and named: where one state stands in each coalition's order."""
    figure = go.Figure()
    lanes = [name for name, _ in _in_program_order(table, spec.lane)]
    for name, rows in _in_program_order(table, spec.lane):
        colour = COLOUR_BY_LABEL.get(name)
        mine = rows[rows[spec.highlight].astype(bool)]
        others = rows[~rows[spec.highlight].astype(bool)]
        figure.add_trace(
            go.Scatter(
                x=others[spec.date],
                y=others[spec.lane],
                mode="markers",
                marker=dict(size=11, color=colour, opacity=0.35, line=dict(width=0)),
                customdata=others[[spec.label]],
                hovertemplate="%{customdata[0]}: %{x|" + DAY_IN_HOVER + "}<extra>" + name + "</extra>",
                showlegend=False,
            )
        )
        figure.add_trace(
            go.Scatter(
                x=mine[spec.date],
                y=mine[spec.lane],
                mode="markers+text",
                marker=dict(size=22, color=colour, line=dict(width=2, color=MARKER_OUTLINE)),
                text=mine[spec.label],
                textposition="top center",
                hovertemplate="%{text}: %{x|" + DAY_IN_HOVER + "}<extra>" + name + "</extra>",
                showlegend=False,
            )
        )
    figure.update_layout(
        height=260,
        margin=dict(l=10, r=20, t=30, b=10),
        yaxis=dict(categoryorder="array", categoryarray=lanes[::-1], title=None, range=[-0.6, len(lanes) - 0.2]),
        xaxis=dict(title=None, showgrid=True),
    )
    return figure


def slope_figure(table: pd.DataFrame, spec: Slope) -> go.Figure:
    """Each coalition's count on two dates, a line between: the count written at the left end, the coalition's
    name and count at the right (no legend to look across to). The dates are the x axis's two categories."""
    moments = list(dict.fromkeys(table[spec.moment]))
    figure = go.Figure()
    written: set[int] = set()  # left counts already written: two equal ones would stand on the same spot
    for name, rows in _in_program_order(table, spec.program):
        counts = rows[spec.count].tolist()
        left = "" if counts[0] in written else f"{counts[0]}"
        written.add(counts[0])
        figure.add_trace(
            go.Scatter(
                x=rows[spec.moment],
                y=counts,
                mode="lines+markers+text",
                name=name,
                line=dict(color=COLOUR_BY_LABEL.get(name), width=4),
                marker=dict(size=14, color=COLOUR_BY_LABEL.get(name)),
                text=[left, f"<b>{name} {counts[-1]}</b>"],
                textposition=["middle left", "middle right"],
                textfont=dict(size=15),  # the chart's story is in these words: larger than its ticks
                cliponaxis=False,
                showlegend=False,
                hovertemplate="%{x}: %{y}<extra>" + name + "</extra>",
            )
        )
    figure.update_layout(
        height=380,
        margin=dict(l=10, r=10, t=30, b=10),
        # Room either side of the two dates for the words at each end.
        xaxis=dict(type="category", categoryarray=moments, range=[-0.6, len(moments) - 1 + 1.1], showgrid=False),
        yaxis=dict(title=spec.y_title, **count_axis(_top(table[spec.count]) * 1.1)),
    )
    return figure


def _columns(groups: list[str], label_scale: float) -> list[list[str]]:
    """The groups in one column, or in two where large type (`label_scale` above 1) would not fit every group's
    label in one."""
    if label_scale > 1 and len(groups) > ONE_COLUMN_GROUPS:
        middle = -(-len(groups) // 2)
        return [groups[:middle], groups[middle:]]
    return [groups]


def bloc_split_figure(table: pd.DataFrame, spec: BlocSplit, label_scale: float = 1.0) -> go.Figure:
    """One diverging stacked bar per group, in the table's order from the top: the ILRS-only part to the left of
    zero, 'both' across it, the Accords-only part and 'neither' to the right. On screen each wide part carries its
    count; in large type the hover and the table do (a count would not fit a slide's thin bars)."""
    columns = _columns(list(dict.fromkeys(table[spec.group])), label_scale)
    figure = make_subplots(rows=1, cols=len(columns), horizontal_spacing=0.3)
    for column, groups in enumerate(columns, start=1):
        for part in spec.parts:
            rows = table[(table[spec.part] == part) & table[spec.group].isin(groups)]
            shown = (rows[spec.share] >= MIN_LABELLED_SHARE) & (label_scale <= 1)
            figure.add_trace(
                go.Bar(
                    y=rows[spec.group],
                    x=rows[spec.share],
                    base=rows[spec.start],
                    orientation="h",
                    name=spec.labels[part],
                    legendgroup=part,
                    showlegend=column == 1,
                    marker=dict(color=CATEGORY_COLOURS[part], line=dict(width=0)),
                    text=rows[spec.states].astype(str).where(shown, ""),
                    textposition="inside",
                    textangle=0,
                    insidetextanchor="middle",
                    customdata=rows[[spec.states]],
                    hovertemplate="%{y}: %{customdata[0]} (%{x:.0%})<extra>" + spec.labels[part] + "</extra>",
                ),
                row=1,
                col=column,
            )
        figure.update_yaxes(categoryorder="array", categoryarray=groups[::-1], title=None, row=1, col=column)
        figure.update_xaxes(
            range=[-1, 1],
            tickvals=[-1, -0.5, 0, 0.5, 1],
            ticktext=["100%", "50%", "0", "50%", "100%"],  # a share either side of zero, never negative
            zeroline=True,
            zerolinecolor=GUIDE,
            title=spec.x_title if column == 1 else None,
            row=1,
            col=column,
        )
    figure.update_layout(
        barmode="overlay",
        height=max(260, 34 * len(columns[0]) + 120),
        margin=dict(l=10, r=10, t=30, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0, traceorder="normal"),
    )
    return figure


PANEL_COLUMNS = {False: 4, True: 9}  # small multiples across: on screen, and in large type (two rows on a slide)
PANEL_PX = 150  # a row of panels on screen
PANEL_TITLE_CHARS = {False: 26, True: 11}  # a panel's title wraps onto lines this long (a word stays whole)


def split_over_time_figure(table: pd.DataFrame, spec: SplitOverTime, label_scale: float = 1.0) -> go.Figure:
    """Small multiples, one panel per group in the table's order: the parts stacked as shares of the group, each
    step at its date, on one shared 0-100% axis, so panels compare at a glance; one legend for all."""
    large = label_scale > 1
    groups = list(dict.fromkeys(table[spec.group]))
    columns = min(PANEL_COLUMNS[large], max(len(groups), 1))
    rows = max(1, -(-len(groups) // columns))
    # In large type each panel takes its short title ('AU'), so one line of it fits above a short panel.
    named = [unescape(spec.short_titles.get(unescape(g), g)) if large else unescape(g) for g in groups]
    titles = [
        "<br>".join(
            escape(line, quote=False) for line in textwrap.wrap(n, PANEL_TITLE_CHARS[large], break_long_words=False)
        )
        for n in named
    ]
    figure = make_subplots(
        rows=rows,
        cols=columns,
        shared_xaxes=True,
        shared_yaxes=True,
        subplot_titles=titles,
        horizontal_spacing=0.02,
        vertical_spacing=0.5 / rows if large else 0.22 / rows,
    )
    for i, group in enumerate(groups):
        row, column = divmod(i, columns)
        for part in spec.parts:
            rows_of = table[(table[spec.group] == group) & (table[spec.part] == part)]
            figure.add_trace(
                go.Scatter(
                    x=rows_of[spec.date],
                    y=rows_of[spec.share],
                    stackgroup=f"panel{i}",
                    mode="lines",
                    line=dict(width=0.5, color=CATEGORY_COLOURS[part], shape="hv"),
                    fillcolor=CATEGORY_COLOURS[part],
                    name=spec.labels[part],
                    legendgroup=part,
                    showlegend=i == 0,
                    customdata=rows_of[[spec.states]],
                    hovertemplate=group
                    + ", %{x|"
                    + DAY_IN_HOVER
                    + "}: %{customdata[0]} (%{y:.0%})<extra>"
                    + spec.labels[part]
                    + "</extra>",
                ),
                row=row + 1,
                col=column + 1,
            )
    # In large type only the ends of the shared axis are written: a middle tick would meet the next row's titles.
    ticks = {0: "0", 0.5: "50%", 1: "100%"} if not large else {0: "0", 1: "100%"}
    figure.update_yaxes(range=[0, 1], tickvals=list(ticks), ticktext=list(ticks.values()), showgrid=True)
    # The first and the last year, under the first panel of the last row only: the panels share the axis, and
    # labels at every panel's edges would run into their neighbours'.
    ends = sorted(table[spec.date].unique())[:: max(1, table[spec.date].nunique() - 1)]
    figure.update_xaxes(showticklabels=False, showgrid=False)
    figure.update_xaxes(
        tickvals=ends, ticktext=[f"{pd.Timestamp(d).year}" for d in ends], showticklabels=True, row=rows, col=1
    )
    figure.update_layout(
        height=rows * PANEL_PX + 90,
        margin=dict(l=10, r=10, t=110 if large else 70, b=10),  # large type: room for two-line titles
        # Just above the first row's titles (a line of type over the plot's top edge).
        legend=dict(orientation="h", yanchor="bottom", y=1 + 28 / (rows * PANEL_PX + 10), x=0, traceorder="normal"),
        hovermode="closest",
    )
    return figure


def share_bars_figure(table: pd.DataFrame, spec: ShareBars, label_scale: float = 1.0) -> go.Figure:
    """Horizontal grouped bars: the share of each program's members in each group, labelled with the count; in
    two columns where large type (`label_scale` above 1) would not fit every group's label in one."""
    halves = _columns(list(dict.fromkeys(table[spec.group])), label_scale)
    figure = make_subplots(rows=1, cols=len(halves), shared_yaxes=False, horizontal_spacing=0.32)
    for column, half in enumerate(halves, start=1):
        for name, rows in _in_program_order(table[table[spec.group].isin(half)], spec.program):
            figure.add_trace(
                go.Bar(
                    y=rows[spec.group],
                    x=rows[spec.share],
                    orientation="h",
                    name=name,
                    legendgroup=name,
                    showlegend=column == 1,
                    marker_color=COLOUR_BY_LABEL.get(name),
                    text=[f"{m} ({s:.0%})" for m, s in zip(rows[spec.members], rows[spec.share], strict=True)],
                    textposition="outside",
                    cliponaxis=False,
                    hovertemplate="%{y}: %{text} of " + name + " members<extra></extra>",
                ),
                row=1,
                col=column,
            )
        figure.update_yaxes(categoryorder="array", categoryarray=half[::-1], row=1, col=column)
        # In two columns, each half as wide: ticks at every half (no tilted labels), and the axis named once.
        figure.update_xaxes(
            tickformat=".0%",
            range=[0, 1.12],
            dtick=0.5 if len(halves) > 1 else None,
            title=spec.share_of if column == 1 else None,
            row=1,
            col=column,
        )
    # The legend above the bars: below, a short chart's legend would sit on the axis's labels.
    figure.update_layout(
        barmode="group",
        height=max(260, 46 * len(halves[0])),
        margin=dict(l=10, r=40, t=20, b=10),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, x=0),
    )
    return figure


# A name's character as a share of the timeline's plot width at screen type (13 px on about 700 px of plot).
LANE_NAME_CHAR = 0.0097
# The axis runs to the last milestone within NEAR_YEARS of the As of date; later plans (2045, 2050) stand
# LATER_SLOT years apart past a break (room for their years in slide type), so a few far dates do not shrink
# the years where the milestones are.
NEAR_YEARS, BREAK_GAP, LATER_SLOT = 10, 0.7, 2.0
TICK_STEPS = ((8, 1), (16, 2), (10_000, 5))  # (a span of at most so many years, a tick every so many years)
LANE_NAME_WIDTH = 24  # characters: a lane's name wraps onto lines this long, so the names take little width


def _lane_name_side(fraction: float, chars: int, label_scale: float) -> str:
    """'center' where a name centred on its point stays over the plot; else it runs away from the nearer end."""
    half = chars * LANE_NAME_CHAR * label_scale / 2
    return "right" if fraction - half < 0 else "left" if fraction + half > 1 else "center"


def _year_position(when: pd.Timestamp) -> float:
    return when.year + (when.day_of_year - 1) / 366


def broken_years(dates: pd.Series, today: date) -> tuple[list[float], list[float], list[str], float | None]:
    """Where each date stands on a year axis with a break: up to the last date within NEAR_YEARS of `today` the
    axis is to scale; each later year gets a slot of its own past a gap. Returns the positions, the ticks (every
    year, second or fifth year to scale, as the span allows, then each later year) with their labels, and where
    the break is (None without one)."""
    when = pd.to_datetime(dates)
    near = when[when.dt.year <= today.year + NEAR_YEARS]
    end = (max(near.dt.year.max(), today.year) if len(near) else today.year) + 1
    later = sorted({w.year for w in when if w.year >= end})
    slot = {year: end + BREAK_GAP + i * LATER_SLOT for i, year in enumerate(later)}

    def position(w: pd.Timestamp) -> float:
        return _year_position(w) if w.year < end else slot[w.year] + (w.day_of_year - 1) / 366 * 0.8

    first = int(when.dt.year.min()) if len(when) else today.year
    step = next(step for span, step in TICK_STEPS if end - first <= span)
    scaled = [y for y in range(first - first % step, end + 1, step) if first <= y <= end]
    ticks = [*map(float, scaled), *(float(slot[y]) for y in later)]
    cut = end + BREAK_GAP / 2 if later else None
    return [position(w) for w in when], ticks, [*map(str, scaled), *map(str, later)], cut


def milestone_timeline_figure(table: pd.DataFrame, spec: MilestoneTimeline, label_scale: float = 1.0) -> go.Figure:
    """One lane per program; filled markers for milestones that happened, open ones for plans; the rows
    flagged `named` written out above their marker by their `short` name; a dashed line at `marker_at` (the As of
    date), named `marker_label`. The years are to scale up to NEAR_YEARS past the As of date, then broken."""
    figure = go.Figure()
    lanes = list(dict.fromkeys(table[spec.lane]))
    x, ticks, tick_text, cut = broken_years(table[spec.date], spec.marker_at)
    table = table.assign(_x=x, _when=[written_date(w) for w in table[spec.written]])
    today = _year_position(pd.Timestamp(spec.marker_at))
    # The As of line is always drawn, even where every milestone lies before it.
    low, high = min([*x, today]) - 0.3, max([*x, today]) + 0.3
    for name in lanes:
        for is_done in (True, False):
            rows = table[(table[spec.lane] == name) & ((table[spec.status] == spec.done) == is_done)]
            if rows.empty:
                continue
            details = "".join(f"<br>%{{customdata[{i + 1}]}}" for i in range(len(spec.hover)))
            # A name that would spill past an end of the axis runs away from it, never over the lane names.
            side = [
                _lane_name_side((at - low) / (high - low), len(str(short)) if named else 0, label_scale)
                for at, short, named in zip(rows["_x"], rows[spec.short], rows[spec.named].astype(bool), strict=True)
            ]
            figure.add_trace(
                go.Scatter(
                    x=rows["_x"],
                    y=rows[spec.lane],
                    mode="markers+text",
                    name=name,
                    showlegend=False,
                    texttemplate=rows[spec.short].where(rows[spec.named].astype(bool), "").tolist(),
                    # One name per lane, above its marker: the space below a lane is the next lane's.
                    textposition=[f"top {s}" for s in side],
                    cliponaxis=False,
                    marker=dict(
                        size=13,
                        symbol="diamond" if is_done else "diamond-open",
                        color=COLOUR_BY_LABEL.get(name),
                        line=dict(width=2, color=COLOUR_BY_LABEL.get(name)),
                    ),
                    text=rows[spec.label],
                    customdata=rows[["_when", *spec.hover]],
                    hovertemplate="<b>%{text}</b><br>%{customdata[0]}" + details + "<extra></extra>",
                )
            )
    # Two legend entries for every lane: the fill says whether it happened, the lane says whose it is.
    for label, symbol in (
        (comparison_lines.MILESTONE_DONE, "diamond"),
        (comparison_lines.MILESTONE_PLANNED, "diamond-open"),
    ):
        figure.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=label,
                marker=dict(size=13, symbol=symbol, color=GUIDE, line=dict(width=2, color=GUIDE)),
                hoverinfo="skip",
            )
        )
    figure.add_vline(x=today, line_dash="dash", line_color=GUIDE)
    # Named in the legend, beside what the fill means: over the lanes, the name would meet a milestone's.
    figure.add_trace(
        go.Scatter(
            x=[None],
            y=[None],
            mode="lines",
            name=spec.marker_label,
            line=dict(dash="dash", color=GUIDE),
            hoverinfo="skip",
        )
    )
    if cut is not None:  # the axis's break, drawn where a reader looks for the years
        figure.add_vrect(x0=cut - BREAK_GAP / 4, x1=cut + BREAK_GAP / 4, fillcolor=GUIDE, opacity=0.15, line_width=0)
    wrapped = {lane: "<br>".join(textwrap.wrap(lane, LANE_NAME_WIDTH)) for lane in lanes}
    figure.update_layout(
        height=max(300, 90 * len(lanes)),  # room above each lane for its name
        margin=dict(l=10, r=10, t=20, b=10),
        hovermode="closest",
        legend=dict(orientation="h", y=-0.25),
        yaxis=dict(
            categoryorder="array",
            categoryarray=lanes[::-1],
            title=None,
            tickmode="array",
            tickvals=lanes,
            ticktext=[wrapped[lane] for lane in lanes],
        ),
        xaxis=dict(
            title=None,
            tickmode="array",
            tickvals=ticks,
            ticktext=tick_text,
            tickangle=0,
            range=[low, high],
            zeroline=False,
        ),
    )
    return figure


def claim_gaps_figure(table: pd.DataFrame, spec: ClaimGaps) -> go.Figure:
    """Each official figure (a row) beside our count under the same rule on the same day, joined by a line."""
    rows = table.iloc[::-1]  # the oldest figure on top, as a reader reads down the years
    joins_x = [v for a, b in zip(rows[spec.ours], rows[spec.claimed], strict=True) for v in (a, b, None)]
    joins_y = [v for name in rows[spec.label] for v in (name, name, None)]
    figure = go.Figure(
        [
            go.Scatter(
                x=joins_x, y=joins_y, mode="lines", line=dict(color=GUIDE, width=2), hoverinfo="skip", showlegend=False
            ),
            go.Scatter(
                x=rows[spec.ours],
                y=rows[spec.label],
                mode="markers",
                name=comparison_lines.OUR_COUNT_SAME_DAY,
                marker=dict(size=13, color=PROGRAM_COLOURS[vocab.ILRS]),
                hovertemplate="%{y}: ours %{x}<extra></extra>",
            ),
            go.Scatter(
                x=rows[spec.claimed],
                y=rows[spec.label],
                mode="markers",
                name="Official figure",
                marker=dict(size=13, symbol="diamond", color=CLAIM),
                hovertemplate="%{y}: stated %{x}<extra></extra>",
            ),
        ]
    )
    top = float(max(rows[spec.claimed].max(), rows[spec.ours].max())) if len(rows) else 0.0
    figure.update_layout(
        height=max(260, 40 * len(rows) + 100),
        margin=dict(l=10, r=20, t=20, b=10),
        legend=dict(orientation="h", y=-0.15),
        xaxis=dict(title="Countries", **count_axis(top)),
        yaxis=dict(title=None, categoryorder="array", categoryarray=list(rows[spec.label])),
    )
    return figure
