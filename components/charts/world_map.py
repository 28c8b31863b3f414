"""A categorical world choropleth, with markers for states too small to see at world scale, count markers
for things hosted in a country, and a play control that steps through dates."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from components.palette import BORDER, COUNT_MARKER, LAND, MARKER_OUTLINE

PLAY_FRAME_MS = 450
COUNT_MARKER_MAX_PX = 28
COUNT_MARKER_MIN_PX = 11


def _hover_template(hover: Mapping[str, str]) -> str:
    lines = [f"{label}: %{{customdata[{i}]}}" for i, label in enumerate(hover.values())]
    return "<br>".join(["<b>%{text}</b>", *lines]) + "<extra></extra>"


def _style_geo(figure: go.Figure, height: int = 520) -> go.Figure:
    figure.update_geos(
        projection_type="natural earth", resolution=110, showframe=False, showcoastlines=False,
        showcountries=True, countrycolor=BORDER, showland=True, landcolor=LAND,
        showocean=False, showlakes=False, lataxis_range=[-57, 85],
    )
    figure.update_layout(
        margin=dict(l=0, r=0, t=10, b=0), height=height,
        legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="left", x=0),
        dragmode=False,
    )
    return figure


def category_map_figure(
    table: pd.DataFrame,
    *,
    iso3: str,
    name: str,
    category: str,
    order: Sequence[str],
    colours: Mapping[str, str],
    labels: Mapping[str, str],
    hover: Mapping[str, str] | None = None,
    points: pd.DataFrame | None = None,
    height: int = 520,
) -> go.Figure:
    """One trace per category, in `order`, named with its count; `points` (iso3, lon, lat) adds markers.
    `hover` maps a column to the label shown for it."""
    hover = dict(hover or {})
    figure = go.Figure()
    hover_template = _hover_template(hover)
    for value in order:
        rows = table[table[category] == value]
        if rows.empty:
            continue
        legend = f"{labels.get(value, value)} ({len(rows)})"
        colour = colours[value]
        figure.add_trace(go.Choropleth(
            locations=rows[iso3], z=[1] * len(rows), locationmode="ISO-3",
            colorscale=[[0, colour], [1, colour]], showscale=False,
            marker_line_color=BORDER, marker_line_width=0.5,
            name=legend, legendgroup=value, showlegend=True,
            text=rows[name], customdata=rows[list(hover)], hovertemplate=hover_template,
        ))
        if points is not None:
            small = rows.merge(points, left_on=iso3, right_on="iso3", suffixes=("", "_point"))
            figure.add_trace(go.Scattergeo(
                lon=small["lon"], lat=small["lat"], mode="markers",
                marker=dict(size=7, color=colour, line=dict(color=MARKER_OUTLINE, width=0.8)),
                name=f"{labels.get(value, value)} (small states)", legendgroup=value, showlegend=False,
                text=small[name], customdata=small[list(hover)], hovertemplate=hover_template,
            ))
    return _style_geo(figure, height)


def _count_marker_trace(rows: pd.DataFrame, *, lon: str, lat: str, count: str, detail: str, label: str,
                        largest: int) -> dict:
    # Area, not radius, grows with the count, so a host of 4 does not look 16 times a host of 1.
    sizes = COUNT_MARKER_MIN_PX + (COUNT_MARKER_MAX_PX - COUNT_MARKER_MIN_PX) * (rows[count] / max(largest, 1)) ** 0.5
    return dict(
        type="scattergeo", lon=rows[lon].tolist(), lat=rows[lat].tolist(), mode="markers+text",
        text=rows[count].astype(str).tolist(), textfont=dict(color="white", size=11),
        marker=dict(size=sizes.round(1).tolist(), color=COUNT_MARKER, opacity=0.85,
                    line=dict(color="white", width=1)),
        customdata=rows[[detail]].to_numpy().tolist(), name=label, legendgroup=label, showlegend=True,
        hovertemplate=f"<b>%{{text}} {label.lower()}</b><br>%{{customdata[0]}}<extra></extra>",
    )


def with_count_markers(figure: go.Figure, table: pd.DataFrame, *, lon: str, lat: str, count: str,
                       detail: str, label: str) -> go.Figure:
    """Adds one labelled circle per row, its area scaled by `count`; hover lists `detail`."""
    largest = int(table[count].max()) if len(table) else 1
    figure.add_trace(_count_marker_trace(table, lon=lon, lat=lat, count=count, detail=detail, label=label,
                                         largest=largest))
    return figure


def with_point_markers(figure: go.Figure, table: pd.DataFrame, *, lon: str, lat: str, name: str, detail: str,
                       labelled: str, label: str, symbol: str = "star") -> go.Figure:
    """Adds a marker per row (hover: name and `detail`); rows where `labelled` is true also get their name
    written beside the marker, to call them out on a small map."""
    figure.add_trace(go.Scattergeo(
        lon=table[lon], lat=table[lat], mode="markers+text", name=label, showlegend=True,
        marker=dict(symbol=symbol, size=12, color="white", line=dict(color=MARKER_OUTLINE, width=1.5)),
        text=table[name].where(table[labelled], ""), textposition="middle right",
        textfont=dict(size=12, color=MARKER_OUTLINE), customdata=table[[name, detail]],
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra>" + label + "</extra>"))
    return figure


def animated_category_map(
    timeline: pd.DataFrame,
    *,
    frame: str,
    iso3: str,
    name: str,
    category: str,
    order: Sequence[str],
    colours: Mapping[str, str],
    labels: Mapping[str, str],
    points: pd.DataFrame | None = None,
    background: Sequence[str] = (),
    counts: pd.DataFrame | None = None,
    count_columns: Mapping[str, str] | None = None,
    frame_label: str = "%b %Y",
) -> go.Figure:
    """A map with one frame per value of `frame` (dates), a play button and a frame slider.

    One choropleth colours every country by a category code, so each frame carries only codes, not shapes.
    Legend entries are empty marker traces whose names carry each frame's counts. `counts` (a table with
    `frame` plus the `count_columns` of `with_count_markers`) adds a count-marker layer per frame.
    `points` mark small states that are in a `background` category on some date only, never throughout.
    The figure opens on the last frame; Play runs from the first.
    """
    present = set(timeline[category])
    order = [value for value in order if value in present]  # a legend entry for every date, so only real ones
    codes = {value: i for i, value in enumerate(order)}
    n = max(len(order), 1)
    colourscale = []
    for value, i in codes.items():
        colourscale += [[i / n, colours[value]], [(i + 1) / n, colours[value]]]
    countries = timeline.drop_duplicates(iso3).sort_values(iso3)[[iso3, name]]
    by_frame = {day: rows.set_index(iso3) for day, rows in timeline.groupby(frame, sort=True)}
    small = pd.DataFrame(columns=[iso3, "lon", "lat", name])
    if points is not None:
        ever = timeline.loc[~timeline[category].isin(background), iso3].unique()
        small = countries[countries[iso3].isin(ever)].merge(points, on=iso3)
    largest = int(counts[count_columns["count"]].max()) if counts is not None and len(counts) else 1

    def frame_traces(day) -> list[dict]:
        rows = by_frame[day]
        category_of = rows[category].reindex(countries[iso3])
        tally = rows[category].value_counts()
        traces = [
            dict(type="choropleth", z=category_of.map(codes).tolist()),
            dict(type="scattergeo", marker=dict(color=category_of.reindex(small[iso3]).map(colours).tolist())),
            *[dict(type="scattergeo", name=f"{labels.get(v, v)} ({int(tally.get(v, 0))})") for v in order],
        ]
        if counts is not None:
            traces.append(_count_marker_trace(counts[counts[frame] == day], largest=largest, **count_columns))
        return traces

    days = list(by_frame)
    names = [pd.Timestamp(day).strftime(frame_label) for day in days]
    last = frame_traces(days[-1])
    base = [
        {**last[0], "locations": countries[iso3].tolist(), "locationmode": "ISO-3", "text": countries[name].tolist(),
         "colorscale": colourscale, "zmin": 0, "zmax": n, "showscale": False, "showlegend": False,
         "marker": dict(line=dict(color=BORDER, width=0.5)), "hovertemplate": "<b>%{text}</b><extra></extra>"},
        {**last[1], "lon": small["lon"].tolist(), "lat": small["lat"].tolist(), "mode": "markers",
         "text": small[name].tolist(), "showlegend": False, "hovertemplate": "<b>%{text}</b><extra></extra>",
         "marker": {**last[1]["marker"], "size": 7, "line": dict(color=MARKER_OUTLINE, width=0.8)}},
        *[{**entry, "lon": [None], "lat": [None], "mode": "markers", "legendgroup": value, "hoverinfo": "skip",
           "marker": dict(size=11, symbol="square", color=colours[value])}
          for value, entry in zip(order, last[2:2 + len(order)])],
        *last[2 + len(order):],
    ]
    step = dict(frame=dict(duration=0, redraw=True), mode="immediate", transition=dict(duration=0))
    figure = go.Figure(dict(
        data=base,
        frames=[dict(name=label, data=frame_traces(day)) for day, label in zip(days, names)],
        layout=dict(
            updatemenus=[dict(
                type="buttons", direction="left", x=0, y=1.02, xanchor="left", yanchor="bottom",
                showactive=False, pad=dict(r=8, t=0),
                buttons=[
                    dict(label="▶ Play", method="animate",
                         args=[None, dict(frame=dict(duration=PLAY_FRAME_MS, redraw=True), fromcurrent=False,
                                          transition=dict(duration=0), mode="immediate")]),
                    dict(label="❚❚ Pause", method="animate", args=[[None], step]),
                ])],
            sliders=[dict(
                active=len(days) - 1, x=0.17, len=0.83, y=1.02, yanchor="bottom", pad=dict(t=0, b=0),
                currentvalue=dict(prefix="As of ", xanchor="left"),
                steps=[dict(label=label, method="animate", args=[[label], step]) for label in names])],
        ),
    ))
    figure = _style_geo(figure)
    figure.update_layout(margin=dict(t=70), height=590)
    return figure
