"""Slide images rendered on the server by kaleido in Debian's chromium, from local files only."""

import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from html import unescape

import plotly.graph_objects as go
import pytest
from PIL import Image

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.loading.paths import ROOT
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from datalayer.viewmodels.map import MapOptions
from datalayer.viewmodels.what_if import WHAT_IF
from figures.export import ExportError, Renderer, exhibit_image, exhibit_slide, unavailable
from figures.legend import legend_entries
from tests.scoped import at

CHECK = date(2026, 11, 21)
SVG = "{http://www.w3.org/2000/svg}"
WORLD = Scope()


@pytest.fixture(scope="module")
def growth_exhibit(tables):
    return growth_model(tables, at(tables, Scope(), CHECK), GrowthOptions()).exhibits[1]


def test_png_is_a_1920_by_1080_slide(renderer, growth_exhibit):
    image = Image.open(io.BytesIO(exhibit_image(renderer, growth_exhibit, CHECK, "png")))
    assert image.size == (1920, 1080)


def test_svg_carries_title_subtitle_source_line_and_the_dashboards_name(renderer, growth_exhibit):
    svg = exhibit_image(renderer, growth_exhibit, CHECK, "svg").decode("utf-8")
    bare = re.sub(r"<[^>]+>|\s", "", unescape(svg))  # the headline wraps over lines: compare its words
    assert re.sub(r"\s", "", growth_exhibit.headline) in bare
    assert growth_exhibit.title in svg and "World · As of 21 November 2026" in svg
    assert "Sources: " in svg and "ILRS Tracker · data checked to 21 November 2026" in svg


def test_text_from_the_data_is_escaped_in_the_slide(growth_exhibit):
    hostile = type(growth_exhibit)(
        growth_exhibit.key,
        "t",
        "s",
        "x",
        growth_exhibit.table,
        growth_exhibit.chart,
        (),
        "<img src=x onerror=alert(1)>",
    )
    slide = exhibit_slide(hostile, CHECK)
    assert slide.layout.title.text == "<b>&lt;img src=x onerror=alert(1)&gt;</b>"


def test_a_missing_chromium_is_a_clear_message_not_a_traceback():
    assert "no Chromium at /nonexistent/chromium" in unavailable("/nonexistent/chromium")
    with pytest.raises(ExportError, match="Image export is unavailable"):
        Renderer("/nonexistent/chromium")


MAP_EXPORT = """
import sys
from datetime import date
sys.path.insert(0, {root!r})
from figures.export import Renderer, exhibit_image
from datalayer.loading.geometry import drawn_iso3, load_marker_points
from datalayer import vocab
from datalayer.domain.scope import Scope, resolve
from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS
from datalayer.loading.tables import load_tables
from datalayer.viewmodels.map import MapOptions, map_exhibit
tables = load_tables()
points = load_marker_points(MARKER_POINTS)
at = resolve(tables.blocs, tables.regions, Scope(), date(2026, 11, 21))
exhibit = map_exhibit(tables, points, set(drawn_iso3(DETAIL_TOPOJSON)), at, MapOptions(), key="map.ilrs")
renderer = Renderer()
svg = exhibit_image(renderer, exhibit, date(2026, 11, 21), "svg").decode("utf-8")
renderer.stop()
print(svg.count("choroplethlocation"))
"""


def test_a_map_exports_with_the_network_cut_off():
    """In a network namespace of its own (loopback only), the map still draws every country: topology,
    plotly.js and fonts all come from local files, and nothing was fetched."""
    run = subprocess.run(
        ["unshare", "--net", sys.executable, "-c", MAP_EXPORT.format(root=str(ROOT))],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout.strip().splitlines()[-1]) >= 150  # country shapes drawn from static/topojson


class FlakyKaleido:
    """kaleido's two calls, the first `failures` renders failing as a new tab does on a busy server."""

    def __init__(self, failures: int):
        self.failures, self.renders, self.stopped = failures, 0, False

    def start_sync_server(self, **_options):
        pass

    def stop_sync_server(self, **_options):
        self.stopped = True

    def calc_fig_sync(self, figure, **_options):
        self.renders += 1
        if self.renders <= self.failures:
            raise RuntimeError("ReferenceError: kaleido_scopes is not defined")
        return b"image"


def test_a_new_renderer_waits_out_a_first_render_that_fails(monkeypatch):
    flaky = FlakyKaleido(failures=1)
    monkeypatch.setattr("figures.export.kaleido", flaky)
    renderer = Renderer()
    assert renderer.render(go.Figure(go.Bar(x=["a"], y=[1])), "png") == b"image"  # the viewer's first export works
    assert not flaky.stopped


def test_a_renderer_that_never_becomes_ready_says_so_and_stops_its_chromium(monkeypatch):
    flaky = FlakyKaleido(failures=99)
    monkeypatch.setattr("figures.export.kaleido", flaky)
    with pytest.raises(ExportError, match="try again"):
        Renderer()
    assert flaky.stopped


def every_pages_exhibits(tables, points, drawable, scope=WORLD):
    """Every exhibit a page offers as a slide image, in one scope: the overview, each map view, each growth panel
    with its targets and a scenario, the comparison, a country profile and the officials' figures."""
    from datalayer.viewmodels.compare import compare_model
    from datalayer.viewmodels.country import country_model
    from datalayer.viewmodels.map import map_model
    from datalayer.viewmodels.overview import overview_model
    from datalayer.viewmodels.reconciliation import reconciliation_model
    from datalayer.viewmodels.what_if import what_if_model

    day = tables.checked_on
    found = {}
    pages = [
        overview_model(tables, points, drawable),
        compare_model(tables, points, drawable, at(tables, scope, day)),
        *(map_model(tables, points, drawable, at(tables, scope, day), MapOptions(view=v)) for v in vocab.PROGRAM_VIEWS),
        *(growth_model(tables, at(tables, scope, day), GrowthOptions(metric=m)) for m in vocab.TARGET_METRICS),
        country_model(tables, "SEN", day),
    ]
    for page in pages:
        found.update({e.key: e for e in page.exhibits})
    found[WHAT_IF] = what_if_model(tables, day, vocab.COUNTRIES, 2035, ("announced",)).exhibits[0]
    found["reconciliation"] = reconciliation_model(tables, day).exhibits[0]
    return found


