"""Benchmark: prints figures, asserts nothing. Run with `.venv/bin/python -m bench.run` (`--links-only` for the
first-chart table alone, `--link NAME` for one link of bench.network's, such as `--link LAN`, `--against REF` to
measure the pages of an earlier commit as well, served from its own checkout in the same run).

Measures, for our app started as the README starts it (`serve.py`) and for a minimal one-chart Streamlit app (the
baseline, `streamlit run` as anyone starts one), both served at once: server start to healthy; navigation to first
chart (or table, on /sources) drawn in headless Chromium per page, and the bytes received, taken in turn with the
baseline's at an address of the same depth (its root, or a sub-path), over loopback and over each emulated link of
bench.network (a fresh context, so an empty cache, per visit); /map served uncompressed (`streamlit run app.py`)
for reference; rerun latency after a filter change (in the browser, and server-side, cold and after the start-up
warm-up); figure JSON bytes per page; peak server memory; then server-side exports: first and warm slide image,
briefing pack build time and size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

import psutil
import streamlit as st
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright
from streamlit.testing.v1 import AppTest

from bench.network import LAN, PROFILES, Profile, Received
from components import data_access
from components.navigation import COUNTRY, PAGES
from components.warm_up import WARM_UP_VARIABLE, start_warm_up
from components.widgets import url_state
from datalayer.loading.paths import ROOT
from tooling.browser import launch_options
from tooling.load import BLOC_LABEL, SELECTBOX
from tooling.server import streamlit_server

# One chart, served at the root and at a sub-path: Streamlit's frontend opened at /growth first probes
# /growth/_stcore/health, gets a 404 and waits its fixed 100 ms retry delay before it tries /_stcore/health
# (`pingServer` in its bundle), so every multipage app pays that at a sub-path and none at the root. Each of our
# pages is compared with the baseline at an address of the same depth, and with the root's as well.
BASELINE_APP = """import plotly.express as px
import streamlit as st


def root():
    st.title("Baseline")
    st.plotly_chart(px.bar(x=["a", "b", "c"], y=[3, 1, 2]))


def sub_path():
    root()


st.navigation([st.Page(root, title="Baseline", default=True), st.Page(sub_path, url_path="chart")],
              position="hidden").run()
