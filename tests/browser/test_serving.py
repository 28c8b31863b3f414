"""The server as the README starts it (serve.py): the bundle and the page arrive compressed, the JSON API answers."""

import json
from pathlib import Path

import pytest
import streamlit as st

from components.navigation import MAP
from service.compression import MINIMUM_BYTES
from tests.browser.helpers import visit, wait_for_map

pytestmark = pytest.mark.browser
BUNDLE = Path(st.__file__).parent / "static"


def largest_script() -> Path:
    return max((BUNDLE / "static" / "js").glob("*.js"), key=lambda p: p.stat().st_size)


def test_the_largest_script_and_the_page_arrive_compressed(offline_page, base_url):
    script = largest_script()
    asked = {"Accept-Encoding": "br, gzip"}
    response = offline_page.request.get(f"{base_url}/static/js/{script.name}", headers=asked)
    assert response.ok and response.headers["content-encoding"] == "br"
    assert response.body() == script.read_bytes()  # decoded by the client: the same bytes
    assert "immutable" in response.headers["cache-control"]
    page = offline_page.request.get(f"{base_url}/{MAP.url_path}", headers={"Accept-Encoding": "gzip"})
    assert page.ok and page.headers["content-encoding"] == "gzip"


def test_a_visit_receives_the_chart_bundle_compressed(offline_page, base_url):
    encodings = {}
    offline_page.on(
        "response",
        lambda r: encodings.setdefault(
            r.url.rsplit("/", 1)[-1], (r.headers.get("content-encoding"), int(r.headers.get("content-length") or 0))
        ),
    )
    visit(offline_page, base_url, MAP.url_path)
    wait_for_map(offline_page)
    scripts = {name: e for name, e in encodings.items() if name.endswith(".js")}
    assert any(name.startswith("PlotlyChart") for name in scripts)
    # Asked for by the page's head, with its own scripts, not when the first chart arrives.
    assert offline_page.locator('link[rel="modulepreload"][href*="PlotlyChart"]').count() == 1
    # Chromium asks for brotli, and every script comes so, but those too small to gain from it.
    plain = {name: size for name, (encoding, size) in scripts.items() if encoding != "br"}
    assert all(size < MINIMUM_BYTES for size in plain.values()), plain
    assert sum(encoding == "br" for encoding, _ in scripts.values()) >= 20
    assert offline_page.attempted_external == []


def test_the_api_answers_as_json_and_names_a_bad_value(offline_page, base_url):
    good = offline_page.request.get(f"{base_url}/api/v1/headline?bloc=brics&asof=2025-06-30")
    assert good.ok and good.headers["content-type"] == "application/json"
    assert json.loads(good.body())["as_of"] == "2025-06-30"
    bad = offline_page.request.get(f"{base_url}/api/v1/headline?bloc=narnia")
    assert bad.status == 400 and json.loads(bad.body())["parameter"] == "bloc"
    spec = offline_page.request.get(f"{base_url}/api/v1/openapi.json")
    assert spec.ok and json.loads(spec.body())["openapi"].startswith("3.")