def legend_and_texts(svg: str):
    """The SVG's canvas, its legend box (x, y, width, height) and entry names, and every text line's y."""
    root = ET.fromstring(svg)
    canvas = (float(root.get("width")), float(root.get("height")))
    legend = next((g for g in root.iter(f"{SVG}g") if g.get("class") == "legend"), None)
    box, names = None, []
    if legend is not None:
        x, y = map(float, re.findall(r"[\d.]+", legend.get("transform"))[:2])
        bg = next(r for r in legend.iter(f"{SVG}rect") if r.get("class") == "bg")
        box = (x, y, float(bg.get("width")), float(bg.get("height")))
        names = ["".join(t.itertext()) for t in legend.iter(f"{SVG}text") if t.get("class") == "legendtext"]
    # A legend entry's y is its own, inside the legend box (checked above): every other text's is the canvas's.
    lines = [
        (float(t.get("y")), "".join(t.itertext()))
        for t in root.iter(f"{SVG}text")
        if t.get("y") and t.get("class") != "legendtext"
    ]
    return canvas, box, names, lines


def test_every_exported_slide_explains_itself_inside_its_canvas(renderer, tables, points, drawable):
    """Title, takeaway, scope line, a legend entry for every trace a legend should name, the source line: each
    inside the 1920x1080 canvas, for every exhibit of every page."""
    for key, exhibit in every_pages_exhibits(tables, points, drawable).items():
        svg = exhibit_image(renderer, exhibit, tables.checked_on, "svg").decode("utf-8")
        (width, height), box, names, lines = legend_and_texts(svg)
        assert (width, height) == (1920, 1080), key
        expected = legend_entries(exhibit_slide(exhibit, tables.checked_on, "svg"))
        if len(expected) > 1:
            assert box is not None, f"{key}: no legend"
            x, y, w, h = box
            assert x >= 0 and y >= 0 and x + w <= width and y + h <= height, f"{key}: legend {box} off the canvas"

            # A side legend's names wrap: the SVG sets each line apart, so compare the words alone.
            def bare(name):
                return re.sub(r"\s|<br>", "", unescape(name))

            assert sorted(map(bare, names)) == sorted(map(bare, expected)), key
        words = re.sub(r"\s", "", unescape("".join(text for _, text in lines)))  # wrapped lines, rejoined
        for said in (exhibit.headline, exhibit.label_line, exhibit.summary, "ILRS Tracker · data checked to"):
            assert re.sub(r"\s", "", said) in words, f"{key}: {said!r} missing"
        assert all(0 <= y <= height for y, _ in lines), f"{key}: text off the canvas"


def rendered_legibility(svg: str, canvas: tuple[int, int]) -> tuple[set[float], float, list[str]]:
    """From a rendered SVG: every text size drawn, the legend's share of the canvas, every y axis' tick labels."""
    sizes = {float(s) for s in re.findall(r"font-size: ?([\d.]+)px", svg)}
    legend = re.search(r'class="legend"[^>]*>\s*<rect class="bg"[^>]*width="([\d.]+)" height="([\d.]+)"', svg)
    share = float(legend[1]) * float(legend[2]) / (canvas[0] * canvas[1]) if legend else 0.0
    root = ET.fromstring(svg)
    ticks = [
        unescape("".join(t.itertext()))
        for g in root.iter(f"{SVG}g")
        if re.fullmatch(r"y\d*tick", g.get("class") or "")  # every panel's y axis: ytick, y2tick
        for t in g.iter(f"{SVG}text")
    ]
    return sizes, share, ticks


@pytest.mark.parametrize("scope", [WORLD, Scope("au")], ids=lambda s: s.label)
def test_every_chart_on_a_pack_slide_reads_at_18_pt_with_a_legend_under_a_fifth_and_every_category_named(
    tables, points, drawable, renderer, scope
):
    from datalayer.viewmodels.briefing import briefing_model
    from figures.media import MEDIA, for_medium

    pack = briefing_model(tables, points, drawable, at(tables, scope, tables.checked_on))
    medium = MEDIA[vocab.PPTX]
    for exhibit in pack.exhibits:
        figure = for_medium(exhibit, vocab.PPTX)  # as chart_picture renders it for the slide
        sizes, share, ticks = rendered_legibility(
            renderer.render(figure, "svg").decode(), (medium.width, medium.height)
        )
        assert sizes and min(sizes) >= medium.text_px, (exhibit.key, sorted(sizes))  # 18 pt on the slide
        assert share <= 0.2, (exhibit.key, share)
        # A category of two lines ('50 countries<br>12 of 50 (24%)') is drawn as one label of two lines.
        categories = {
            unescape(str(v)).replace("<br>", "")
            for t in figure.data
            if t.type in ("bar", "scatter") and t.y is not None
            for v in t.y
        }
        if categories and all(not c.replace(".", "").isdigit() for c in categories) and "None" not in categories:
            assert set(ticks) >= categories, (exhibit.key, categories - set(ticks))
