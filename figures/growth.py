"""Growth panel from one long table (a row per point of each series): our counted step line, a projection,
officials' claims as labelled markers, the target as a line, milestones as guides, an optional overlay."""

from __future__ import annotations

import textwrap
from html import escape

import pandas as pd
import plotly.graph_objects as go

from datalayer import vocab
from datalayer.loading.rows import rows_of
from datalayer.viewmodels.charts import GrowthPanel, ScenarioBar, TargetProgress
from datalayer.words import growth_lines
from datalayer.words.dates import DAY_IN_HOVER
from datalayer.words.grammar import short_title
from figures.axes import count_axis
from figures.labels import place_labels
from figures.theme import BULLET_BAND, CLAIM, GUIDE, PROGRAM_COLOURS, STATUS_COLOURS, TARGET

CLAIM_SYMBOLS = ("diamond", "circle-open", "square", "triangle-up")
# One claim label's size as a share of the plotting area, tuned on the page's 480 px chart (about 1,000 px
# wide): a two-digit number and a little air. Larger charts only add room.
LABEL_WIDTH, LABEL_HEIGHT = 0.035, 0.07
MARKER_SIZE = (0.012, 0.035)  # a 12 px claim marker in the same units
# Named milestones are written from the middle of the plot downwards, in the room between the target line at the
# top and our count at the bottom.
MILESTONE_LABEL_TOP, MILESTONE_LABEL_STEP = 0.62, 0.07
FITTED_LABEL_TOP = 0.95  # on an axis fitted to the count, the top is free: officials' claims sit lower
MILESTONE_ANNOTATION, NEEDED_ANNOTATION, PROJECTION_ANNOTATION = "milestone", "pace needed", "pace seen"


def _fraction(values: pd.Series, low: float, high: float) -> list[float]:
    span = (high - low) or 1.0
    return [(float(v) - low) / span for v in values]


def claim_label_places(
    table: pd.DataFrame, *, date: str, value: str, series: str, label_scale: float = 1.0
) -> pd.Series:
    """Where each claim's number is written (a textposition), or None where it would sit on another label:
    that claim keeps its marker, hover and table row. The newest claims are placed first."""
    claims = table[table[series] == vocab.CLAIM].sort_values(date, ascending=False)
    days = pd.to_datetime(table[date]).map(pd.Timestamp.toordinal)
    top = max(float(table[value].max()) * 1.05, 1.0)
    places = place_labels(
        _fraction(days[claims.index], days.min(), days.max()),
        _fraction(claims[value], 0.0, top),
        width=LABEL_WIDTH * label_scale,
        height=LABEL_HEIGHT * label_scale,
        marker=MARKER_SIZE,
    )
    return pd.Series(places, index=claims.index)


AXIS_PAD = 0.02  # of the time axis's span, past the target year's end
END_LABEL_CHARS = 20  # a line's end label wraps at this many characters


