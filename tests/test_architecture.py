"""The house rules that hold across files: pages only compose, the data layer knows no Streamlit or Plotly."""
import ast
from pathlib import Path

import pytest

from components.navigation import PAGES
from datalayer.loading.paths import ROOT

PAGE_FILES = [ROOT / page.file for page in PAGES]
DATA_LAYER = sorted((ROOT / "datalayer").rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_pages_only_compose_widgets_view_models_and_renderers(path):
    modules = imported_modules(path)
    assert not {m for m in modules if m.split(".")[0] in ("pandas", "plotly", "numpy", "geopandas")}
    # No business rules: pages reach the data only through the view models (datalayer.views) and the
    # vocabulary, never the domain or the loaders.
    assert not {m for m in modules if m.startswith(("datalayer.domain", "datalayer.loading"))}


@pytest.mark.parametrize("path", DATA_LAYER, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_data_layer_is_free_of_streamlit_and_plotly(path):
    assert not {m for m in imported_modules(path) if m.split(".")[0] in ("streamlit", "plotly")}
