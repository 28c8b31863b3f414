import re
from html import unescape

import plotly.graph_objects as go
import pytest
from plotly.subplots import make_subplots

from datalayer import vocab
from figures.legend import LINE
from figures.media import MEDIA, sized
from figures.slide import TITLE_SCALE, category_label_px, framed_slide, source_line


def test_source_line_names_a_few_publishers_and_counts_the_rest():
    assert source_line([]) == "Source: ILRS Tracker's curated data"
    assert source_line(["TASS", "TASS", "Xinhua"]) == "Sources: TASS; Xinhua"
    assert source_line([f"P{i}" for i in range(7)]) == "Sources: P0; P1; P2; P3 and 3 more"


def test_a_slide_frames_the_chart_with_title_subtitle_and_credit_at_its_mediums_sizes():
    chart = sized(go.Figure(go.Bar(x=["a"], y=[1])), MEDIA[vocab.PNG])
    framed = framed_slide(
        chart,
        title="T & co",
        takeaway="The <finding>, " + "in words " * 40,
        subtitle="World · As of 1 May 2026",
        sources="Sources: X",
        credit="ILRS Tracker · data checked to 1 May 2026",
    )
    assert (framed.layout.width, framed.layout.height) == (1920, 1080)
    assert framed.layout.title.text == "<b>T &amp; co</b>"
    assert framed.layout.title.font.size == round(TITLE_SCALE * MEDIA[vocab.PNG].text_px)
    said = framed.layout.title.subtitle.text
    assert said.startswith("The &lt;finding&gt;, in words") and said.count("<br>") >= 3  # wrapped, then the scope
    assert "World · As of 1 May 2026" in said
    assert any(
        "Sources: X" in a.text and "ILRS Tracker · data checked to 1 May 2026" in a.text
        for a in framed.layout.annotations
    )
    # The frame's margins hold: nothing the chart draws can push the frame off the canvas.
    assert framed.layout.margin.autoexpand is False and framed.layout.margin.t > 200


def test_a_maps_legend_stands_beside_it_and_a_long_scope_line_wraps_inside_the_canvas():
    chart = sized(
        go.Figure(
            [
                go.Choropleth(locations=["SEN"], z=[1], name="Signed (12)"),
                go.Choropleth(locations=["EGY"], z=[1], name="Announced, no signing found (6)"),
            ]
        ),
        MEDIA[vocab.PNG],
    )
    scope = "World · As of 1 May 2026 · " + "a scope note " * 20
    framed = framed_slide(chart, title="T", takeaway="Short.", subtitle=scope, sources="S", credit="C")
    legend = framed.layout.legend
    assert legend.orientation == "v" and legend.xref == "container"
    # Set right of the plot, inside the canvas, with the plot's right margin holding it.
    assert 0.5 < legend.x < 1 and framed.layout.margin.r > 300
    assert all(len(line) <= 26 for trace in framed.data for line in trace.name.split("<br>"))
    scope_part = framed.layout.title.subtitle.text.split("<span")[1]
    assert scope_part.count("<br>") >= 1  # wrapped: one line ran off the canvas's edge


def test_a_long_headline_wraps_and_the_plot_starts_below_its_last_line():
    chart = sized(go.Figure(go.Bar(x=["a"], y=[1])), MEDIA[vocab.PNG])
    headline = "The Artemis Accords have about 5 times the ILRS's member states within the Francophonie: 14 to 3"
    short = framed_slide(chart, title="Short", takeaway="T.", subtitle="S", sources="S", credit="C")
    framed = framed_slide(chart, title=headline, takeaway="T.", subtitle="S", sources="S", credit="C")
    lines = framed.layout.title.text.split("<br>")
    assert len(lines) == 2 and unescape(re.sub("</?b>", " ", " ".join(lines))).split() == headline.split()
    # Each added line lowers the plot and the title's anchor by one line of title type, so nothing overlaps.
    step = round(1.4 * framed.layout.font.size) * 1.3
    assert framed.layout.margin.t == pytest.approx(short.layout.margin.t + step)
    assert framed.layout.title.y == pytest.approx(short.layout.title.y - step / framed.layout.height)


def test_lane_names_take_the_width_of_their_longest_written_line():
    lanes = ["China's precursor and related missions", "ILRS"]
    chart = go.Figure(go.Scatter(x=[1, 2], y=lanes))
    unwrapped = category_label_px(chart, 10)
    chart.update_yaxes(tickmode="array", tickvals=lanes, ticktext=["China's precursor and<br>related missions", "ILRS"])
    assert category_label_px(chart, 10) == pytest.approx(unwrapped * len("China's precursor and") / len(lanes[0]))


def test_panel_titles_on_the_plots_top_edge_get_room_under_the_scope_line():
    def framed(titles):
        chart = make_subplots(rows=1, cols=2, subplot_titles=titles)
        chart.add_trace(go.Bar(x=["a"], y=[1]), row=1, col=1)
        chart = sized(chart, MEDIA[vocab.PNG])
        return framed_slide(chart, title="T", takeaway="W", subtitle="S", sources="X", credit="C")

    text_px = MEDIA[vocab.PNG].text_px
    plain = framed(None).layout.margin.t
    one, two = framed(["A", "B"]).layout.margin.t, framed(["A<br>long", "B"]).layout.margin.t
    assert one > plain and two - one == pytest.approx(text_px * LINE, abs=2)  # one line more (figures.legend.LINE)