def growth_figure(table: pd.DataFrame, spec: GrowthPanel, label_scale: float = 1.0) -> go.Figure:
    """`series` says which of vocab.GROWTH_SERIES a row belongs to; `names` gives each series' legend name;
    claims are grouped by `group` (the counting rule the speaker used) and hover shows the `hover` columns. With
    a `fitted_note`, the axis fits what is drawn and the note replaces the target line."""
    fit_to_data = bool(spec.fitted_note)
    by_series = {s: table[table[spec.series] == s] for s in vocab.GROWTH_SERIES}
    figure = go.Figure()
    ours = by_series[vocab.OUR_COUNT]
    if len(ours):
        figure.add_trace(
            go.Scatter(
                x=ours[spec.date],
                y=ours[spec.value],
                mode="lines",
                line_shape="hv",
                name=spec.names[vocab.OUR_COUNT],
                line=dict(color=PROGRAM_COLOURS[vocab.ILRS], width=3),
                hovertemplate="%{x|" + DAY_IN_HOVER + "}: %{y}<extra>" + spec.names[vocab.OUR_COUNT] + "</extra>",
            )
        )
    projection = by_series[vocab.PROJECTION]
    if len(projection):
        figure.add_trace(
            go.Scatter(
                x=projection[spec.date],
                y=projection[spec.value],
                mode="lines",
                name=spec.names[vocab.PROJECTION],
                showlegend=not spec.projection_end,  # named on the line instead
                line=dict(color=PROGRAM_COLOURS[vocab.ILRS], dash="dot", width=2),
            )
        )
    needed = by_series[vocab.NEEDED]
    if len(needed):
        figure.add_trace(
            go.Scatter(
                x=needed[spec.date],
                y=needed[spec.value],
                mode="lines",
                name=spec.names[vocab.NEEDED],
                showlegend=not spec.needed_end,  # named at its end instead
                line=dict(color=TARGET, dash="dashdot", width=2),
                hovertemplate="%{x|" + DAY_IN_HOVER + "}: %{y:.0f}<extra>" + spec.names[vocab.NEEDED] + "</extra>",
            )
        )
    details = "<br>".join(f"{title}: %{{customdata[{j}]}}" for j, title in enumerate(spec.hover.values()))
    places = claim_label_places(table, date=spec.date, value=spec.value, series=spec.series, label_scale=label_scale)
    for i, (rule, rows) in enumerate(by_series[vocab.CLAIM].groupby(spec.group, sort=False)):
        where = places[rows.index]
        figure.add_trace(
            go.Scatter(
                x=rows[spec.date],
                y=rows[spec.value],
                mode="markers+text",
                text=rows[spec.value].astype(object).where(where.notna(), ""),
                textposition=where.fillna("top center").tolist(),
                name=f"{spec.names[vocab.CLAIM]}: {rule}",
                marker=dict(
                    symbol=CLAIM_SYMBOLS[i % len(CLAIM_SYMBOLS)],
                    size=12,
                    color=CLAIM,
                    line=dict(width=1.5, color=CLAIM),
                ),
                customdata=rows[list(spec.hover)],
                hovertemplate="<b>%{y}</b> on %{x|" + DAY_IN_HOVER + "}<br>" + details + "<extra></extra>",
            )
        )
    scenario = by_series[vocab.SCENARIO]
    if len(scenario):  # drawn apart from our count: dashed, in a neutral colour, labelled at its start
        figure.add_trace(
            go.Scatter(
                x=scenario[spec.date],
                y=scenario[spec.value],
                mode="lines+markers+text",
                name=spec.names[vocab.SCENARIO],
                line=dict(color=CLAIM, dash="dash", width=2),
                marker=dict(size=9, color=CLAIM),
                text=[f"scenario: {v:g}" if i == 0 else "" for i, v in enumerate(scenario[spec.value])],
                textposition="top left",
                hovertemplate="%{x|" + DAY_IN_HOVER + "}: %{y} (scenario)<extra></extra>",
            )
        )
    overlay = by_series[vocab.OVERLAY]
    if len(overlay):
        figure.add_trace(
            go.Scatter(
                x=overlay[spec.date],
                y=overlay[spec.value],
                mode="lines",
                line_shape="hv",
                name=spec.names[vocab.OVERLAY],
                line=dict(color=PROGRAM_COLOURS[vocab.ARTEMIS], width=2),
            )
        )
    # A target far above the count flattens it against the axis: fitted to the data, the axis says where the
    # target is instead of drawing it.
    drawn_to_scale = ~table[spec.series].isin([vocab.TARGET, vocab.NEEDED])  # both run to the target
    data_top = float(table.loc[drawn_to_scale, spec.value].max()) if len(table) else 0.0
    for row in rows_of(by_series[vocab.TARGET]):
        if fit_to_data:
            figure.add_annotation(
                x=0,
                xref="paper",
                xanchor="left",
                y=1,
                yref="paper",
                yanchor="bottom",
                showarrow=False,
                font=dict(color=TARGET),
                text=spec.fitted_note,
            )
        else:
            figure.add_hline(
                y=getattr(row, spec.value),
                line=dict(color=TARGET, dash="dash", width=1.5),
                annotation_text=getattr(row, spec.label),
                annotation_position="top left",
            )
    milestones = by_series[vocab.MILESTONE]
    # Only the few named milestones get a guide line and their name (stepped down so neighbours do not touch);
    # the rest are markers on the baseline, with their name in the hover and the table.
    written = milestones[milestones[spec.named].astype(bool)]
    # In large type (a slide, the pack, presenter mode) the past is a third of a short plot and a name runs off
    # it: there only the markers on the baseline stay, the names are in the hover and the table.
    fit = len(written) if label_scale <= 1 else 0
    written = pd.concat([written.head(1), written.iloc[1:].tail(fit - 1)]) if fit > 1 else written.tail(fit)
    # A name runs back into the past, where the chart is empty above the count, unless its guide stands in the
    # first third of the time counted (the founding agreement): then it runs forward. Forward, past today, it
    # would cross the two paths.
    drawn = pd.to_datetime(table.loc[table[spec.series] == vocab.OUR_COUNT, spec.date])
    turn = drawn.min() + (drawn.max() - drawn.min()) / 3 if len(drawn) else None
    for step, row in enumerate(rows_of(written)):
        back = turn is not None and pd.Timestamp(getattr(row, spec.date)) > turn
        figure.add_vline(
            x=pd.Timestamp(getattr(row, spec.date)).timestamp() * 1000, line=dict(color=GUIDE, dash="dot", width=1)
        )
        top = FITTED_LABEL_TOP if fit_to_data else MILESTONE_LABEL_TOP  # no target line to keep clear of
        figure.add_annotation(
            x=getattr(row, spec.date),
            y=top - step * MILESTONE_LABEL_STEP * label_scale,
            yref="paper",
            text=short_title(getattr(row, spec.label)),
            showarrow=False,
            xanchor="right" if back else "left",
            xshift=-3 if back else 3,
            font=dict(size=11 * label_scale, color=GUIDE),
            name=MILESTONE_ANNOTATION,
        )
    if len(milestones):
        figure.add_trace(
            go.Scatter(
                x=milestones[spec.date],
                y=[0] * len(milestones),
                mode="markers",
                name=spec.names[vocab.MILESTONE],
                marker=dict(symbol="triangle-up", size=10, color=GUIDE),
                text=milestones[spec.label],
                hovertemplate="%{x|" + DAY_IN_HOVER + "}: %{text}<extra></extra>",
            )
        )
    figure.update_layout(
        height=480,
        margin=dict(l=10, r=10, t=30, b=10),
        yaxis_title=spec.y_title,
        legend=dict(orientation="h", yanchor="top", y=-0.12),
        hovermode="closest",
    )
    top = data_top * 1.15 if fit_to_data else (float(table[spec.value].max()) if len(table) else 0.0)
    if spec.projection_end and len(projection):
        # The axis runs from the first signing's year (nothing before it is counted) to the target year's end.
        dates = pd.to_datetime(table[spec.date])
        counted = pd.to_datetime(ours[spec.date]) if len(ours) else dates
        first = pd.Timestamp(year=counted.min().year, month=1, day=1)
        last = pd.to_datetime(projection[spec.date]).max()
        figure.update_xaxes(range=[first, last + (last - first) * AXIS_PAD])
    if spec.today is not None and len(projection):
        # What lies after the As of date is not a count: shaded, so the projection and the pace needed read as
        # what they are.
        figure.add_vrect(
            x0=pd.Timestamp(spec.today),
            x1=pd.to_datetime(projection[spec.date]).max(),
            fillcolor=GUIDE,
            opacity=0.12,
            layer="below",
            line_width=0,
        )
    # The two paths from today are named on the lines, in the free room each leaves: the pace needed (the steeper)
    # above and left of its middle, the pace seen below and right of its own. Both lines rise, so neither name
    # crosses its line.
    if spec.needed_end and len(needed):
        _name_line(figure, needed, spec, spec.needed_end, above=True, top=top * 1.05 if fit_to_data else None)
    if spec.projection_end and len(projection):
        _name_line(figure, projection, spec, spec.projection_end, above=False, top=None)
    if fit_to_data:
        figure.update_yaxes(**count_axis(top))
    else:
        figure.update_yaxes(**count_axis(top, fixed=False))
    return figure


