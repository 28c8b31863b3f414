"""The dashboard's one entry: the Streamlit app (`app.py` and `pages/`) with compressed responses and the JSON API.

`streamlit run serve.py` starts it (scripts/run.sh, the tests, the container and the recipes all do); Streamlit
finds `app` below and serves it through its ASGI server. `streamlit run app.py` still starts the same pages,
uncompressed and without the API.
"""

import threading
from contextlib import asynccontextmanager
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from service.api import API_ROUTES
from service.compression import CompressedOnce, Kept
from service.preload import PreloadInPage, preload_links

BUNDLE = Path(st.__file__).parent / "static"
KEPT = Kept()


@asynccontextmanager
async def compress_the_bundle(_app):
    # In the background: the server answers at once, and the bundle is ready compressed in a few seconds.
    threading.Thread(target=KEPT.warm, args=(BUNDLE,), name="compress-bundle", daemon=True).start()
    yield


app = st.App(
    Path(__file__).with_name("app.py"),
    routes=API_ROUTES,
    # The outer one first: the page gets its preload link, then it is compressed.
    middleware=[Middleware(CompressedOnce, kept=KEPT), Middleware(PreloadInPage, links=preload_links(BUNDLE))],
    lifespan=compress_the_bundle,
)
