"""The page names the chart library's chunk in its head, so the browser fetches it with the page's own scripts."""

from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route

from service.preload import PreloadInPage, preload_links
from tests.service.asgi import get

PAGE = b"<!doctype html><html><head><title>ILRS</title></head><body></body></html>"


def test_the_links_name_the_bundles_own_hashed_chunk(tmp_path):
    (tmp_path / "static" / "js").mkdir(parents=True)
    (tmp_path / "static" / "js" / "PlotlyChart.Ab12.js").write_text("x")
    (tmp_path / "static" / "js" / "Other.Cd34.js").write_text("x")
    assert preload_links(tmp_path) == b'<link rel="modulepreload" crossorigin href="./static/js/PlotlyChart.Ab12.js">'


def test_every_html_page_gets_the_links_in_its_head_and_nothing_else_changes():
    async def page(request):
        return Response(PAGE, media_type="text/html")

    async def script(request):
        return Response(b"</head>", media_type="application/javascript")

    app = PreloadInPage(Starlette(routes=[Route("/map", page), Route("/x.js", script)]), links=b"<link>")
    _, headers, body = get(app, "/map")
    assert body == PAGE.replace(b"</head>", b"<link></head>") and headers["content-length"] == str(len(body))
    assert get(app, "/x.js")[2] == b"</head>"