def _end_words(words: str) -> str:
    """A line's end label in short lines: it stands inside the plot, beside the line it names."""
    return "<br>".join(escape(line) for line in textwrap.wrap(words, END_LABEL_CHARS))


def _name_line(
    figure: go.Figure, line: pd.DataFrame, spec: GrowthPanel, words: str, *, above: bool, top: float | None
) -> None:
    """Names a straight two-point line at the middle of what the chart shows of it (on an axis fitted to the
    count, a line running to the target leaves the chart at `top`)."""
    dates, values = pd.to_datetime(line[spec.date]), line[spec.value].astype(float)
    share = 1.0
    if top is not None and values.iloc[-1] > top:
        share = (top - values.iloc[0]) / (values.iloc[-1] - values.iloc[0])
    figure.add_annotation(
        x=dates.iloc[0] + (dates.iloc[-1] - dates.iloc[0]) * share / 2,
        y=values.iloc[0] + (values.iloc[-1] - values.iloc[0]) * share / 2,
        text=_end_words(words),
        showarrow=False,
        xanchor="right" if above else "left",
        yanchor="bottom" if above else "top",
        align="right" if above else "left",
        font=dict(color=TARGET)
        if above
        else None,  # the pace seen in the theme's text colour: ILRS blue is too dark on dark
        name=NEEDED_ANNOTATION if above else PROJECTION_ANNOTATION,
    )


