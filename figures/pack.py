"""The briefing pack as a PowerPoint file: a title slide, one slide per exhibit in briefing order (the chart as a
16:9 picture under a native title, its summary as speaker notes, its sources in a footer), the key facts as a
native table, every source once, and a closing slide with the citation."""
from __future__ import annotations

import io
from collections.abc import Callable

import pandas as pd
from pptx import Presentation
from pptx.util import Emu, Inches, Pt

from figures.slide import source_line
from datalayer.viewmodels.briefing import KEY_FACTS, KEY_FACTS_TITLE, Briefing, citation
from datalayer.viewmodels.exhibit import Exhibit

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.5)
TITLE_H, SUBTITLE_H, FOOTER_H = Inches(0.8), Inches(0.45), Inches(0.5)
SOURCES_PER_SLIDE = 16
BLANK_LAYOUT = 6  # the default template's blank layout


def _text(slide, left, top, width, height, text: str, size: int, bold: bool = False):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.bold = Pt(size), bold
    return box


def _slide(deck, title: str, notes: str):
    slide = deck.slides.add_slide(deck.slide_layouts[BLANK_LAYOUT])
    box = _text(slide, MARGIN, Inches(0.3), SLIDE_W - 2 * MARGIN, TITLE_H, title, 30, bold=True)
    box.name = "Title"
    slide.notes_slide.notes_text_frame.text = notes
    return slide


def _footer(slide, text: str) -> None:
    _text(slide, MARGIN, SLIDE_H - FOOTER_H - Inches(0.1), SLIDE_W - 2 * MARGIN, FOOTER_H, text, 11).name = "Footer"


def _exhibit_slide(deck, exhibit: Exhibit, picture: bytes) -> None:
    slide = _slide(deck, exhibit.title, exhibit.summary)
    _text(slide, MARGIN, Inches(1.05), SLIDE_W - 2 * MARGIN, SUBTITLE_H, exhibit.subtitle, 16)
    top = Inches(1.55)
    height = SLIDE_H - top - FOOTER_H - Inches(0.15)
    width = Emu(int(height * 16 / 9))  # the picture keeps its 16:9 shape
    slide.shapes.add_picture(io.BytesIO(picture), int((SLIDE_W - width) / 2), top, width, height)
    _footer(slide, source_line([s.publisher for s in exhibit.sources]))


def _key_facts_slide(deck, facts: pd.DataFrame, footer: str) -> None:
    programs = list(dict.fromkeys(facts["program"]))
    rows = list(dict.fromkeys(facts["fact"]))
    slide = _slide(deck, KEY_FACTS_TITLE, f"{len(rows)} facts, each cell with its source on the sources slides.")
    shape = slide.shapes.add_table(len(rows) + 1, len(programs) + 1, MARGIN, Inches(1.1), SLIDE_W - 2 * MARGIN,
                                   SLIDE_H - Inches(1.8))
    table = shape.table
    table.columns[0].width = Inches(2.2)
    for j, program in enumerate(programs, start=1):
        table.columns[j].width = int((SLIDE_W - 2 * MARGIN - Inches(2.2)) / len(programs))
    cells = facts.set_index(["fact", "program"])["value"]
    for j, heading in enumerate(["Fact", *programs]):
        table.cell(0, j).text = heading
    for i, fact in enumerate(rows, start=1):
        table.cell(i, 0).text = fact
        for j, program in enumerate(programs, start=1):
            table.cell(i, j).text = str(cells.get((fact, program), "–"))
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(8)
    _footer(slide, footer)


def briefing_pptx(briefing: Briefing, address: str, picture: Callable[[Exhibit], bytes]) -> bytes:
    """The pack for `briefing`; `picture` draws each exhibit's chart (see export.chart_picture)."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    cite = citation(briefing.checked_on, address)
    title = _slide(deck, briefing.title, f"Briefing for {briefing.scope.label}. {briefing.subtitle}. View: {address}")
    _text(title, MARGIN, Inches(1.4), SLIDE_W - 2 * MARGIN, Inches(1.6),
          f"Scope: {briefing.scope.label}\n{briefing.subtitle}\nView: {address}", 20)
    by_key = {e.key: e for e in briefing.exhibits}
    for key in briefing.slides:
        if key == KEY_FACTS:
            _key_facts_slide(deck, briefing.key_facts,
                             source_line(list(briefing.key_facts["source_publisher"])))
        else:
            _exhibit_slide(deck, by_key[key], picture(by_key[key]))
    sources = briefing.sources
    pages = max(1, -(-len(sources) // SOURCES_PER_SLIDE))
    for page in range(pages):
        chunk = sources[page * SOURCES_PER_SLIDE:(page + 1) * SOURCES_PER_SLIDE]
        slide = _slide(deck, f"Sources ({page + 1} of {pages})",
                       f"Every source the slides rest on, once: {len(sources)} in all.")
        lines = [f"{s.publisher}{', ' + s.date if s.date else ''}: {s.url}" if s.url else s.publisher for s in chunk]
        _text(slide, MARGIN, Inches(1.1), SLIDE_W - 2 * MARGIN, SLIDE_H - Inches(1.6), "\n".join(lines), 11)
    closing = _slide(deck, "How to cite this briefing", cite)
    _text(closing, MARGIN, Inches(1.4), SLIDE_W - 2 * MARGIN, Inches(2), cite, 20)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
