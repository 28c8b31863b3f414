import base64
import json
import re

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from components.navigation import OVERVIEW, PAGES
from datalayer.loading.paths import ROOT

TIMEOUT_S = 90


def open_page(page, query=None, sections: bool = False) -> AppTest:
    """Runs a page the way the server routes to it: app.py is the entry, other pages are switched to. With
    `sections`, every part drawn on demand is opened too, as a reader clicking each would."""
    app = AppTest.from_file(str(ROOT / OVERVIEW.file), default_timeout=TIMEOUT_S)
    if query:
        app.query_params.update(query)
    if page is not OVERVIEW:
        app.switch_page(page.file)
    app.run()
    return open_sections(app) if sections else app


def user_key(block) -> str:
    """The key a page gave a stateful expander or tab set ('$$ID-<hash>-<key>' on the wire)."""
    return block.proto.id.split("-", 2)[2]


def section_keys(app) -> set[str]:
    return {user_key(e) for e in app.get("expander") if e.proto.id}


def open_sections(app) -> AppTest:
    """Opens every section drawn on demand, then those that appear inside them, until none is left closed."""
    opened: set[str] = set()
    while closed := section_keys(app) - opened:
        for key in closed:
            app.session_state[key] = True
        opened |= closed
        app.run()
    return app


def choose_tab(app, key: str, label: str) -> AppTest:
    """Clicks the tab `label` of the tab set `key` (only the chosen tab is drawn)."""
    app.session_state[key] = label
    return open_sections(app.run())


@pytest.fixture(params=PAGES, ids=lambda page: page.url_path or "overview")
def any_page(request):
    return request.param


def _decode(value):
    """Plotly 7 writes numeric arrays as {'dtype', 'bdata'} (base64); turn them back into lists."""
    if isinstance(value, dict) and set(value) >= {"dtype", "bdata"}:
        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    if isinstance(value, dict):
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def figure_of(app, index: int = 0) -> dict:
    """The figure spec of the page's index-th Plotly chart, as plain Python data."""
    return _decode(json.loads(app.get("plotly_chart")[index].proto.spec))


def metrics(app) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def shown(markdown: str) -> str:
    """What a Markdown element shows: escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def notices(app) -> str:
    return " ".join(shown(w.value) for w in app.warning)


def texts(app) -> list[str]:
    """Every plain-text element (summaries, lines built from data)."""
    return [t.value for t in app.text]


def summaries_of(app) -> list[str]:
    """The one-sentence summaries under the charts, in page order."""
    return [
        t
        for t in texts(app)
        if t.startswith(("As of", "The ILRS's busiest", "By ", "ILRS:", "Of the ", "On ")) or " months after" in t
    ]
