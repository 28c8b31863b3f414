"""Who signed last: each coalition's newest member, said alike for both."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.events import ACCORDS_SIGNING, ILRS_SIGNING, LastSigning
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun, ordinal


def signing_pulse(signings: tuple[LastSigning, ...], as_of: date) -> tuple[str, ...]:
    """Each coalition's newest state signing, said alike for both; a side quiet for a year or more says so."""
    lines = []
    for last in signings:
        subject, noun = (
            ("The ILRS's", "member state") if last.side == vocab.ILRS else ("The Artemis Accords'", "signatory")
        )
        when = f"{'on' if len(last.date) == 10 else 'in'} {written_date(last.date)}"
        months = count_noun(last.months_ago, "month")
        tail = (
            f": no new {noun} in the {months} to {written_date(as_of)}."
            if last.months_ago >= 12
            else f", {months} before {written_date(as_of)}."
        )
        lines.append(f"{subject} newest {noun} is {last.name}, which signed {when}{tail}")
    return tuple(lines)


def event_sentence(kind: str, subject: str, order: float, instrument: str) -> str:
    """'Kazakhstan signed the Artemis Accords as the 69th signatory', 'Senegal signed with the ILRS (a
    memorandum)', a milestone's own title."""
    if kind == ACCORDS_SIGNING:
        place = f" as the {ordinal(int(order))} signatory" if pd.notna(order) else ""
        return f"{subject} signed the Artemis Accords{place}"
    if kind == ILRS_SIGNING:
        return f"{subject} signed with the ILRS ({instrument})"
    return subject


def described(events: pd.DataFrame) -> pd.DataFrame:
    """Events (domain.events) as a reader sees them: each as a sentence (`event`) instead of its parts."""
    said = [
        event_sentence(k, s, o, i)
        for k, s, o, i in zip(events["kind"], events["subject"], events["order"], events["instrument"], strict=True)
    ]
    shown = [c for c in events.columns if c not in ("kind", "subject", "order", "instrument")]
    return events[shown].assign(event=said)[["event", *shown]]
