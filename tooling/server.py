"""Start a real `streamlit run` on loopback (the README's entry, serve.py, unless told) and wait until it answers its
health check."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from datalayer.loading.paths import ROOT

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def wait_healthy(base_url: str, timeout_s: float = 90) -> float:
    """Seconds until /_stcore/health answers 'ok'; raises TimeoutError past `timeout_s`."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"streamlit at {base_url} did not become healthy in {timeout_s}s")


@contextmanager
def streamlit_server(entry: Path = ROOT / "serve.py", log_path: Path | None = None):
    """Yields (base_url, process, seconds_to_healthy); the server is stopped on exit."""
    port = free_port()
    base_url = f"http://{LOOPBACK}:{port}"
    log = open(log_path, "w") if log_path else subprocess.DEVNULL
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(entry),
            "--server.port",
            str(port),
            "--server.address",
            LOOPBACK,
            "--server.headless",
            "true",
        ],
        cwd=entry.parent,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        yield base_url, process, wait_healthy(base_url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        if not isinstance(log, int):  # a file we opened (DEVNULL is a number)
            log.close()
