"""The shipped world geometry: which countries the map draws, and a marker point for each country.

The points are computed with geopandas when the geometry changes (`python -m datalayer --refresh-points`) and
shipped as static/topojson/marker_points.csv, so the running app reads a small table and never loads the
geometry stack (about 100 MB of memory per server process)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # geopandas is imported where a function needs it: the server never loads it
    import geopandas as gpd

# Below this land area a state is a speck (or absent) on a world map, so it also gets a marker.
SMALL_STATE_KM2 = 30_000
_EQUAL_AREA = "ESRI:54009"  # Mollweide: areas in m² are comparable across latitudes
# The same, centred on the antimeridian, so a part that crosses it, written from 180 to 190 degrees east, is one
# piece.
_EQUAL_AREA_AT_ANTIMERIDIAN = "+proj=moll +lon_0=180 +datum=WGS84 +units=m +no_defs"
HALF_WORLD_DEG, POLAR_DEG = 180, 85


def east_of_180(coordinates: np.ndarray) -> np.ndarray:
    """(lon, lat) rows with western longitudes written east of 180: a part that crosses the antimeridian, as one
    piece."""
    shifted = coordinates.copy()
    shifted[:, 0] = (shifted[:, 0] + 360) % 360
    return shifted


def drawn_iso3(topojson_path: Path) -> frozenset[str]:
    """ISO3 ids of the countries a Plotly topology file draws."""
    topology = json.loads(topojson_path.read_text(encoding="utf-8"))
    return frozenset(g["id"] for g in topology["objects"]["countries"]["geometries"] if g.get("id"))


def read_countries(topojson_path: Path) -> gpd.GeoDataFrame:
    """Country polygons (iso3, geometry) in lon/lat from a Plotly topology file."""
    import geopandas as gpd

    countries = gpd.read_file(topojson_path, layer="countries")
    return countries.rename(columns={"id": "iso3"})[["iso3", "geometry"]].set_crs(4326, allow_override=True)


def country_points(
    detail: gpd.GeoDataFrame,
    drawn: frozenset[str],
    max_area_km2: float = SMALL_STATE_KM2,
) -> pd.DataFrame:
    """A representative point for every country, inside its largest part (so Russia's lands on the
    mainland, not an Arctic island); `small` marks the ones that are specks or not drawn at world scale,
    which the map also draws as markers."""
    # Some countries come as several features (Spain and the Canaries, Ecuador and the Galápagos): one row each,
    # its area the sum of its parts, its point in its largest part. A part that crosses the antimeridian is
    # measured across it: read as it is written, it spans the globe (Fiji as 850,000 km² in the Atlantic).
    parts = detail[["iso3", "geometry"]].explode(index_parts=False).reset_index(drop=True)
    # (A part that reaches a pole, Antarctica, spans every longitude and crosses nothing.)
    bounds = parts.geometry.bounds
    crossing = (bounds["maxx"] - bounds["minx"] > HALF_WORLD_DEG) & (bounds["miny"] > -POLAR_DEG)
    import shapely

    parts.loc[crossing, "geometry"] = shapely.transform(parts.geometry[crossing].to_numpy(), east_of_180)
    # Each part measured in a projection whose seam it does not cross.
    parts["part_km2"] = (
        parts.geometry.to_crs(_EQUAL_AREA).area.where(
            ~crossing, parts.geometry.to_crs(_EQUAL_AREA_AT_ANTIMERIDIAN).area
        )
        / 1e6
    )
    area_km2 = parts.groupby("iso3")["part_km2"].sum()
    largest = parts.loc[parts.groupby("iso3")["part_km2"].idxmax()].set_index("iso3").geometry
    points = largest.representative_point()
    table = pd.DataFrame(
        {
            "iso3": points.index.to_numpy(),
            "lon": ((points.x + 180) % 360 - 180).round(3).to_numpy(),  # back to -180..180
            "lat": points.y.round(3).to_numpy(),
            "area_km2": area_km2.reindex(points.index).round(0).to_numpy(),
            "drawn": points.index.isin(drawn),
        }
    )
    return table.assign(small=(table["area_km2"] < max_area_km2) | ~table["drawn"])


POINT_COLUMNS = ["iso3", "lon", "lat", "area_km2", "drawn", "small"]


def write_marker_points(detail_topojson: Path, map_topojson: Path, path: Path) -> pd.DataFrame:
    """Computes every country's marker point from the geometry and writes the shipped table."""
    points = country_points(read_countries(detail_topojson), drawn_iso3(map_topojson))[POINT_COLUMNS]
    points.to_csv(path, index=False, lineterminator="\n")
    return points


def load_marker_points(path: Path) -> pd.DataFrame:
    """The shipped marker points (see write_marker_points): plain pandas, no geometry stack."""
    return pd.read_csv(path, keep_default_na=False, dtype={"iso3": str, "drawn": bool, "small": bool})
