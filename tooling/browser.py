"""Hermetic headless Chromium: Debian's binary, no background traffic, every non-loopback request refused."""

from __future__ import annotations

from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]", "::1")

LAUNCH_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Any name but loopback resolves to nothing, so a stray fetch fails fast instead of hanging.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost",
    # ...and one by address goes to a proxy port where nothing listens. Chromium never proxies loopback.
    "--proxy-server=http://127.0.0.1:9",
]


def launch_options() -> dict:
    return {"executable_path": CHROMIUM, "headless": True, "args": LAUNCH_ARGS}


def is_loopback(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.hostname in LOOPBACK_HOSTS


def guard_offline(context) -> list[str]:
    """Records every non-loopback request a context attempts (the launch flags make each one fail).

    Blocking happens in the browser's network stack, not with Playwright routes: intercepting requests
    stalls Streamlit's lazily loaded chart bundle, so the chart would never draw.
    """
    attempted: list[str] = []
    context.on("request", lambda request: None if is_loopback(request.url) else attempted.append(request.url))
    context.on("websocket", lambda ws: None if is_loopback(ws.url) else attempted.append(ws.url))
    return attempted
