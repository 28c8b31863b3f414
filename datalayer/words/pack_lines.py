"""The briefing pack's own words: its title, slide titles, notes, footers and the citation."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.vocab import APP_NAME
from datalayer.words.dates import written_date
from datalayer.words.grammar import capitalised, count_noun, listed, ordinal

# --- Titles, notes and labels ---------------------------------------------------------------------------------
PLANNED_DATES_NOTE = "Dates as their sources state them; a plan is not a fact."
KEY_FACTS_FOOTER = "Every cell with its source: the sources slides"
ARTEMIS_SIGNED_FOOTER = "Every row with its source: data/artemis_accords.csv"
ILRS_SIGNED_FOOTER = "Every row with its source: the sources slides and data/ilrs_partners.csv"
HOW_TO_CITE = "How to cite this briefing"
METHOD_SLIDE_SUBTITLE = "How to read the numbers: the same text as the dashboard's Data & sources page."
KEY_FACTS_TITLE = "Key facts: ILRS and Artemis Accords side by side"
METHOD_SLIDE_FOOTER = "Method: data/CHECKING.md and the Data & sources page"
NONE_IN_SCOPE = "None in this scope on the date."
BOTH_SIGNED_FOOTER = "Our count: both files, each coalition with its lead"
WATCH_SLIDE_SUBTITLE = "Planned milestones of both programs, earliest first, with the source of each date."
OUR_DATA_SOURCE = f"Source: {APP_NAME}'s curated data"
OUR_DATA_SOURCE_LINE = f"{OUR_DATA_SOURCE} (every row with its source)"
BOTH_SIGNED_SUBTITLE = "States that signed both, with both dates."
WATCH_SLIDE_TITLE = "What to watch: the next planned milestones"


def pack_title(scope_label: str) -> str:
    return f"{APP_NAME} briefing: {scope_label}"


def pack_subtitle(as_of: date, checked_on: date, stale: str | None) -> str:
    line = f"As of {written_date(as_of)} · data checked to {written_date(checked_on)}"
    return f"{line} · {stale}" if stale else line


def citation(checked_on: date, address: str, accessed: date | None = None) -> str:
    """The suggested citation of what is on screen: 'ILRS Tracker, data version 2026-12-06 (checked to 6 December
    2026), <address>, accessed 7 December 2026'. The version is the data's check date; with the address's As of,
    it reproduces the view as cited."""
    when = f", accessed {written_date(accessed)}" if accessed else ""
    return f"{APP_NAME}, data version {checked_on.isoformat()} (checked to {written_date(checked_on)}), {address}{when}"


def place_in_order(order: float) -> str:
    """An Accords signing in a who-signed table: 'the 68th signatory', or the Accords when NASA's place is unknown."""
    return f"the {ordinal(int(order))} signatory" if pd.notna(order) else "Artemis Accords"


def not_reported_done(as_of: date) -> str:
    return f"not reported done by {written_date(as_of)}"


SOURCES_TITLE, METHOD_TITLE = "Sources", "Method and caveats"


def part_title(title: str, part: int, parts: int, always: bool = False) -> str:
    """'Who signed the ILRS: BRICS (2 of 3)'; a title of one part stays as it is unless `always`."""
    return f"{title} ({part} of {parts})" if parts > 1 or always else title


def grade_suffix(grade: str) -> str:
    """' · wire': a source's grade beside its name, where it has one."""
    return f" · {vocab.SOURCE_GRADES_SHORT[grade]}" if grade else ""


def publishers_line(cited: list[str], more: int) -> str:
    """'Sources [3] TASS; [5] Xinhua and 12 more': a slide's footer."""
    return "Sources " + "; ".join(cited) + (f" and {more} more" if more else "")


def sources_subtitle(count: int) -> str:
    return f"Every source the slides rest on, once, numbered as the footers cite them: {count} in all."


def source_entry(number: int, publisher: str, day: str, grade: str) -> str:
    """'[3] TASS, 2025-04-29 · wire'."""
    return f"[{number}] {publisher}{', ' + day if day else ''}{grade_suffix(grade)}"


def bottom_line_title(scope_label: str, as_of: date) -> str:
    return f"Bottom line: {scope_label}, {written_date(as_of)}"


def source_note(source: str) -> str:
    return f"Source: {source}"


def checked_footer(checked_on: date) -> str:
    return f"{APP_NAME} · data checked to {written_date(checked_on)}"


def who_signed_note(scope_label: str, as_of: date) -> str:
    return f"Everyone who signed, within {scope_label}, as of {written_date(as_of)}; the lead is not a partner."


def who_signed_ilrs_title(scope_label: str) -> str:
    return f"Who signed the ILRS: {scope_label}"


def who_signed_accords_title(scope_label: str) -> str:
    return f"Who signed the Artemis Accords: {scope_label}"


def in_both_title(scope_label: str) -> str:
    return f"In both coalitions: {scope_label}"


def with_caveat(name: str, caveat: str) -> str:
    """A member in a who-signed table, with what a reader should weigh: 'Malta (unconfirmed: …)'."""
    return f"{name} ({caveat})" if caveat else name


def signatory_cell(name: str, day: str, caveat: str) -> str:
    """'Botswana (2026-06)', 'Malta (2026; unconfirmed: …)'."""
    return f"{name} ({day}{'; ' + caveat if caveat else ''})"


def key_facts_note(count: int) -> str:
    return f"{count} facts, each cell with its source on the sources slides."


def deck_subject(name: str, as_of: date) -> str:
    """The file's subject property: 'BRICS members, as of 7 December 2026'."""
    return f"{name}, as of {written_date(as_of)}"


def title_notes(scope_label: str, subtitle: str, address: str) -> str:
    return f"Briefing for {scope_label}. {subtitle}. View: {address}"


def title_block(scope_label: str, subtitle: str, address: str) -> str:
    return f"Scope: {scope_label}\n{subtitle}\nView: {address}"


def country_pack_title(name: str) -> str:
    return f"{name}: the ILRS and the Artemis Accords"


def country_title_notes(summary: str, line: str, address: str) -> str:
    return f"{summary} {line}. View: {address}"


def view_block(line: str, address: str) -> str:
    return f"{line}\nView: {address}"


def country_deck_title(name: str) -> str:
    return f"{APP_NAME}: {name}"


SCOPE_HEADING = "The scope"


def group_definition(scope: Scope, members: list[str], most_listed: int) -> str:
    """ "The group 'Sahel' was built by the reader, not taken from a bloc in our data: 4 states, Chad, …"."""
    return (
        f"{capitalised(scope.name)} was built by the reader, not taken from a bloc in our data: "
        f"{count_noun(len(members), 'state')}, {listed(members, limit=most_listed)}."
    )
