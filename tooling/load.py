"""Many viewers at once: N browser sessions on one page, each changing a filter again and again for a bounded
time, timing each change from the pick to the redrawn chart. Shared by the load benchmark and the test that
serves through HAProxy."""

from __future__ import annotations

import asyncio
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from playwright.async_api import async_playwright

from tooling.browser import is_loopback, launch_options

IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
RUNNING = '[data-testid="stApp"][data-test-script-state="running"]'
CHART = ".js-plotly-plot .main-svg"
SELECTBOX = '[data-testid="stSidebar"] [data-testid="stSelectbox"]'
BLOC_LABEL = "Bloc"  # the scope's select box (the sidebar's first is the language's)


@dataclass
class SessionResult:
    latencies_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cookies: dict[str, str] = field(default_factory=dict)
    download_ok: bool | None = None


async def _pick(page, option: str) -> float:
    started = time.perf_counter()
    await page.locator(SELECTBOX).filter(has_text=BLOC_LABEL).click()
    await page.get_by_role("option", name=option, exact=True).click()
    try:
        await page.wait_for_selector(RUNNING, state="attached", timeout=3_000)
    except Exception:  # the rerun was over before we looked
        pass
    await page.wait_for_selector(IDLE, state="attached", timeout=60_000)
    await page.wait_for_selector(CHART, timeout=60_000)
    return time.perf_counter() - started


async def _session(browser, url: str, options: list[str], seconds: float, download: bool) -> SessionResult:
    result = SessionResult()
    context = await browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.on("request", lambda r: None if is_loopback(r.url) else result.errors.append(f"left loopback: {r.url}"))
    page = await context.new_page()
    page.set_default_timeout(60_000)
    try:
        await page.goto(url)
        await page.wait_for_selector(CHART, timeout=120_000)
        await page.wait_for_selector(IDLE, state="attached")
        deadline = time.perf_counter() + seconds
        turn = 0
        while time.perf_counter() < deadline:
            result.latencies_s.append(await _pick(page, options[turn % len(options)]))
            turn += 1
        if await page.locator('[data-testid="stException"]').count():
            result.errors.append("the page showed an exception")
        if download:
            button = page.get_by_role("button", name="Download CSV").first
            await page.locator('[data-testid="stMain"] [data-testid="stExpander"] summary').first.click()
            async with page.expect_download(timeout=60_000) as pending:
                await button.click()
            done = await pending.value
            result.download_ok = (await done.failure()) is None
        result.cookies = {c["name"]: c["value"] for c in await context.cookies()}
    except Exception as error:  # a failed session is counted, not raised: the run reports every error
        result.errors.append(f"{type(error).__name__}: {str(error).splitlines()[0][:200]}")
    finally:
        await context.close()
    return result


async def _run(url: str, sessions: int, seconds: float, options: list[str], download: bool) -> list[SessionResult]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch_options())
        try:
            return list(
                await asyncio.gather(*(_session(browser, url, options, seconds, download) for _ in range(sessions)))
            )
        finally:
            await browser.close()


def run_sessions(
    url: str, sessions: int, seconds: float, options: list[str], download: bool = False
) -> list[SessionResult]:
    """`sessions` viewers at `url`, each picking `options` in turn in the first sidebar selectbox. Runs in a
    thread of its own, so it works beside a synchronous Playwright that holds this thread's event loop."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _run(url, sessions, seconds, options, download)).result()


def summary(results: list[SessionResult]) -> dict:
    latencies = sorted(x for r in results for x in r.latencies_s)

    def pct(p):
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    return {
        "sessions": len(results),
        "changes": len(latencies),
        "errors": sum(len(r.errors) for r in results),
        "p50_s": statistics.median(latencies) if latencies else float("nan"),
        "p95_s": pct(0.95),
    }
