"""Compressed responses, each compressed once.

Streamlit serves its static bundle and the page uncompressed on purpose: Starlette's gzip middleware would compress
the same bytes again on every request. Here each body is compressed once per encoding and kept: the bundle's files
by their path (their names carry a content hash, so a path never changes content), anything else by the digest of
its body (the page, the map's topology, an API answer). A second request for the same bytes is served from memory
with no compressor running. At start-up the bundle's scripts and styles are compressed in the background
(`Kept.warm`), so the first visitor after a deploy does not wait for them either.

Brotli where the browser offers it, gzip otherwise; the browser's choice is read from Accept-Encoding.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from pathlib import Path

import anyio.to_thread
import brotli
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from service.buffering import whole_bodies

BR, GZIP = "br", "gzip"
ENCODINGS = (BR, GZIP)  # the order of preference
BROTLI_QUALITY = 9  # 11 saves another 10% on the Plotly bundle but takes 9 s of a core; 9 takes 0.5 s
GZIP_LEVEL = 9
MINIMUM_BYTES = 1024  # below this the headers outweigh the saving
# Content worth compressing: text in all its forms. Images, fonts and archives are compressed already.
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml", "application/xml")
IMMUTABLE_PREFIX = "/static/"  # Streamlit's bundle: content-hashed file names, cached for a year
WARMED_SUFFIXES = (".js", ".css")  # what a first visit of any page fetches from the bundle
KEPT_BYTES = 128 * 1024 * 1024  # the most compressed bytes kept; the least recently used go first

Key = tuple[str, str]  # (the bundle path or the body's digest, the encoding)


def chosen_encoding(accept_encoding: str) -> str | None:
    """The best encoding the browser accepts: 'br', else 'gzip', else None (q=0 refuses one)."""
    offered: dict[str, float] = {}
    for part in accept_encoding.split(","):
        name, _, params = part.strip().partition(";")
        params = params.strip()
        try:
            quality = float(params[2:]) if params.startswith("q=") else 1.0
        except ValueError:
            quality = 0.0
        offered[name.strip().lower()] = quality
    return next((e for e in ENCODINGS if offered.get(e, offered.get("*", 0)) > 0), None)


def compress(body: bytes, encoding: str) -> bytes:
    return brotli.compress(body, quality=BROTLI_QUALITY) if encoding == BR else gzip.compress(body, GZIP_LEVEL, mtime=0)


def bundle_key(path: str) -> str | None:
    """'/static/js/x.js' (under any base path) -> '/static/js/x.js'; None outside the bundle."""
    return IMMUTABLE_PREFIX + path.split(IMMUTABLE_PREFIX, 1)[1] if IMMUTABLE_PREFIX in path else None


class Kept:
    """Compressed bodies, each made once, and the bundle's whole responses for serving without the app."""

    def __init__(self, compressor: Callable[[bytes, str], bytes] = compress, limit: int = KEPT_BYTES) -> None:
        self.compressor = compressor
        self.compressions = 0  # how many bodies were compressed: the tests read it
        self._bodies: OrderedDict[Key, bytes] = OrderedDict()
        self._responses: dict[Key, tuple[int, list[tuple[bytes, bytes]]]] = {}
        self._size = 0
        self._limit = limit
        self._lock = threading.Lock()
        self._making: dict[Key, threading.Lock] = {}

    def body(self, key: Key, raw: bytes) -> bytes:
        """`raw` compressed for key's encoding: made once (concurrent first requests wait for the one), then kept."""
        with self._lock:
            if key in self._bodies:
                self._bodies.move_to_end(key)
                return self._bodies[key]
            making = self._making.setdefault(key, threading.Lock())
        with making:
            with self._lock:
                if key in self._bodies:
                    return self._bodies[key]
                self.compressions += 1
            made = self.compressor(raw, key[1])
            with self._lock:
                self._bodies[key] = made
                self._size += len(made)
                self._making.pop(key, None)
                while self._size > self._limit and len(self._bodies) > 1:
                    old_key, old = self._bodies.popitem(last=False)
                    self._responses.pop(old_key, None)
                    self._size -= len(old)
            return made

    def response(self, key: Key) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        with self._lock:
            if key in self._responses and key in self._bodies:
                return (*self._responses[key], self._bodies[key])
            return None

    def keep_response(self, key: Key, status: int, headers: list[tuple[bytes, bytes]]) -> None:
        with self._lock:
            self._responses[key] = (status, headers)

    def warm(self, root: Path, suffixes: Iterable[str] = WARMED_SUFFIXES) -> None:
        """Compresses the bundle's files under `root` (Streamlit's static folder), largest first."""
        files = sorted((p for p in root.rglob("*") if p.suffix in tuple(suffixes)), key=lambda p: -p.stat().st_size)
        for path in files:
            raw = path.read_bytes()
            if len(raw) >= MINIMUM_BYTES:
                for encoding in ENCODINGS:
                    self.body(("/" + path.relative_to(root).as_posix(), encoding), raw)


class CompressedOnce:
    """ASGI middleware: GET responses of compressible text, compressed once per body and encoding."""

    def __init__(self, app: ASGIApp, kept: Kept | None = None) -> None:
        self.app = app
        self.kept = kept or Kept()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        request = Headers(scope=scope)
        encoding = chosen_encoding(request.get("accept-encoding", ""))
        if encoding is None or "range" in request:
            await self.app(scope, receive, _varying(send))
            return
        in_bundle = bundle_key(scope["path"])
        key = (in_bundle, encoding) if in_bundle else None
        if key and "if-none-match" not in request and (whole := self.kept.response(key)):
            await _send(send, *whole)  # a hashed file never changes: no need to ask the app again
            return
        await self.app(scope, receive, self._capturing(send, encoding, key))

    def _capturing(self, send: Send, encoding: str, key: Key | None) -> Send:
        def compressible(status: int, headers: Headers) -> bool:
            kind = headers.get("content-type", "")
            return status == 200 and "content-encoding" not in headers and kind.startswith(COMPRESSIBLE)

        async def finish(started: Message, raw: bytes) -> None:
            await self._finish(send, started, raw, encoding, key)

        return whole_bodies(send, compressible, finish)

    async def _finish(self, send: Send, started: Message, raw: bytes, encoding: str, key: Key | None) -> None:
        if len(raw) < MINIMUM_BYTES:
            await _send(send, started["status"], started["headers"], raw)
            return
        key = key or (hashlib.blake2b(raw, digest_size=16).hexdigest(), encoding)
        body = await anyio.to_thread.run_sync(self.kept.body, key, raw)
        headers = MutableHeaders(raw=list(started["headers"]))
        headers["content-encoding"] = encoding
        headers["content-length"] = str(len(body))
        headers.add_vary_header("Accept-Encoding")
        if "etag" in headers:  # a compressed body is another representation: its validator differs too
            headers["etag"] = headers["etag"].rstrip('"') + f'-{encoding}"'
        if bundle_key(key[0]):
            self.kept.keep_response(key, started["status"], headers.raw)
        await _send(send, started["status"], headers.raw, body)


async def _send(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _varying(send: Send) -> Send:
    """Says `Vary: Accept-Encoding` on a plain answer too: a cache in front (HAProxy) must not hand the plain bytes
    it kept for one client to another that asks for brotli, nor the reverse."""

    async def marked(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(raw=list(message["headers"]))
            if headers.get("content-type", "").startswith(COMPRESSIBLE):
                headers.add_vary_header("Accept-Encoding")
                message = {**message, "headers": headers.raw}
        await send(message)

    return marked
