"""A categorical world choropleth drawn from one table with a row per country (and per date, for the play
control): markers for states too small to see at world scale, count circles for things a country hosts, and
stars for countries called out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from datalayer.domain.countries import NAME_SEPARATOR
from datalayer.viewmodels.charts import CategoryMap, MapOverTime
from datalayer.words.dates import written_date
from figures.labels import label_spots, uncrowded
from figures.theme import (
    BORDER,
    COUNT_MARKER,
    GUIDE,
    LAND,
    MARKER_OUTLINE,
    OPTIONAL_LAYER,
    TRANSPARENT,
    category_colours,
)

PLAY_FRAME_MS = 450
LAT_RANGE = (-57, 85)  # the latitudes drawn: Antarctica and the far north are cut
# One count label's size as a share of the map, tuned on a map labels.LABELS_TUNED_PX wide: neighbours closer than this
# (Serbia and Hungary, say) keep their circles, and the smaller count goes to the hover.
COUNT_LABEL_WIDTH, COUNT_LABEL_HEIGHT = 0.02, 0.035
COUNT_MARKER_MAX_PX = 28
COUNT_MARKER_MIN_PX = 11
# A name's size on the same map: about 6.5 px a character and a line of 16 px at 11 px type on 1,000 x 520 px.
NAME_CHAR_WIDTH, NAME_HEIGHT = 0.0068, 0.045
COUNT_BOX = (0.022, 0.05)  # a count circle as an obstacle a name keeps clear of
NAME_CLEARANCE_PX = 20
NAMES, CALLOUTS, LEADERS = "Names", "Names (callouts)", "Leader lines"  # trace names: never in a legend


def _hover_template(hover: Mapping[str, str]) -> str:
    lines = [f"{label}: %{{customdata[{i}]}}" for i, label in enumerate(hover.values())]
    return "<br>".join(["<b>%{text}</b>", *lines]) + "<extra></extra>"


Bounds = tuple[float, float, float, float] | None  # west, east, south, north; None: the world


def _style_geo(figure: go.Figure, height: int = 520, bounds: Bounds = None) -> go.Figure:
    west, east, south, north = bounds or (-180, 180, *LAT_RANGE)
    figure.update_geos(
        projection_type="natural earth",
        resolution=110,
        showframe=False,
        showcoastlines=False,
        showcountries=True,
        countrycolor=BORDER,
        showland=True,
        landcolor=LAND,
        showocean=False,
        showlakes=False,
        lataxis_range=[south, north],
        lonaxis_range=[west, east],
        bgcolor=TRANSPARENT,  # the page's own background shows through, light or dark
    )
    figure.update_layout(
        margin=dict(l=0, r=0, t=10, b=0),
        height=height,
        legend=dict(orientation="h", yanchor="top", y=-0.02, xanchor="left", x=0),
        dragmode=False,
    )
    return figure


def _marker_rows(table: pd.DataFrame, flag: str | None) -> pd.DataFrame:
    return table.iloc[0:0] if flag is None else table[table[flag].fillna(False).astype(bool)]


def category_map_figure(table: pd.DataFrame, spec: CategoryMap, label_scale: float = 1.0) -> go.Figure:
    """One trace per category, in `order`, named with its count. `small` (a true/false column) adds a dot at
    (`lon`, `lat`) for states in a non-`background` category; `count` adds a circle, its area scaled by the
    count, where it is above zero; `star` adds a star, with the name written beside it where `star_labelled`;
    `named` (a name, or '') writes that name beside the country's point where it fits, the rest left to the hover.
    Dots are drawn above the circles, so a circle never hides a small state."""
    hover = dict(spec.hover or {})
    colours = category_colours(spec.order)
    figure = go.Figure()
    hover_template = _hover_template(hover)
    dots = _marker_rows(table, spec.small)
    dot_traces = []
    for value in spec.order:
        rows = table[table[spec.category] == value]
        if rows.empty:
            continue
        colour = colours[value]
        figure.add_trace(
            go.Choropleth(
                locations=rows[spec.iso3],
                z=[1] * len(rows),
                locationmode="ISO-3",
                colorscale=[[0, colour], [1, colour]],
                showscale=False,
                marker_line_color=BORDER,
                marker_line_width=0.5,
                name=f"{spec.labels.get(value, value)} ({len(rows)})",
                legendgroup=value,
                showlegend=True,
                text=rows[spec.name],
                customdata=rows[list(hover)],
                hovertemplate=hover_template,
            )
        )
        in_category = dots[dots[spec.category] == value] if value not in spec.background else dots.iloc[0:0]
        if len(in_category):
            dot_traces.append(
                go.Scattergeo(
                    lon=in_category[spec.lon],
                    lat=in_category[spec.lat],
                    mode="markers",
                    marker=dict(size=7, color=colour, line=dict(color=MARKER_OUTLINE, width=0.8)),
                    name=f"{spec.labels.get(value, value)} (small states)",
                    legendgroup=value,
                    showlegend=False,
                    text=in_category[spec.name],
                    customdata=in_category[list(hover)],
                    hovertemplate=hover_template,
                )
            )
    hosts = table.iloc[0:0] if spec.count is None else table[table[spec.count] > 0]
    if spec.count is not None:
        figure.add_trace(
            _count_marker_trace(
                hosts,
                lon=spec.lon,
                lat=spec.lat,
                count=spec.count,
                detail=spec.count_detail or "",
                label=spec.count_label,
                largest=int(hosts[spec.count].max()) if len(hosts) else 1,
                bounds=spec.bounds,
            )
        )
    figure.add_traces(dot_traces)
    if spec.named is not None:
        figure.add_traces(
            _name_traces(
                table[table[spec.named] != ""],
                lon=spec.lon,
                lat=spec.lat,
                name=spec.named,
                obstacles=hosts,
                label_scale=label_scale,
                bounds=spec.bounds,
            )
        )
    if spec.star is not None:
        figure.add_trace(
            _star_trace(
                _marker_rows(table, spec.star),
                lon=spec.lon,
                lat=spec.lat,
                name=spec.star_name or spec.name,
                detail=spec.star_detail or "",
                labelled=spec.star_labelled or "",
                label=spec.star_label,
            )
        )
    return _style_geo(figure, spec.height, spec.bounds)


def _count_marker_trace(
    rows: pd.DataFrame, *, lon: str, lat: str, count: str, detail: str, label: str, largest: int, bounds: Bounds
) -> dict:
    # Area, not radius, grows with the count, so a host of 4 does not look 16 times a host of 1.
    sizes = COUNT_MARKER_MIN_PX + (COUNT_MARKER_MAX_PX - COUNT_MARKER_MIN_PX) * (rows[count] / max(largest, 1)) ** 0.5
    by_size = rows.sort_values(count, ascending=False, kind="stable")
    x, y = _map_fractions(by_size[lon], by_size[lat], bounds)
    keep = pd.Series(uncrowded(x, y, width=COUNT_LABEL_WIDTH, height=COUNT_LABEL_HEIGHT), index=by_size.index)
    counts = rows[count].astype(int).astype(str)
    return dict(
        type="scattergeo",
        lon=rows[lon].tolist(),
        lat=rows[lat].tolist(),
        mode="markers+text",
        text=counts.where(keep.reindex(rows.index).fillna(True).astype(bool), "").tolist(),
        customdata=[[str(d).replace(NAME_SEPARATOR, "<br>"), n] for d, n in zip(rows[detail], counts, strict=True)],
        textfont=dict(color="white", size=11),
        marker=dict(size=sizes.round(1).tolist(), color=COUNT_MARKER, opacity=0.85, line=dict(color="white", width=1)),
        name=label,
        legendgroup=label,
        showlegend=True,
        meta=OPTIONAL_LAYER,
        hovertemplate=f"<b>%{{customdata[1]}} {label.lower()}</b><br>%{{customdata[0]}}<extra></extra>",
    )


def _map_fractions(lon: pd.Series, lat: pd.Series, bounds: Bounds = None) -> tuple[list[float], list[float]]:
    """Points as fractions of the drawn map (an equirectangular stand-in for the projection: close enough to
    keep labels apart)."""
    west, east, south, north = bounds or (-180, 180, *LAT_RANGE)
    return ([(x - west) / (east - west) for x in lon], [(y - south) / (north - south) for y in lat])


def _name_traces(
    rows: pd.DataFrame,
    *,
    lon: str,
    lat: str,
    name: str,
    obstacles: pd.DataFrame,
    label_scale: float,
    bounds: Bounds,
) -> list[go.Scattergeo]:
    """Each name beside its state where it fits, else farther out on a leader line (a callout): every name asked
    for is written where there is any room on the map."""
    x, y = _map_fractions(rows[lon], rows[lat], bounds)
    widths = [len(str(n)) * NAME_CHAR_WIDTH * label_scale for n in rows[name]]
    height = NAME_HEIGHT * label_scale
    spots = label_spots(
        x,
        y,
        width=widths,
        height=height,
        marker=COUNT_BOX,
        obstacles=list(zip(*_map_fractions(obstacles[lon], obstacles[lat], bounds), strict=True)),
        callouts=True,
    )
    beside = [s is not None and not s.callout for s in spots]
    # An unseen marker the size of a count circle: Plotly sets each name clear of it, so a name never covers the
    # country's own circle. The text takes the theme's colour, with a halo against the fill beneath it.
    traces = [
        go.Scattergeo(
            lon=rows[lon][beside],
            lat=rows[lat][beside],
            mode="markers+text",
            text=rows[name][beside],
            marker=dict(size=NAME_CLEARANCE_PX, opacity=0),
            textposition=[s.position for s, b in zip(spots, beside, strict=True) if s and b],
            textfont=dict(size=11, shadow="auto"),
            name=NAMES,
            showlegend=False,
            hoverinfo="skip",
        )
    ]
    called = [(i, s) for i, s in enumerate(spots) if s is not None and s.callout]
    if called:
        west, east, south, north = bounds or (-180, 180, *LAT_RANGE)
        line_lon: list[float | None] = []
        line_lat: list[float | None] = []
        for i, spot in called:
            # From the point to the near edge of the name's box, so the line never crosses the name.
            dx, dy = spot.x - x[i], spot.y - y[i]
            cut = min(
                (widths[i] / 2) / abs(dx) if dx else float("inf"),
                (height / 2) / abs(dy) if dy else float("inf"),
            )
            end_x, end_y = spot.x - dx * min(cut, 1.0), spot.y - dy * min(cut, 1.0)
            line_lon += [float(rows[lon].iloc[i]), west + end_x * (east - west), None]
            line_lat += [float(rows[lat].iloc[i]), south + end_y * (north - south), None]
        traces += [
            go.Scattergeo(
                lon=line_lon,
                lat=line_lat,
                mode="lines",
                line=dict(color=GUIDE, width=1),
                name=LEADERS,
                showlegend=False,
                hoverinfo="skip",
            ),
            go.Scattergeo(
                lon=[west + s.x * (east - west) for _, s in called],
                lat=[south + s.y * (north - south) for _, s in called],
                mode="markers+text",  # an unseen marker: the medium's text size reaches callouts as other names
                text=[rows[name].iloc[i] for i, _ in called],
                marker=dict(size=1, opacity=0),
                textposition="middle center",
                textfont=dict(size=11, shadow="auto"),
                name=CALLOUTS,
                showlegend=False,
                hoverinfo="skip",
            ),
        ]
    return traces


def _star_trace(
    rows: pd.DataFrame, *, lon: str, lat: str, name: str, detail: str, labelled: str, label: str
) -> go.Scattergeo:
    return go.Scattergeo(
        lon=rows[lon],
        lat=rows[lat],
        mode="markers+text",
        name=label,
        showlegend=True,
        marker=dict(symbol="star", size=12, color="white", line=dict(color=MARKER_OUTLINE, width=1.5)),
        text=rows[name].where(rows[labelled].astype(bool), ""),
        textposition="middle right",
        textfont=dict(size=12),
        customdata=rows[[name, detail]],  # the theme's text colour: legible light or dark
        hovertemplate="<b>%{customdata[0]}</b><br>%{customdata[1]}<extra>" + label + "</extra>",
    )


def animated_category_map(timeline: pd.DataFrame, spec: MapOverTime) -> go.Figure:
    """A map with one frame per value of `frame` (dates), a play button and a frame slider.

    One choropleth colours every country by a category code, so each frame carries only codes, not shapes.
    Legend entries are empty marker traces whose names carry each frame's counts. `count` adds a count-circle
    layer per frame. `small` marks small states that are in a non-`background` category on some date only,
    never throughout. The figure opens on the last frame; Play runs from the first.
    """
    colours = category_colours(spec.order)
    present = set(timeline[spec.category])
    order = [value for value in spec.order if value in present]  # a legend entry for every date, so only real ones
    codes = {value: i for i, value in enumerate(order)}
    n = max(len(order), 1)
    colourscale = []
    for value, i in codes.items():
        colourscale += [[i / n, colours[value]], [(i + 1) / n, colours[value]]]
    countries = timeline.drop_duplicates(spec.iso3).sort_values(spec.iso3)
    by_frame = {day: rows.set_index(spec.iso3) for day, rows in timeline.groupby(spec.frame, sort=True)}
    ever = timeline.loc[~timeline[spec.category].isin(spec.background), spec.iso3].unique()
    dots = _marker_rows(countries, spec.small)
    dots = dots[dots[spec.iso3].isin(ever)]
    largest = int(timeline[spec.count].max()) if spec.count is not None and len(timeline) else 1

    def frame_traces(day) -> list[Any]:
        rows = by_frame[day]
        category_of = rows[spec.category].reindex(countries[spec.iso3])
        tally = rows[spec.category].value_counts()
        traces = [
            dict(type="choropleth", z=category_of.map(codes).tolist()),
            dict(type="scattergeo", marker=dict(color=category_of.reindex(dots[spec.iso3]).map(colours).tolist())),
            *[dict(type="scattergeo", name=f"{spec.labels.get(v, v)} ({int(tally.get(v, 0))})") for v in order],
        ]
        if spec.count is not None:
            hosts = rows.reset_index()
            traces.append(
                _count_marker_trace(
                    hosts[hosts[spec.count] > 0],
                    lon=spec.lon,
                    lat=spec.lat,
                    count=spec.count,
                    detail=spec.count_detail or "",
                    label=spec.count_label,
                    largest=largest,
                    bounds=spec.bounds,
                )
            )
        return traces

    days = list(by_frame)
    names = [written_date(pd.Timestamp(str(day)).date()) for day in days]  # each frame's own day
    last = frame_traces(days[-1])
    base = [
        {
            **last[0],
            "locations": countries[spec.iso3].tolist(),
            "locationmode": "ISO-3",
            "text": countries[spec.name].tolist(),
            "colorscale": colourscale,
            "zmin": 0,
            "zmax": n,
            "showscale": False,
            "showlegend": False,
            "marker": dict(line=dict(color=BORDER, width=0.5)),
            "hovertemplate": "<b>%{text}</b><extra></extra>",
        },
        {
            **last[1],
            "lon": dots[spec.lon].tolist(),
            "lat": dots[spec.lat].tolist(),
            "mode": "markers",
            "text": dots[spec.name].tolist(),
            "showlegend": False,
            "hovertemplate": "<b>%{text}</b><extra></extra>",
            "marker": {**last[1]["marker"], "size": 7, "line": dict(color=MARKER_OUTLINE, width=0.8)},
        },
        *[
            {
                **entry,
                "lon": [None],
                "lat": [None],
                "mode": "markers",
                "legendgroup": value,
                "hoverinfo": "skip",
                "marker": dict(size=11, symbol="square", color=colours[value]),
            }
            for value, entry in zip(order, last[2 : 2 + len(order)], strict=True)
        ],
        *last[2 + len(order) :],
    ]
    step = dict(frame=dict(duration=0, redraw=True), mode="immediate", transition=dict(duration=0))
    figure = go.Figure(
        dict(
            data=base,
            frames=[dict(name=label, data=frame_traces(day)) for day, label in zip(days, names, strict=True)],
            layout=dict(
                updatemenus=[
                    dict(
                        type="buttons",
                        direction="left",
                        x=0,
                        y=1.02,
                        xanchor="left",
                        yanchor="bottom",
                        showactive=False,
                        pad=dict(r=8, t=0),
                        buttons=[
                            dict(
                                label="▶ Play",
                                method="animate",
                                args=[
                                    None,
                                    dict(
                                        frame=dict(duration=PLAY_FRAME_MS, redraw=True),
                                        fromcurrent=False,
                                        transition=dict(duration=0),
                                        mode="immediate",
                                    ),
                                ],
                            ),
                            dict(label="❚❚ Pause", method="animate", args=[[None], step]),
                        ],
                    )
                ],
                sliders=[
                    dict(
                        active=len(days) - 1,
                        # Clear of the buttons by half a day's label ('31 March 2021' is centred on its tick).
                        x=0.21,
                        len=0.79,
                        y=1.02,
                        yanchor="bottom",
                        pad=dict(t=0, b=0),
                        currentvalue=dict(prefix="As of ", xanchor="left"),
                        steps=[dict(label=label, method="animate", args=[[label], step]) for label in names],
                    )
                ],
            ),
        )
    )
    figure = _style_geo(figure, bounds=spec.bounds)
    figure.update_layout(margin=dict(t=70), height=590)
    return figure
