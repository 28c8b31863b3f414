"""Names from the data that look like HTML or Markdown show literally on every surface that draws them."""

import csv
import json
import re

import pytest

from components.navigation import COMPARE, MAP, OVERVIEW
from datalayer.loading.datasets import PARTNERS
from datalayer.loading.paths import DATA_DIR_VARIABLE
from tests.conftest import copy_of_data, record_checksums
from tests.pages.conftest import open_page

HTML_NAME = "<img src=x onerror=alert(1)>"
MARKDOWN_NAME = "**[bold](javascript:alert(1))**"


@pytest.fixture
def hostile_data(tmp_path, monkeypatch):
    data = copy_of_data(tmp_path)
    path = data / PARTNERS.file
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    template = next(r for r in rows if r["name"].startswith("National Astronomical Research Institute"))
    rows += [
        {**template, "name": HTML_NAME, "source_publisher": MARKDOWN_NAME},
        {**template, "name": MARKDOWN_NAME, "source_publisher": HTML_NAME},
    ]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    record_checksums(data)
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(data))


def markdown_bodies(app) -> list[str]:
    return [
        e.value
        for kind in ("markdown", "caption", "warning", "info", "error", "subheader", "header", "title")
        for e in app.get(kind)
        if hasattr(e, "value")
    ]


def unescaped(text: str, raw: str) -> bool:
    """True where `raw` appears in a Markdown body without its special characters escaped."""
    return raw in text


@pytest.mark.parametrize("entry", [OVERVIEW, MAP, COMPARE], ids=lambda p: p.url_path or "overview")
def test_hostile_names_show_literally_everywhere(hostile_data, entry):
    app = open_page(entry, {"country": "THA", "institutions": "1"} if entry is MAP else None, sections=True)
    assert not app.exception
    for body in markdown_bodies(app):
        assert not unescaped(body, HTML_NAME) and not unescaped(body, MARKDOWN_NAME), body
    for chart in app.get("plotly_chart"):
        spec = chart.proto.spec
        assert "<img" not in spec and "javascript:alert" not in json.loads(spec).get("layout", {}).get("title", "")
    if entry is MAP:
        tables = [d.value for d in app.dataframe]
        assert any(HTML_NAME in set(t.get("name", [])) for t in tables)  # tables show the name as written
        hover = json.dumps(json.loads(app.get("plotly_chart")[0].proto.spec))
        assert "&lt;img src=x onerror=alert(1)&gt;" in hover  # escaped for Plotly, shown as written


def test_source_links_are_only_ever_web_addresses(hostile_data):
    app = open_page(COMPARE, sections=True)
    for body in markdown_bodies(app):
        assert not re.search(r"\]\((?!https?://)", body), body  # every Markdown link goes to http(s)
