"""Slide images rendered on the server by kaleido in Debian's chromium, from local files only."""
import io
import subprocess
import sys
from datetime import date

import plotly.graph_objects as go
import pytest
from PIL import Image

from datalayer.domain.scope import Scope
from datalayer.loading.paths import ROOT
from datalayer.viewmodels.growth import GrowthOptions, growth_page
from datalayer.viewmodels.map import MapOptions, map_exhibit
from figures.export import ExportError, Renderer, exhibit_image, exhibit_slide, unavailable

CHECK = date(2026, 11, 21)


@pytest.fixture(scope="module")
def growth_exhibit(tables):
    return growth_page(tables, Scope(), CHECK, GrowthOptions()).exhibits[1]


def test_png_is_a_1920_by_1080_slide(renderer, growth_exhibit):
    image = Image.open(io.BytesIO(exhibit_image(renderer, growth_exhibit, CHECK, "png")))
    assert image.size == (1920, 1080)


def test_svg_carries_title_subtitle_source_line_and_the_dashboards_name(renderer, growth_exhibit):
    svg = exhibit_image(renderer, growth_exhibit, CHECK, "svg").decode("utf-8")
    assert growth_exhibit.title in svg and "World · As of 21 November 2026" in svg
    assert "Sources: " in svg and "ILRS Tracker · data checked to 21 November 2026" in svg


def test_text_from_the_data_is_escaped_in_the_slide(growth_exhibit):
    hostile = type(growth_exhibit)(growth_exhibit.key, "<img src=x onerror=alert(1)>", "s", "x",
                                   growth_exhibit.table, growth_exhibit.chart, ())
    texts = [a.text for a in exhibit_slide(hostile, CHECK).layout.annotations]
    assert "<b>&lt;img src=x onerror=alert(1)&gt;</b>" in texts


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
from datalayer.domain.scope import Scope
from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS
from datalayer.loading.tables import load_tables
from datalayer.viewmodels.map import MapOptions, map_exhibit
tables = load_tables()
points = load_marker_points(MARKER_POINTS)
exhibit = map_exhibit(tables, points, set(drawn_iso3(DETAIL_TOPOJSON)), Scope(), date(2026, 11, 21), MapOptions(),
                      key="map.ilrs")
renderer = Renderer()
svg = exhibit_image(renderer, exhibit, date(2026, 11, 21), "svg").decode("utf-8")
renderer.stop()
print(svg.count("choroplethlocation"))
"""


def test_a_map_exports_with_the_network_cut_off():
    """In a network namespace of its own (loopback only), the map still draws every country: topology,
    plotly.js and fonts all come from local files, and nothing was fetched."""
    run = subprocess.run(["unshare", "--net", sys.executable, "-c", MAP_EXPORT.format(root=str(ROOT))],
                         capture_output=True, text=True, timeout=180)
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
