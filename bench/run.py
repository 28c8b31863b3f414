"""Benchmark: prints figures, asserts nothing. Run with `.venv/bin/python -m bench.run`.

Measures, for our app and for a minimal one-chart Streamlit app (the baseline): server start to healthy,
navigation to first chart (or table, on /sources) drawn in headless Chromium per page, rerun latency after a filter
change (in the browser, and server-side from the script-run messages), figure JSON bytes per page, peak server
memory; then server-side exports: first and warm slide image, briefing pack build time and size.
"""
from __future__ import annotations

import statistics
import tempfile
import threading
import time
from pathlib import Path

import psutil
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright
from streamlit.testing.v1 import AppTest

from components.navigation import PAGES
from datalayer.loading.paths import ROOT
from tooling.browser import launch_options
from tooling.server import streamlit_server

BASELINE_APP = '''import plotly.express as px
import streamlit as st
st.title("Baseline")
st.plotly_chart(px.bar(x=["a", "b", "c"], y=[3, 1, 2]))
'''
CHART = ".js-plotly-plot .main-svg"
FIRST_CONTENT = f"{CHART}, [data-testid='stDataFrame']"  # /sources has tables, no chart
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
REPEATS = 3


class PeakMemory:
    """Samples the server's resident memory (with children) every 50 ms."""

    def __init__(self, pid: int):
        self.process, self.peak, self._stop = psutil.Process(pid), 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self):
        while not self._stop.is_set():
            try:
                rss = self.process.memory_info().rss + sum(c.memory_info().rss for c in self.process.children(True))
                self.peak = max(self.peak, rss)
            except psutil.Error:
                pass
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self._thread.join()


def first_chart_seconds(page, url: str) -> float:
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(FIRST_CONTENT, timeout=120_000)
    return time.perf_counter() - started


def figure_bytes(page) -> int:
    """Bytes of figure JSON the page received (Plotly specs inside the app's websocket messages)."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('.js-plotly-plot'))
        .reduce((n, el) => n + JSON.stringify({data: el.data, layout: el.layout}).length, 0)""")


def rerun_seconds(page) -> float:
    """Browser-side: from picking a bloc to the app being idle with the chart redrawn."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first
    started = time.perf_counter()
    box.click()
    page.get_by_role("option", name="African Union").click()
    try:
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="running"]', timeout=5_000,
                               state="attached")
    except PlaywrightTimeout:
        pass  # the rerun finished before we looked
    page.wait_for_selector(IDLE, state="attached", timeout=60_000)
    page.wait_for_selector(CHART)
    return time.perf_counter() - started


def server_rerun_seconds() -> tuple[float, float]:
    """Server-side: the map script's run time after a bloc change (AppTest runs it in-process), the first time
    a scope is asked for (its view model is computed) and again (it comes from the cache)."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    app.switch_page("pages/1_map.py").run()
    runs: dict[int, list[float]] = {0: [], 1: []}
    for visit in (0, 1):
        for bloc in ("au", "brics", "eu"):
            started = time.perf_counter()
            app.selectbox(key="map_bloc").set_value(bloc).run()
            runs[visit].append(time.perf_counter() - started)
    return statistics.median(runs[0]), statistics.median(runs[1])


def export_figures() -> dict:
    """Server-side exports, in-process: the first export (Chromium start included), a warm PNG of the map
    exhibit (median of 3), and the briefing pack for the world and for BRICS."""
    from components.export import Renderer, chart_picture, exhibit_image
    from components.pack import briefing_pptx
    from datalayer.domain.geometry import drawn_iso3, load_marker_points
    from datalayer.domain.scope import Scope
    from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS
    from datalayer.loading.tables import load_tables
    from datalayer.views.briefing import briefing
    from datalayer.views.map import MapOptions, map_exhibit

    tables = load_tables()
    points = load_marker_points(MARKER_POINTS)
    drawable = set(drawn_iso3(DETAIL_TOPOJSON))
    exhibit = map_exhibit(tables, points, drawable, Scope(), tables.checked_on, MapOptions(), key="map.ilrs")
    started = time.perf_counter()
    renderer = Renderer()
    exhibit_image(renderer, exhibit, tables.checked_on, "png")
    figures = {"cold_export_s": time.perf_counter() - started}
    warm = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        exhibit_image(renderer, exhibit, tables.checked_on, "png")
        warm.append(time.perf_counter() - started)
    figures["warm_map_png_s"] = statistics.median(warm)
    for label, scope in (("world", Scope()), ("brics", Scope("brics"))):
        started = time.perf_counter()
        pack = briefing_pptx(briefing(tables, points, drawable, scope, tables.checked_on), "http://localhost:8501/",
                             lambda e: chart_picture(renderer, e))
        figures[f"pack_{label}_s"] = time.perf_counter() - started
        figures[f"pack_{label}_mb"] = len(pack) / 2**20
    renderer.stop()
    return figures