"""
BASELINE_PATHS = ("", "chart")
CHART = ".js-plotly-plot .main-svg"
FIRST_CONTENT = f"{CHART}, [data-testid='stDataFrame']"  # /sources has tables, no chart
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Where a viewer lands on each page; a profile needs its country, as the map's link gives it.
ADDRESSES = {COUNTRY.url_path: f"{COUNTRY.url_path}?{url_state.ISO3}=SEN"}
REPEATS = 5  # exports
FIRST_CHART_REPEATS = 11  # with 7 the ratios moved by up to 0.09 between runs of the same code: more samples per median
LINK_REPEATS = 3  # over an emulated link a visit takes seconds, and its spread is the link's, not the machine's
UNCOMPRESSED = "ours, uncompressed"  # /map from `streamlit run app.py`: what compression and the API's entry change
EARLIER = "earlier"  # the pages of an earlier commit (--against): "no page slower than then" read in one run


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
    box = page.locator(SELECTBOX).filter(has_text=BLOC_LABEL)
    started = time.perf_counter()
    box.click()
    page.get_by_role("option", name="African Union").click()
    try:
        page.wait_for_selector(
            '[data-testid="stApp"][data-test-script-state="running"]', timeout=5_000, state="attached"
        )
    except PlaywrightTimeout:
        pass  # the rerun finished before we looked
    page.wait_for_selector(IDLE, state="attached", timeout=60_000)
    page.wait_for_selector(CHART)
    return time.perf_counter() - started


def server_rerun_seconds(warm: bool) -> tuple[float, float]:
    """Server-side: the map script's run time after a bloc change (AppTest runs it in-process), the first time
    a scope is asked for and again (from the cache). `warm`: after the start-up warm-up has finished (the
    server a moment after its first visitor); otherwise with the warm-up switched off (a cold server)."""
    st.cache_resource.clear()
    os.environ[WARM_UP_VARIABLE] = "1" if warm else "0"
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    app.switch_page("pages/1_map.py").run()
    if warm and (warming := start_warm_up(data_access.tables().checked_on)) is not None:
        warming.join()
    runs: dict[int, list[float]] = {0: [], 1: []}
    for visit in (0, 1):
        for bloc in ("au", "brics", "eu"):
            started = time.perf_counter()
            app.selectbox(key="map_bloc").set_value(bloc).run()
            runs[visit].append(time.perf_counter() - started)
    os.environ.pop(WARM_UP_VARIABLE)
    return statistics.median(runs[0]), statistics.median(runs[1])


def export_figures() -> dict:
    """Server-side exports, in-process: the first export (Chromium start included), a warm PNG of the map
    exhibit (median of REPEATS), and the briefing pack for the world and for BRICS."""
    from datalayer.domain.scope import Scope, resolve
    from datalayer.loading.geometry import drawn_iso3, load_marker_points
    from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS
    from datalayer.loading.tables import load_tables
    from datalayer.viewmodels.briefing import briefing_model
    from datalayer.viewmodels.map import MapOptions, map_exhibit
    from figures.export import Renderer, chart_picture, exhibit_image
    from figures.pack import briefing_pptx

    tables = load_tables()
    points = load_marker_points(MARKER_POINTS)
    drawable = set(drawn_iso3(DETAIL_TOPOJSON))
    exhibit = map_exhibit(
        tables,
        points,
        drawable,
        resolve(tables.blocs, tables.regions, Scope(), tables.checked_on),
        MapOptions(),
        key="map.ilrs",
    )
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
        pack = briefing_pptx(
            briefing_model(tables, points, drawable, resolve(tables.blocs, tables.regions, scope, tables.checked_on)),
            "http://localhost:8501/",
            lambda e: chart_picture(renderer, e),
        )
        figures[f"pack_{label}_s"] = time.perf_counter() - started
        figures[f"pack_{label}_mb"] = len(pack) / 2**20
    renderer.stop()
    return figures


def first_charts(browser, urls: dict[str, str], paths: dict[str, list[str]], profile: Profile, repeats: int) -> dict:
    """Median seconds to first chart and bytes received per page, for each server in `urls` (its label -> its
    pages in `paths`), taken in turn (page by page, repeat by repeat), so a busy moment weighs on all alike."""
    timings: dict[str, list[float]] = {}
    received: dict[str, list[int]] = {}
    sizes: dict[str, int] = {}
    for _ in range(repeats):
        for label, path in [(label, p) for label, pages in paths.items() for p in pages]:
            name = f"{label} /{path}"
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            counted = Received(page, profile)
            timings.setdefault(name, []).append(first_chart_seconds(page, f"{urls[label]}/{path}"))
            page.wait_for_selector(IDLE, state="attached", timeout=120_000)
            received.setdefault(name, []).append(counted.total)
            sizes[name] = figure_bytes(page)
            context.close()
    return {
        name: {
            "first_chart_s": statistics.median(t),
            "rounds_s": t,  # in round order: a page's rounds pair with another server's same rounds
            "figure_bytes": sizes[name],
            "received_bytes": statistics.median(received[name]),
        }
        for name, t in timings.items()
    }


def settle_warm_up(browser, url: str, seconds: float = 12) -> None:
    """Visits once (the first visit starts the warm-up) and gives the warm-up time to finish, so first charts
    are measured on a server that has been up a moment, as a viewer meets it."""
    context = browser.new_context()
    context.new_page().goto(f"{url}/map")
    time.sleep(seconds)
    context.close()


def checkout(ref: str, folder: Path) -> Path:
    """The project at commit `ref`, cloned into `folder`; returns its entry (serve.py where it has one)."""
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "checkout", "--quiet", ref], check=True)
    return folder / "serve.py" if (folder / "serve.py").exists() else folder / "app.py"


def measure(
    paths: list[str],
    baseline_folder: Path,
    links_only: bool = False,
    links: tuple[Profile, ...] = PROFILES,
    earlier: Path | None = None,
) -> dict:
    results: dict = {}
    with (
        streamlit_server() as (ours_url, ours, ours_healthy),
        streamlit_server(entry=ROOT / "app.py") as (plain_url, _plain, _plain_healthy),
        streamlit_server(entry=baseline_folder / "baseline.py") as (base_url, base, base_healthy),
        ExitStack() as servers,
    ):
        results["healthy_s"] = {"ours": ours_healthy, "baseline": base_healthy}
        urls = {"ours": ours_url, UNCOMPRESSED: plain_url, "baseline": base_url}
        pages = {"ours": paths, UNCOMPRESSED: ["map"], "baseline": list(BASELINE_PATHS)}
        if earlier:
            urls[EARLIER] = servers.enter_context(streamlit_server(entry=earlier))[0]
            pages[EARLIER] = paths
        with PeakMemory(ours.pid) as ours_memory, PeakMemory(base.pid) as base_memory, sync_playwright() as playwright:
            browser = playwright.chromium.launch(**launch_options())
            settle_warm_up(browser, ours_url)
            settle_warm_up(browser, plain_url)
            if earlier:
                settle_warm_up(browser, urls[EARLIER])
            results["links"] = {}
            for profile in links:
                repeats = FIRST_CHART_REPEATS if profile is LAN else LINK_REPEATS
                first_charts(browser, urls, {"baseline": [""]}, profile, 1)  # a warm-up visit on this link
                results["links"][profile.name] = first_charts(browser, urls, pages, profile, repeats)
            if not links_only:
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                page.goto(f"{ours_url}/map")
                page.wait_for_selector(CHART, timeout=120_000)
                page.wait_for_selector(IDLE, state="attached")
                results["rerun_s"] = rerun_seconds(page)
                context.close()
            browser.close()
        results["peak_rss_mb"] = {"ours": ours_memory.peak / 2**20, "baseline": base_memory.peak / 2**20}
    return results


def link_table(links: dict) -> None:
    """Per link and page: first chart and bytes received, ours against the baseline at the same depth."""
    print(f"\n{'link':30} {'page':22} {'first chart (s)':>16} {'baseline (s)':>13} {'ratio':>6} {'received (MB)':>14}")
    for link, pages in links.items():
        for name, page in pages.items():
            if name.startswith("baseline"):
                continue
            path = name.split(" /", 1)[1]
            same_depth = pages[f"baseline /{BASELINE_PATHS[1]}" if path else "baseline /"]
            ratio = page["first_chart_s"] / same_depth["first_chart_s"]
            who = "/" + path + (" (uncompressed)" if name.startswith(UNCOMPRESSED) else "")
            who += " (earlier)" if name.startswith(EARLIER) else ""
            print(
                f"{link:30} {who:22} {page['first_chart_s']:16.2f} {same_depth['first_chart_s']:13.2f} {ratio:6.2f}"
                f" {page['received_bytes'] / 1e6:14.2f}"
            )
        earlier_against(pages)
        for path in BASELINE_PATHS:
            page = pages[f"baseline /{path}"]
            print(
                f"{link:30} {'baseline /' + path:22} {page['first_chart_s']:16.2f} {'':>13} {'':>6} "
                f"{page['received_bytes'] / 1e6:14.2f}"
            )


def earlier_against(pages: dict) -> None:
    """Each page against the earlier commit's, round by round: a round's two visits were taken a few seconds apart,
    so their difference is free of what the machine was doing that minute (runs of the same code differ by up to
    0.3 s in their medians; a round's pair does not)."""
    for name, page in pages.items():
        if not name.startswith("ours /") or (earlier := pages.get(EARLIER + name[len("ours") :])) is None:
            continue
        paired = [ours - then for ours, then in zip(page["rounds_s"], earlier["rounds_s"], strict=True)]
        slower = sum(d > 0 for d in paired)
        print(
            f"{'':30} {name[len('ours ') :]:22} against the earlier commit: median of paired differences "
            f"{statistics.median(paired):+.2f} s, slower in {slower} of {len(paired)} rounds"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links-only", action="store_true", help="only the first-chart table, link by link")
    parser.add_argument("--link", action="append", choices=[p.name for p in PROFILES], help="this link only")
    parser.add_argument("--against", metavar="REF", help="also measure this commit's pages, in the same run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        baseline_folder = Path(folder)
        earlier = checkout(args.against, baseline_folder / "earlier") if args.against else None
        (baseline_folder / "baseline.py").write_text(BASELINE_APP)
        (baseline_folder / ".streamlit").mkdir()
        (baseline_folder / ".streamlit" / "config.toml").write_text("[browser]\ngatherUsageStats = false\n")
        paths = [ADDRESSES.get(p.url_path, p.url_path) for p in PAGES]
        links = tuple(p for p in PROFILES if not args.link or p.name in args.link)
        args.links_only = args.links_only or LAN not in links  # the rest is measured on the LAN run
        results = measure(paths, baseline_folder, args.links_only, links, earlier)
    link_table(results["links"])
    if args.links_only:
        return
    pages, healthy, memory = results["links"][LAN.name], results["healthy_s"], results["peak_rss_mb"]
    base_page = pages["baseline /"]
    print(f"{'measure':48} {'ours':>10} {'baseline':>10} {'ratio':>7}  {'to root':>7}")
    print(
        f"{'server start to healthy (s)':48} {healthy['ours']:10.2f} {healthy['baseline']:10.2f} "
        f"{healthy['ours'] / healthy['baseline']:7.2f}"
    )
    ours_pages = {name[len("ours ") :]: page for name, page in pages.items() if name.startswith("ours /")}
    for path, page in ours_pages.items():
        label = f"first chart drawn, {path} (s, median of {FIRST_CHART_REPEATS})"
        same_depth = pages[f"baseline /{BASELINE_PATHS[1]}" if path != "/" else "baseline /"]["first_chart_s"]
        print(
            f"{label:48} {page['first_chart_s']:10.2f} {same_depth:10.2f} {page['first_chart_s'] / same_depth:7.2f}"
            f"  {page['first_chart_s'] / base_page['first_chart_s']:7.2f}"
        )
    label = f"baseline at /{BASELINE_PATHS[1]} against its root (s)"
    print(
        f"{label:48} {pages[f'baseline /{BASELINE_PATHS[1]}']['first_chart_s']:10.2f} "
        f"{base_page['first_chart_s']:10.2f}"
    )
    for path, page in ours_pages.items():
        print(
            f"{'figure JSON bytes, ' + path:48} {page['figure_bytes']:10,d} {base_page['figure_bytes']:10,d} "
            f"{page['figure_bytes'] / base_page['figure_bytes']:7.1f}"
        )
    print(f"{'rerun after bloc change on /map (s, browser)':48} {results['rerun_s']:10.2f} {'-':>10} {'-':>7}")
    for warm in (False, True):
        first, again = server_rerun_seconds(warm)
        state = "warmed" if warm else "cold"
        print(f"{f'bloc change on /map, new scope (s, server, {state})':48} {first:10.3f} {'-':>10} {'-':>7}")
        print(f"{f'same, scope seen before (s, server, {state})':48} {again:10.3f} {'-':>10} {'-':>7}")
    print(
        f"{'peak server memory (MB RSS)':48} {memory['ours']:10.0f} {memory['baseline']:10.0f} "
        f"{memory['ours'] / memory['baseline']:7.2f}"
    )
    exports = export_figures()
    print(f"{'first export, Chromium start included (s)':48} {exports['cold_export_s']:10.2f}")
    print(f"{f'warm PNG export, map exhibit (s, median of {REPEATS})':48} {exports['warm_map_png_s']:10.2f}")
    for label in ("world", "brics"):
        print(f"{'briefing pack build, ' + label + ' (s)':48} {exports[f'pack_{label}_s']:10.2f}")
        print(f"{'briefing pack size, ' + label + ' (MB)':48} {exports[f'pack_{label}_mb']:10.2f}")


if __name__ == "__main__":
    main()
