"""The Plotly config every chart is shown with."""

# Relative to the page URL, so it resolves to <base>/app/static/ under every page and base path:
# the topology is served by Streamlit's static serving from static/topojson, never from a CDN.
TOPOJSON_URL = "app/static/topojson/"

PLOTLY_CONFIG = {
    "topojsonURL": TOPOJSON_URL,
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},  # crisp slides for briefings
}