def scenario_bar_figure(table: pd.DataFrame, spec: ScenarioBar) -> go.Figure:
    """Our count as a solid bar, the scenario's additions stacked on it hatched (a scenario, never a count), the
    target a dashed line across: a scenario past its target runs past the line."""
    value = table.set_index(spec.part)[spec.value]
    figure = go.Figure()
    for part, colour, pattern in (
        (vocab.OUR_COUNT, PROGRAM_COLOURS[vocab.ILRS], ""),
        (vocab.SCENARIO, STATUS_COLOURS[vocab.ANNOUNCED], "/"),
    ):
        figure.add_trace(
            go.Bar(
                y=[spec.bar],
                x=[value[part]],
                orientation="h",
                name=spec.names[part],
                marker=dict(color=colour, pattern=dict(shape=pattern, fgcolor=TARGET, solidity=0.3)),
                text=[value[part]],
                textposition="inside",
                insidetextanchor="middle",
                hovertemplate="%{x}<extra>" + escape(spec.names[part]) + "</extra>",
            )
        )
    target = value[vocab.TARGET]
    figure.add_vline(
        x=target,
        line=dict(color=TARGET, dash="dash", width=2),
        annotation_text=escape(spec.names[vocab.TARGET]),
        annotation_position="top",
    )
    top = max(float(target), float(value[vocab.OUR_COUNT] + value[vocab.SCENARIO]))
    figure.update_layout(
        barmode="stack",
        height=260,
        margin=dict(l=10, r=30, t=50, b=10),  # room above for the target's name
        xaxis=dict(title=spec.bar, **count_axis(top * 1.08)),
        yaxis=dict(showticklabels=False),
        legend=dict(orientation="h", yanchor="top", y=-0.35, traceorder="normal"),
    )
    return figure


def target_progress_figure(table: pd.DataFrame, spec: TargetProgress) -> go.Figure:
    """All targets at a glance, as bullet charts: per target a pale band to 100%, a bar as long as the share
    reached and a tick where a straight path to the target would stand today, named once, on the top row. The
    count against the target is written under the target's name. A target with no counted series gets no band,
    bar or tick, only its text (never a zero)."""
    rows = table.iloc[::-1]  # first target on top
    names = [
        f"{escape(str(label))}<br>{escape(str(text))}"
        for label, text in zip(rows[spec.label], rows[spec.text], strict=True)
    ]
    counted = rows[spec.percent].notna().tolist()
    figure = go.Figure(
        [
            go.Bar(
                y=names,
                x=[100 if c else None for c in counted],
                orientation="h",
                marker_color=BULLET_BAND,
                hoverinfo="skip",
                showlegend=False,
                width=0.7,
            ),
            go.Bar(
                y=names,
                x=rows[spec.percent].astype(float).tolist(),
                orientation="h",
                marker_color=PROGRAM_COLOURS[vocab.ILRS],
                customdata=rows[spec.text],
                hovertemplate="%{customdata}<extra></extra>",
                showlegend=False,
                width=0.35,
            ),
        ]
    )
    if spec.on_track:
        ticked = [(n, float(v)) for n, v in zip(names, rows[spec.on_track], strict=True) if pd.notna(v)]
        figure.add_trace(
            go.Scatter(
                x=[v for _, v in ticked],
                y=[n for n, _ in ticked],
                mode="markers+text",
                marker=dict(symbol="line-ns", size=40, line=dict(width=4, color=TARGET)),
                text=[""] * (len(ticked) - 1) + [escape(spec.on_track_label)],  # the top row's tick, named
                textposition="top center",
                name=spec.on_track_label,
                showlegend=False,
                hovertemplate="%{x:.0f}%<extra>" + escape(spec.on_track_label) + "</extra>",
            )
        )
    figure.update_layout(
        height=240,
        barmode="overlay",
        margin=dict(l=10, r=40, t=30, b=10),  # room above the top row for its tick's name
        xaxis=dict(range=[0, 100], ticksuffix="%", title=growth_lines.SHARE_STATED_TARGET_REACHED),
        yaxis=dict(title=None),
    )
    return figure
