"""How to read the numbers: the one text the /sources page shows under "Method and caveats" and the briefing
pack puts on its method slide."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from datalayer import vocab
from datalayer.loading.datasets import CHECKS, CLAIM_NAMES, PARTNERS, REPORTED_COUNTS
from datalayer.loading.paths import DATA_DIR
from datalayer.loading.tables import Tables
from datalayer.loading.transform import as_written
from datalayer.viewmodels.common import ViewModel
from datalayer.words import method
from datalayer.words.method import written_method

CHECKING_FILE = DATA_DIR / "CHECKING.md"  # the written method of checking, shown as written
USES = tuple(d.key for d in (PARTNERS, REPORTED_COUNTS, CLAIM_NAMES, CHECKS))


@dataclass(frozen=True, eq=False, kw_only=True)
class MethodModel(ViewModel):
    method: tuple[tuple[str, str], ...]
    scopes: pd.DataFrame  # every bloc scope: its name, which roles it takes, and its definition
    checking: str  # data/CHECKING.md, our own text
    checks: pd.DataFrame  # every check of every file, newest first


def method_model(tables: Tables) -> MethodModel:
    scopes = pd.DataFrame(
        [
            # The scope's name is the link's text (after '#'): the map in that scope.
            {"scope": f"map?bloc={b.slug}#{b.label}", "roles": ", ".join(b.roles), "definition": b.definition}
            for b in vocab.BLOCS
        ]
    )
    checks = as_written(tables.checks.sort_values("date_start", ascending=False, kind="stable"))
    checks = checks.assign(dataset=checks["dataset"].map(method.dataset_title))
    return MethodModel(
        method=written_method(), scopes=scopes, checking=CHECKING_FILE.read_text(encoding="utf-8"), checks=checks
    )
