"""How good a claim's evidence is, in the words every surface shows beside it: the source's grade and our
confidence (data/CHECKING.md), and how many of a count's members rest on a lead only."""

from __future__ import annotations

import pandas as pd

from datalayer import vocab

EVIDENCE = "evidence"  # the column a table shows the words in


def evidence_words(grade: str, confidence: str) -> str:
    """'wire or state news agency; high confidence', 'lead only, unconfirmed; low confidence'; a part that is not
    known (a project-built cell has neither) is left out."""
    parts = [vocab.SOURCE_GRADES.get(grade, grade) if grade else "", f"{confidence} confidence" if confidence else ""]
    return "; ".join(p for p in parts if p)


def with_evidence(table: pd.DataFrame) -> pd.DataFrame:
    """`table` with its evidence in words, from its `source_grade` and `confidence` columns."""
    return table.assign(
        **{EVIDENCE: [evidence_words(g, c) for g, c in zip(table["source_grade"], table["confidence"], strict=True)]}
    )


def unconfirmed(table: pd.DataFrame) -> int:
    """How many rows rest on a lead only."""
    return int((table["source_grade"] == vocab.LEAD_ONLY).sum()) if "source_grade" in table else 0
