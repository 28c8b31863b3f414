"""Browser tier: a real `streamlit run` on loopback, driven by Playwright in Debian's chromium."""
from pathlib import Path

import pytest

from tooling.browser import guard_offline, launch_options
from tooling.server import streamlit_server

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # pytest-playwright's hook: use the system chromium, since `playwright install` cannot download here.
    return {**browser_type_launch_args, **launch_options()}


@pytest.fixture(scope="session")
def server():
    """(base URL, process) of the one app server the browser tests share."""
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(log_path=ARTIFACTS / "streamlit-test-server.log") as (url, process, _seconds):
        yield url, process


@pytest.fixture(scope="session")
def base_url(server):
    return server[0]


@pytest.fixture
def offline_page(context):
    """A page whose every non-loopback request is refused; the test asserts the list stays empty."""
    attempted = guard_offline(context)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.attempted_external = attempted
    return page
