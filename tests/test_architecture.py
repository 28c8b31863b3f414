"""The house rules that hold across files: pages only compose, the data layer knows no Streamlit or Plotly."""

import ast
import re
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
    # No business rules: pages reach the data only through the view models (datalayer.viewmodels) and the
    # vocabulary, never the domain or the loaders.
    assert not {m for m in modules if m.startswith(("datalayer.domain", "datalayer.loading"))}


@pytest.mark.parametrize("path", DATA_LAYER, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_data_layer_is_free_of_streamlit_and_plotly(path):
    assert not {m for m in imported_modules(path) if m.split(".")[0] in ("streamlit", "plotly")}


# The floors, lowest first: a module imports only from its own floor or below, never up.
FLOORS = (
    ("datalayer.vocab",),
    ("datalayer.loading",),
    ("datalayer.domain",),
    ("datalayer.words",),
    ("datalayer.viewmodels",),
    ("datalayer.curation", "datalayer.curator", "datalayer.watch", "datalayer.__main__", "figures"),
    ("components",),
    ("service",),  # the HTTP layer: it reads addresses as the pages do (components.widgets.url_state)
    ("pages", "app", "serve"),
)
LAYERED = sorted(
    [
        *(ROOT / "datalayer").rglob("*.py"),
        *(ROOT / "figures").rglob("*.py"),
        *(ROOT / "components").rglob("*.py"),
        *(ROOT / "service").rglob("*.py"),
        ROOT / "serve.py",
        *PAGE_FILES,
    ]
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def floor_of(module: str) -> int | None:
    for level, prefixes in enumerate(FLOORS):
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return level
    return None


@pytest.mark.parametrize("path", LAYERED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_one_on_a_higher_floor(path):
    # The package's own __init__ (module "datalayer") sits below every floor: it runs before any of them.
    own = (floor_of(module_name(path)) or 0) if path not in PAGE_FILES else len(FLOORS) - 1
    up = {m for m in imported_modules(path) if (floor_of(m) or 0) > own}
    assert not up, f"{module_name(path)} (floor {own}) imports from a higher floor: {sorted(up)}"


def test_no_two_modules_import_each_other():
    names = {module_name(p): p for p in LAYERED if p not in PAGE_FILES}
    imports = {name: {m for m in imported_modules(path) if m in names} for name, path in names.items()}
    pairs = {tuple(sorted((a, b))) for a, targets in imports.items() for b in targets if a in imports.get(b, ())}
    assert not pairs


def test_figures_draw_without_streamlit_and_the_data_layer_knows_no_figures():
    for path in (ROOT / "figures").rglob("*.py"):
        assert not {m for m in imported_modules(path) if m.split(".")[0] == "streamlit"}, path
    for path in DATA_LAYER:
        assert not {m for m in imported_modules(path) if m.split(".")[0] in ("figures", "components")}, path


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.key)
def test_a_page_says_who_it_is_once_through_its_identity(page):
    """Widget keys come from page.widget(...), the heading from page.title: no page retypes its own name."""
    tree = ast.parse((ROOT / page.file).read_text(encoding="utf-8"))
    literals = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert not [t for t in literals if t.startswith(f"{page.key}_") or t in (page.key, page.title)]


# Three words in a row, as prose has them (markup, style and script text are not prose).
PROSE = re.compile(r"\b[A-Za-z][a-z']+(?: +|, +)[A-Za-z][a-z']+(?: +|, +)[A-Za-z]?[a-z']+\b")
NOT_PROSE = re.compile(r"[{};]\s*$|<\w+|:\s*[\w-]+;")
# Everything that composes what a reader sees: pages, components, view models and figures.
COMPOSERS = sorted(
    [
        *(ROOT / "components").rglob("*.py"),
        *PAGE_FILES,
        *(ROOT / "datalayer" / "viewmodels").rglob("*.py"),
        *(ROOT / "figures").rglob("*.py"),
    ]
)
# A programming error's message is for the developer who broke a contract, not for a reader.
DEVELOPER_ERRORS = {"ValueError", "TypeError", "KeyError", "AssertionError", "RuntimeError", "ChartSpecError"}
# The golden transcript's bracketed tags ('[compare bottom line]') tell a reviewer where a line comes from.
REVIEW_TOOLS = {ROOT / "datalayer" / "viewmodels" / "transcript.py"}


def written_text(path: Path) -> list[tuple[int, str]]:
    """Every string a module writes (f-strings whole), leaving out docstrings and log messages."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                skipped.add(id(first.value))
        if isinstance(node, ast.JoinedStr):
            skipped |= {id(v) for v in node.values}
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOG_CALLS:
            skipped |= {id(a) for a in node.args}
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name):
            if node.exc.func.id in DEVELOPER_ERRORS:
                skipped |= {id(n) for a in node.exc.args for n in ast.walk(a)}
    texts = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            texts.append((node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)))
    return texts


LOG_CALLS = {"debug", "info", "warning", "exception"}


@pytest.mark.parametrize(
    "path", [p for p in COMPOSERS if p not in REVIEW_TOOLS], ids=lambda p: str(p.relative_to(ROOT))
)
def test_no_page_component_view_model_or_figure_writes_a_sentence(path):
    """Sentences, titles, headings and help texts come from datalayer.words: one room for every word a reader
    sees (the room translations plug into)."""
    prose = [(line, text) for line, text in written_text(path) if PROSE.search(text) and not NOT_PROSE.search(text)]
    assert not prose, f"{path.name} writes its own words (move them to datalayer/words): {prose}"


def test_only_the_domain_resolves_a_scopes_members():
    """A scope is resolved in the domain (scope.resolve, once per request; scope_members_by_date for a timeline):
    nothing else reads a bloc's or region's members."""
    callers = []
    for path in LAYERED:
        if module_name(path).startswith("datalayer.domain"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        if names & {"scope_members", "bloc_members_as_of", "region_members", "disputed_members"}:
            callers.append(module_name(path))
    assert not callers
