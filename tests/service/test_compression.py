"""Compressed once: the bundle, the page and the API's answers, brotli or gzip as the browser asks."""

import gzip

import brotli
import pytest
from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from service.compression import BR, GZIP, MINIMUM_BYTES, CompressedOnce, Kept, chosen_encoding
from tests.service.asgi import get

SCRIPT = b"function chart(){return 'a plot';}\n" * 2000
PAGE = b"<!doctype html><title>ILRS</title>" + b"<p>text</p>" * 400


def served(calls: list[str]):
    """A stand-in for Streamlit's server: a hashed bundle file, the page, a tiny answer and a picture."""

    def answer(body: bytes, kind: str, headers: dict | None = None):
        async def endpoint(request):
            calls.append(request.url.path)
            return Response(body, media_type=kind, headers=headers)

        return endpoint

    immutable = {"Cache-Control": "public, immutable, max-age=31536000", "ETag": '"abc"'}
    return Starlette(
        routes=[
            Route("/static/js/chart.1a2b.js", answer(SCRIPT, "application/javascript", immutable)),
            Route("/", answer(PAGE, "text/html")),
            Route("/tiny", answer(b"{}", "application/json")),
            Route("/picture.png", answer(b"\x89PNG" + bytes(5000), "image/png")),
        ]
    )


@pytest.mark.parametrize(
    "accepted, chosen",
    [
        ("gzip, deflate, br, zstd", BR),
        ("gzip", GZIP),
        ("br;q=0, gzip", GZIP),
        ("identity", None),
        ("", None),
        ("*", BR),
        ("br;q=bad, gzip;q=0.5", GZIP),
    ],
)
def test_the_browsers_best_offer_is_chosen(accepted, chosen):
    assert chosen_encoding(accepted) == chosen


def test_each_encoding_decodes_to_the_original_with_its_headers():
    app = CompressedOnce(served([]))
    status, headers, body = get(app, "/static/js/chart.1a2b.js", {"Accept-Encoding": "gzip, br"})
    assert status == 200 and headers["content-encoding"] == BR and brotli.decompress(body) == SCRIPT
    assert headers["content-length"] == str(len(body)) and len(body) < len(SCRIPT) / 20
    assert headers["vary"] == "Accept-Encoding" and headers["cache-control"].startswith("public, immutable")
    assert headers["etag"] == '"abc-br"'  # another representation, another validator
    _, headers, body = get(app, "/", {"Accept-Encoding": "gzip"})
    assert headers["content-encoding"] == GZIP and gzip.decompress(body) == PAGE
    _, headers, body = get(app, "/", {})
    assert "content-encoding" not in headers and body == PAGE
    assert headers["vary"] == "Accept-Encoding"  # a cache in front keeps the plain and the compressed apart


def test_a_second_request_is_served_without_compressing_again():
    calls: list[str] = []
    app = CompressedOnce(served(calls))
    for _ in range(3):
        get(app, "/static/js/chart.1a2b.js", {"Accept-Encoding": "br"})
        get(app, "/", {"Accept-Encoding": "br"})
    assert app.kept.compressions == 2  # the script and the page, once each
    # The bundle's file was asked of the server once: its name carries its content's hash.
    assert calls.count("/static/js/chart.1a2b.js") == 1 and calls.count("/") == 3
    get(app, "/static/js/chart.1a2b.js", {"Accept-Encoding": "gzip"})
    assert app.kept.compressions == 3  # a new encoding is a new body


def test_small_bodies_pictures_and_revalidations_pass_as_they_are():
    calls: list[str] = []
    app = CompressedOnce(served(calls))
    _, headers, body = get(app, "/tiny", {"Accept-Encoding": "br"})
    assert "content-encoding" not in headers and body == b"{}" and len(body) < MINIMUM_BYTES
    _, headers, _ = get(app, "/picture.png", {"Accept-Encoding": "br"})
    assert "content-encoding" not in headers
    get(app, "/static/js/chart.1a2b.js", {"Accept-Encoding": "br"})
    get(app, "/static/js/chart.1a2b.js", {"Accept-Encoding": "br", "If-None-Match": '"abc-br"'})
    assert calls.count("/static/js/chart.1a2b.js") == 2  # a revalidation is the server's to answer
    assert app.kept.compressions == 1


def test_warming_compresses_the_bundle_before_anyone_asks(tmp_path):
    (tmp_path / "static" / "js").mkdir(parents=True)
    (tmp_path / "static" / "js" / "chart.1a2b.js").write_bytes(SCRIPT)
    (tmp_path / "static" / "js" / "small.js").write_bytes(b"x")
    kept = Kept()
    kept.warm(tmp_path)
    assert kept.compressions == 2  # the script, in both encodings; the small file is not worth it
    app = CompressedOnce(served([]), kept=kept)
    _, headers, body = get(app, "/static/js/chart.1a2b.js", {"Accept-Encoding": "br"})
    assert headers["content-encoding"] == BR and brotli.decompress(body) == SCRIPT
    assert kept.compressions == 2


def test_the_oldest_bodies_make_room_when_the_limit_is_reached():
    kept = Kept(limit=100)
    kept.body(("a", BR), bytes(range(256)) * 4)
    kept.body(("b", BR), bytes(range(255, -1, -1)) * 4)
    assert kept.response(("a", BR)) is None
    kept.body(("a", BR), bytes(range(256)) * 4)
    assert kept.compressions == 3  # evicted, so made again
