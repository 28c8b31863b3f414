"""Browser tier: a real `streamlit run` on loopback, driven by Playwright in Debian's chromium."""

from pathlib import Path

import pytest

from tooling.server import streamlit_server

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def server():
    """(base URL, process) of the one app server the browser tests share."""
    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server(log_path=ARTIFACTS / "streamlit-test-server.log") as (url, process, _seconds):
        yield url, process


@pytest.fixture(scope="session")
def base_url(server):
    return server[0]
