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

LEAD = vocab.LEADS[vocab.ILRS].name

METHOD = (
    (
        "What counts as a member",
        "An ILRS partner is a state, international organization or institution with a signed ILRS document that a "
        "source we could read reports. Announcements, applications and payloads on Chang'e missions are weaker ties, "
        "shown apart and never counted. An Artemis Accords signatory is a state whose signing is dated in a source.",
    ),
    (
        "The lead",
        f"{LEAD} leads the ILRS and is never counted as its own partner. Where the two coalitions are compared as "
        f"wholes, each includes its lead ({LEAD}, the United States), and every tile says which rule it follows.",
    ),
    (
        "Our count and officials' figures",
        "Officials' totals are their own series, never mixed with our count. They run higher: officials count ties "
        "whose signing no public source reports, and may count agencies or institutions as organizations.",
    ),
    (
        "Blocs and regions",
        "A scope keeps the states that were members of the bloc on the As of date. The 50 / 500 / 5,000 targets and "
        "officials' figures are world-wide: under a scope they are shown for reference, beside the scope's share.",
    ),
    (
        "Confidence",
        "High: the original outlet, dated. Medium: a reliable secondary outlet, or an approximate date. Low: a single "
        "weak source, or sources that conflict; its notes say why. A code file, a rewrite site or an AI summary is a "
        "lead, never a source.",
    ),
    (
        "Projections and scenarios",
        "A projection repeats the pace seen so far; it is not a forecast. A scenario ('what if') adds states that have "
        "not signed; it is drawn apart and never joins the count.",
    ),
    (
        "The data cut-off",
        "Every file is checked against its sources at least monthly (data/CHECKING.md). Events after the date the data "
        "is checked to are not in it; the pages say so when a check is more than 30 days old.",
    ),
)

METHOD_TEXT = dict(METHOD)  # heading -> text: the tiles' help texts quote it
MEMBER, THE_LEAD, SCOPES = "What counts as a member", "The lead", "Blocs and regions"
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
            {"scope": b.label, "link": f"?bloc={b.slug}", "roles": ", ".join(b.roles), "definition": b.definition}
            for b in vocab.BLOCS
        ]
    )
    checks = as_written(tables.checks.sort_values("date_start", ascending=False, kind="stable"))
    return MethodModel(method=METHOD, scopes=scopes, checking=CHECKING_FILE.read_text(encoding="utf-8"), checks=checks)
