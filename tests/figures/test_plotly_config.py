from pathlib import Path
from urllib.parse import urlparse

import plotly.io as pio

from figures.plotly_config import PLOTLY_CONFIG


def test_browser_and_server_both_draw_maps_from_the_shipped_topology():
    assert PLOTLY_CONFIG["topojsonURL"] == "app/static/topojson/"
    local = Path(urlparse(pio.defaults.topojson).path)
    assert (local / "world_110m.json").is_file() and (local / "world_50m.json").is_file()
