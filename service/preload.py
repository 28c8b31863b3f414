"""The page asks for the chart library at once. Streamlit's frontend loads Plotly's chunk (the largest file a
visit downloads) only when the first chart element arrives over the websocket, after the page, its scripts, the
websocket and the script run: on a real link that wait is a second or more. A `modulepreload` link in the page's
head starts the download with the page's own scripts; the frontend's later import finds it loaded."""

from __future__ import annotations

from pathlib import Path

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.buffering import whole_bodies

HEAD_END = b"</head>"


def preload_links(bundle: Path, patterns: tuple[str, ...] = ("PlotlyChart.*.js",)) -> bytes:
    """`<link rel="modulepreload">` tags for the bundle's chunks matching `patterns` (their names carry a content
    hash, so they are looked up, never typed)."""
    found = [p for pattern in patterns for p in sorted((bundle / "static" / "js").glob(pattern))]
    return b"".join(f'<link rel="modulepreload" crossorigin href="./static/js/{p.name}">'.encode() for p in found)


class PreloadInPage:
    """ASGI middleware: adds `links` to the head of every HTML page the app serves."""

    def __init__(self, app: ASGIApp, links: bytes) -> None:
        self.app = app
        self.links = links

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.links:
            await self.app(scope, receive, send)
            return

        async def add_links(started: Message, body: bytes) -> None:
            body = body.replace(HEAD_END, self.links + HEAD_END, 1)
            headers = MutableHeaders(raw=list(started["headers"]))
            headers["content-length"] = str(len(body))
            await send({**started, "headers": headers.raw})
            await send({"type": "http.response.body", "body": body})

        def a_page(status: int, headers: Headers) -> bool:
            return status == 200 and headers.get("content-type", "").startswith("text/html")

        rewrite = whole_bodies(send, a_page, add_links)
        await self.app(scope, receive, rewrite)
