"""The Plotly config every chart is shown with, and the same local topology for server-side image export."""

import plotly.io as pio

from datalayer.loading.paths import STATIC_ROUTE, TOPOJSON_DIR

# Relative to the page URL, so it resolves to <base>/app/static/ under every page and base path:
# the topology is served by Streamlit's static serving from static/topojson, never from a CDN.
TOPOJSON_URL = f"{STATIC_ROUTE}topojson/"
# A figure rendered on the server (an image export) reads the same files from disk instead of Plotly's CDN.
SERVER_TOPOJSON_URL = TOPOJSON_DIR.as_uri() + "/"
pio.defaults.topojson = SERVER_TOPOJSON_URL

PLOTLY_CONFIG = {
    "topojsonURL": TOPOJSON_URL,
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},  # crisp slides for briefings
}