def measure(entry: Path, paths: list[str], with_rerun: bool) -> dict:
    results: dict = {"pages": {}}
    with streamlit_server(entry=entry) as (url, process, healthy_s):
        results["healthy_s"] = healthy_s
        with PeakMemory(process.pid) as memory, sync_playwright() as playwright:
            browser = playwright.chromium.launch(**launch_options())
            for path in paths:
                timings, size = [], 0
                for _ in range(REPEATS):
                    context = browser.new_context(viewport={"width": 1400, "height": 1000})
                    page = context.new_page()
                    timings.append(first_chart_seconds(page, f"{url}/{path}"))
                    page.wait_for_selector(IDLE, state="attached", timeout=60_000)
                    size = figure_bytes(page)
                    context.close()
                results["pages"][path or "/"] = {"first_chart_s": statistics.median(timings), "figure_bytes": size}
            if with_rerun:
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                page.goto(f"{url}/map")
                page.wait_for_selector(CHART, timeout=120_000)
                page.wait_for_selector(IDLE, state="attached")
                results["rerun_s"] = rerun_seconds(page)
                context.close()
            browser.close()
        results["peak_rss_mb"] = memory.peak / 2**20
    return results


def main() -> None:
    ours = measure(ROOT / "app.py", [p.url_path for p in PAGES], with_rerun=True)
    with tempfile.TemporaryDirectory() as folder:
        baseline_entry = Path(folder) / "baseline.py"
        baseline_entry.write_text(BASELINE_APP)
        (Path(folder) / ".streamlit").mkdir()
        (Path(folder) / ".streamlit" / "config.toml").write_text("[browser]\ngatherUsageStats = false\n")
        baseline = measure(baseline_entry, [""], with_rerun=False)
    base_page = baseline["pages"]["/"]
    print(f"{'measure':44} {'ours':>12} {'baseline':>12} {'ratio':>8}")
    print(f"{'server start to healthy (s)':44} {ours['healthy_s']:12.2f} {baseline['healthy_s']:12.2f} "
          f"{ours['healthy_s'] / baseline['healthy_s']:8.2f}")
    for path, page in ours["pages"].items():
        print(f"{'first chart drawn, ' + path + ' (s, median of 3)':44} {page['first_chart_s']:12.2f} "
              f"{base_page['first_chart_s']:12.2f} {page['first_chart_s'] / base_page['first_chart_s']:8.2f}")
    for path, page in ours["pages"].items():
        print(f"{'figure JSON bytes, ' + path:44} {page['figure_bytes']:12,d} {base_page['figure_bytes']:12,d} "
              f"{page['figure_bytes'] / base_page['figure_bytes']:8.1f}")
    print(f"{'rerun after bloc change on /map (s, browser)':44} {ours['rerun_s']:12.2f} {'-':>12} {'-':>8}")
    first, again = server_rerun_seconds()
    print(f"{'rerun after bloc change on /map (s, server)':44} {first:12.3f} {'-':>12} {'-':>8}")
    print(f"{'same, scope seen before (s, server)':44} {again:12.3f} {'-':>12} {'-':>8}")
    print(f"{'peak server memory (MB RSS)':44} {ours['peak_rss_mb']:12.0f} {baseline['peak_rss_mb']:12.0f} "
          f"{ours['peak_rss_mb'] / baseline['peak_rss_mb']:8.2f}")
    exports = export_figures()
    print(f"{'first export, Chromium start included (s)':44} {exports['cold_export_s']:12.2f}")
    print(f"{'warm PNG export, map exhibit (s, median of 3)':44} {exports['warm_map_png_s']:12.2f}")
    for label in ("world", "brics"):
        print(f"{'briefing pack build, ' + label + ' (s)':44} {exports[f'pack_{label}_s']:12.2f}")
        print(f"{'briefing pack size, ' + label + ' (MB)':44} {exports[f'pack_{label}_mb']:12.2f}")


if __name__ == "__main__":
    main()
