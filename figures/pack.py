"""The briefing pack as a PowerPoint file a room can read: the title slide; the bottom line; one slide per
exhibit with its takeaway on the slide under a real title, the chart across the slide's width with text of at
least 18 pt, and its publishers in the footer; who signed, the states in both coalitions and what to watch as
native tables; the key facts; method and caveats; every source once, numbered and linked; the citation
(figures.deck builds the slides).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pandas as pd
from pptx.util import Inches, Pt

from datalayer.loading.rows import rows_of
from datalayer.viewmodels.briefing import KEY_FACTS, BriefingModel
from datalayer.viewmodels.exhibit import Exhibit, Source
from datalayer.vocab import APP_NAME
from datalayer.words import pack_lines
from datalayer.words.pack_lines import citation
from figures.deck import (
    BODY_PT,
    BODY_TOP,
    CONTENT_W,
    FOOTER_H,
    MARGIN,
    NAME_COLUMNS,
    NAMES_PER_COLUMN,
    SLIDE_H,
    TEXT_PT,
    add_exhibit_slide,
    add_footer,
    add_method_slides,
    add_slide,
    add_sources,
    add_table_slides,
    add_text,
    graded,
    new_deck,
    saved,
    source_numbers,
)


# --- Slides ----------------------------------------------------------------------------------------------------
def _bottom_line(deck, briefing: BriefingModel) -> None:
    slide = add_slide(
        deck,
        pack_lines.bottom_line_title(briefing.scope.label, briefing.as_of),
        " ".join(finding for finding, _ in briefing.bottom_line),
    )
    box = slide.shapes.add_textbox(MARGIN, BODY_TOP, CONTENT_W, SLIDE_H - BODY_TOP - FOOTER_H - Inches(0.2))
    frame = box.text_frame
    frame.word_wrap = True
    for i, (finding, source) in enumerate(briefing.bottom_line):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        paragraph.text = f"• {finding}"
        paragraph.runs[0].font.size = Pt(BODY_PT)
        paragraph.space_before = Pt(10) if i else Pt(0)
        note = frame.add_paragraph()
        note.text = f"   {pack_lines.source_note(source)}"
        note.runs[0].font.size, note.runs[0].font.italic = Pt(TEXT_PT), True
    add_footer(slide, pack_lines.checked_footer(briefing.checked_on))


def _who_signed(deck, briefing: BriefingModel) -> None:
    members, scope = briefing.members, briefing.scope.label
    note = pack_lines.who_signed_note(scope, briefing.as_of)
    ilrs = members[members["program"] == "ILRS"]
    add_table_slides(
        deck,
        pack_lines.who_signed_ilrs_title(scope),
        note,
        ["Partner", "Kind", "Signed", "Instrument", "Source · grade"],
        [
            [
                pack_lines.with_caveat(r.name, r.caveat),
                r.kind.replace("_", " "),
                r.date,
                r.instrument,
                f"{r.source_publisher}{graded(Source(r.source_publisher, r.source_url, '', r.source_grade))}",
            ]
            for r in rows_of(ilrs)
        ],
        [4, 1.3, 1.3, 3.2, 3],
        pack_lines.ILRS_SIGNED_FOOTER,
    )
    accords = members[members["program"] != "ILRS"]
    names = [pack_lines.signatory_cell(r.name, r.date, r.caveat) for r in rows_of(accords)]
    per_slide = NAMES_PER_COLUMN * NAME_COLUMNS
    rows = []
    for start in range(0, max(len(names), 1), per_slide):
        block = names[start : start + per_slide]
        rows += [
            [
                block[i + c * NAMES_PER_COLUMN] if i + c * NAMES_PER_COLUMN < len(block) else ""
                for c in range(NAME_COLUMNS)
            ]
            for i in range(min(NAMES_PER_COLUMN, len(block)))
        ]
    add_table_slides(
        deck,
        pack_lines.who_signed_accords_title(scope),
        note,
        ["Signatory (signed)"] * NAME_COLUMNS,
        rows,
        [1] * NAME_COLUMNS,
        pack_lines.ARTEMIS_SIGNED_FOOTER,
        per_slide=NAMES_PER_COLUMN,
    )
    both = briefing.both
    add_table_slides(
        deck,
        pack_lines.in_both_title(scope),
        pack_lines.BOTH_SIGNED_SUBTITLE,
        ["State", "ILRS", "Artemis Accords", "First"],
        [[r.country, r.ilrs_signed, r.artemis_signed, r.first] for r in rows_of(both)],
        [3, 2, 2, 2],
        pack_lines.BOTH_SIGNED_FOOTER,
    )


def _what_to_watch(deck, briefing: BriefingModel) -> None:
    watch = briefing.watch
    add_table_slides(
        deck,
        pack_lines.WATCH_SLIDE_TITLE,
        pack_lines.WATCH_SLIDE_SUBTITLE,
        ["Program", "Milestone", "Planned", "Note", "Source"],
        [[r.program_label, r.title, r.date, r.note, r.source_publisher] for r in rows_of(watch)],
        [1.4, 5, 1, 2.2, 2.2],
        pack_lines.PLANNED_DATES_NOTE,
        per_slide=8,
    )


def _key_facts(deck, facts: pd.DataFrame) -> None:
    programs = list(dict.fromkeys(facts["program"]))
    cells = facts.set_index(["fact", "program"])["value"]
    rows = [[fact, *[str(cells.get((fact, p), "–")) for p in programs]] for fact in dict.fromkeys(facts["fact"])]
    add_table_slides(
        deck,
        pack_lines.KEY_FACTS_TITLE,
        pack_lines.key_facts_note(len(rows)),
        ["Fact", *programs],
        rows,
        [1.6, 4, 4],
        pack_lines.KEY_FACTS_FOOTER,
        per_slide=5,
    )


def _properties(deck, briefing: BriefingModel) -> None:
    core = deck.core_properties
    core.title = briefing.title
    core.subject = pack_lines.deck_subject(briefing.scope.label, briefing.as_of)
    core.author = core.last_modified_by = APP_NAME
    core.keywords = "ILRS; Artemis Accords; lunar; briefing"
    core.comments = briefing.subtitle
    core.created = core.modified = datetime.combine(briefing.checked_on, datetime.min.time())
    core.revision = 1


def briefing_pptx(briefing: BriefingModel, address: str, picture: Callable[[Exhibit], bytes]) -> bytes:
    """The pack for `briefing`; `picture` draws each exhibit's chart for the pack (see export.chart_picture)."""
    deck = new_deck()
    cite = citation(briefing.checked_on, address)
    title = add_slide(deck, briefing.title, pack_lines.title_notes(briefing.scope.label, briefing.subtitle, address))
    add_text(
        title,
        MARGIN,
        Inches(1.4),
        CONTENT_W,
        Inches(1.8),
        pack_lines.title_block(briefing.scope.label, briefing.subtitle, address),
        20,
    )
    _bottom_line(deck, briefing)
    numbers = source_numbers(briefing.sources)
    by_key = {e.key: e for e in briefing.exhibits}
    for key in briefing.slides:
        if key == KEY_FACTS:
            _key_facts(deck, briefing.key_facts)
        else:
            add_exhibit_slide(deck, by_key[key], picture(by_key[key]), numbers)
    _who_signed(deck, briefing)
    _what_to_watch(deck, briefing)
    add_method_slides(deck, briefing.method)
    add_sources(deck, briefing.sources)
    closing = add_slide(deck, pack_lines.HOW_TO_CITE, cite)
    add_text(closing, MARGIN, Inches(1.4), CONTENT_W, Inches(2), cite, 20)
    _properties(deck, briefing)
    return saved(deck)
