"""The shipped HAProxy configuration in front of two real replicas, all on loopback, without containers:
sessions spread over both replicas, stay on the one that holds them (downloads included), and see no error."""

import gzip
import os
import re
import shutil
import subprocess
import time
import urllib.request
from contextlib import ExitStack

import brotli
import pytest

from datalayer.loading.paths import ROOT
from tooling.load import run_sessions, summary
from tooling.server import LOOPBACK, free_port, streamlit_server

pytestmark = pytest.mark.browser
CONFIG = ROOT / "deploy" / "haproxy.cfg"
HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
COOKIE = "ILRS_REPLICA"
BROWSER = {"Accept-Encoding": "gzip, deflate, br, zstd"}  # what Chromium asks for


def wait_for(url: str, timeout_s: float = 30) -> None:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


@pytest.fixture(scope="module")
def proxied():
    with ExitStack() as stack:
        replicas = [stack.enter_context(streamlit_server()) for _ in range(2)]
        port = free_port()
        env = {
            **os.environ,
            "LISTEN": f"{LOOPBACK}:{port}",
            **{f"REPLICA_{i + 1}": url.removeprefix("http://") for i, (url, _, _) in enumerate(replicas)},
        }
        proxy = subprocess.Popen(
            [HAPROXY, "-f", str(CONFIG), "-db"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT
        )
        stack.callback(proxy.wait, timeout=10)
        stack.callback(proxy.terminate)
        url = f"http://{LOOPBACK}:{port}"
        wait_for(f"{url}/_stcore/health")
        yield url


def test_the_configuration_is_valid():
    env = {**os.environ, "LISTEN": "127.0.0.1:1", "REPLICA_1": "127.0.0.1:2", "REPLICA_2": "127.0.0.1:3"}
    check = subprocess.run([HAPROXY, "-c", "-f", str(CONFIG)], env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_sessions_spread_over_both_replicas_and_keep_to_theirs(proxied):
    results = run_sessions(
        f"{proxied}/map", sessions=4, seconds=4, options=["African Union", "BRICS members"], download=True
    )
    figures = summary(results)
    assert figures["errors"] == 0, [e for r in results for e in r.errors]
    assert figures["changes"] >= 4
    assert {r.cookies.get(COOKIE) for r in results} == {"replica1", "replica2"}  # round robin, then sticky
    # A download is served by the process that holds the session: through the proxy, it only works if the
    # request reached that replica.
    assert all(r.download_ok for r in results)


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[bytes, dict]:
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=30) as response:
        return response.read(), {k.lower(): v for k, v in response.headers.items()}


def test_streamlit_script_chunks_are_served_from_the_proxy_cache_and_nothing_else_is(proxied):
    page, _ = fetch(f"{proxied}/")
    chunk = re.search(rb'src="\.?/?(static/js/[^"]+\.js)"', page).group(1).decode()
    first, _ = fetch(f"{proxied}/{chunk}", BROWSER)  # a hit already if the browser sessions above asked for it
    again, again_headers = fetch(f"{proxied}/{chunk}", BROWSER)
    assert again_headers.get("x-cache-status") == "hit"
    assert again == first and len(again) > 100_000
    # The page, the health check and our own static files are always asked of a replica.
    for path in ("", "_stcore/health", "app/static/favicon.png"):
        fetch(f"{proxied}/{path}")  # asked twice: a second answer would come from the cache if it were stored
        assert "x-cache-status" not in fetch(f"{proxied}/{path}")[1], path


def test_the_proxy_passes_the_replicas_compressed_bundle_through_and_keeps_one_copy_per_encoding(proxied):
    page, _ = fetch(f"{proxied}/")
    chunk = re.search(rb'src="\.?/?(static/js/[^"]+\.js)"', page).group(1).decode()
    plain, _ = fetch(f"{proxied}/{chunk}")
    for encoding, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
        fetch(f"{proxied}/{chunk}", {"Accept-Encoding": encoding})
        body, headers = fetch(f"{proxied}/{chunk}", {"Accept-Encoding": encoding})
        assert headers.get("content-encoding") == encoding and headers.get("x-cache-status") == "hit"
        assert decode(body) == plain and len(body) < len(plain) / 2
    # A client that takes no encoding gets the plain file from a replica: never a kept compressed copy, and no
    # plain copy is kept (HAProxy would hand it to every client, brotli-asking browsers included).
    for _ in range(2):
        body, headers = fetch(f"{proxied}/{chunk}")
        assert "content-encoding" not in headers and body == plain and "x-cache-status" not in headers
