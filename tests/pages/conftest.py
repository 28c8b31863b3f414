import pytest
from streamlit.testing.v1 import AppTest

from components.navigation import OVERVIEW, PAGES
from datalayer.paths import ROOT

TIMEOUT_S = 90


def open_page(page, query=None) -> AppTest:
    """Runs a page the way the server routes to it: app.py is the entry, other pages are switched to."""
    app = AppTest.from_file(str(ROOT / OVERVIEW.file), default_timeout=TIMEOUT_S)
    if query:
        app.query_params.update(query)
    if page is not OVERVIEW:
        app.switch_page(page.file)
    return app.run()


@pytest.fixture(params=PAGES, ids=lambda page: page.url_path or "overview")
def any_page(request):
    return request.param
