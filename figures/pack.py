"""The briefing pack as a PowerPoint file a room can read: the title slide; the bottom line; one slide per
exhibit with its takeaway on the slide under a real title, the chart across the slide's width with text of at
least 18 pt, and its publishers in the footer; who signed, the states in both coalitions and what to watch as
native tables; the key facts; method and caveats; every source once, numbered and linked; the citation.

Every text is 12 pt or more: a table that would need smaller type is split across slides instead.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import date, datetime

import pandas as pd
from pptx import Presentation
from pptx.util import Emu, Inches, Pt

from datalayer import vocab
from datalayer.loading.rows import rows_of
from datalayer.viewmodels.briefing import KEY_FACTS, KEY_FACTS_TITLE, BriefingModel, citation
from datalayer.viewmodels.charts import TableFigure
from datalayer.viewmodels.country import CountryModel
from datalayer.viewmodels.exhibit import Exhibit, Source
from datalayer.vocab import APP_NAME, PPTX
from datalayer.words.dates import written_date
from figures.media import MEDIA
from figures.table_figure import column_widths

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.5)
CONTENT_W = SLIDE_W - 2 * MARGIN
TITLE_ONLY = 5  # the default template's "Title Only" layout: a real title placeholder
TITLE_PT, TAKEAWAY_PT, BODY_PT, TEXT_PT = 28, 18, 16, 12  # TEXT_PT is the floor: nothing smaller
TITLE_TOP, TITLE_H = Inches(0.3), Inches(0.75)
BODY_TOP = Inches(1.15)
FOOTER_H = Inches(0.45)
TABLE_ROWS = 12  # rows of 12 pt text a slide holds under its title
NAMES_PER_COLUMN, NAME_COLUMNS = 12, 3
SOURCES_PER_SLIDE = 14
PUBLISHERS_IN_FOOTER = 4
QUOTE_ROWS = 5  # rows of a table of words (quotes wrap onto several lines) a slide holds under its takeaway
CELL_PADDING_CHARS = 4  # a table cell's inner margins, in characters: short columns ('Signatory') stay on one line
PRESENTATION_FORMAT = re.compile(rb"<PresentationFormat>[^<]*</PresentationFormat>")


# --- Text ------------------------------------------------------------------------------------------------------
def _style(frame, size: int, bold: bool = False) -> None:
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.bold = Pt(size), bold


def _text(slide, left, top, width, height, text: str, size: int, bold: bool = False, name: str = ""):
    box = slide.shapes.add_textbox(left, top, width, height)
    box.text_frame.word_wrap = True
    box.text_frame.text = text
    _style(box.text_frame, size, bold)
    if name:
        box.name = name
    return box


def _slide(deck, title: str, notes: str):
    """A slide whose title is the layout's title placeholder (PowerPoint's outline and accessibility checker
    read it), with speaker notes."""
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    heading = slide.shapes.title
    heading.left, heading.top, heading.width, heading.height = MARGIN, TITLE_TOP, CONTENT_W, TITLE_H
    heading.text_frame.text = title
    heading.text_frame.word_wrap = True
    _style(heading.text_frame, TITLE_PT, bold=True)
    heading.text_frame.paragraphs[0].alignment = 1  # left
    slide.notes_slide.notes_text_frame.text = notes
    return slide


def _footer(slide, text: str) -> None:
    _text(
        slide,
        MARGIN,
        SLIDE_H - FOOTER_H - Inches(0.05),
        CONTENT_W - Inches(1.2),
        FOOTER_H,
        text,
        TEXT_PT,
        name="Footer",
    )


def _numbered(deck) -> None:
    total = len(deck.slides)
    for number, slide in enumerate(deck.slides, start=1):
        _text(
            slide,
            SLIDE_W - MARGIN - Inches(1.1),
            SLIDE_H - FOOTER_H - Inches(0.05),
            Inches(1.1),
            FOOTER_H,
            f"{number} / {total}",
            TEXT_PT,
            name="Slide number",
        ).text_frame.paragraphs[0].alignment = 3  # right


def _source_numbers(sources: tuple[Source, ...]) -> dict[str, int]:
    return {(s.url or s.publisher): i for i, s in enumerate(sources, start=1)}


def graded(source: Source) -> str:
    """' · wire': a source's grade beside its name, where it has one."""
    return f" · {vocab.SOURCE_GRADES_SHORT[source.grade]}" if source.grade else ""


def _publishers_line(exhibit: Exhibit, numbers: dict[str, int]) -> str:
    """'Sources [3] TASS; [5] Xinhua; … and 12 more (numbered on the sources slides)'."""
    cited = list(
        dict.fromkeys(
            f"[{numbers[s.url or s.publisher]}] {s.publisher}{graded(s)}"
            for s in exhibit.sources
            if (s.url or s.publisher) in numbers and s.url
        )
    )
    if not cited:
        return "Source: ILRS Tracker's curated data (every row with its source)"
    more = len(cited) - PUBLISHERS_IN_FOOTER
    return "Sources " + "; ".join(cited[:PUBLISHERS_IN_FOOTER]) + (f" and {more} more" if more > 0 else "")


# --- Tables ----------------------------------------------------------------------------------------------------
def _table(slide, header: list[str], rows: list[list[str]], widths: list[float], top=BODY_TOP) -> None:
    height = Inches(0.36) * (len(rows) + 1)
    shape = slide.shapes.add_table(len(rows) + 1, len(header), MARGIN, top, CONTENT_W, height)
    table = shape.table
    total = sum(widths)
    for j, share in enumerate(widths):
        table.columns[j].width = int(CONTENT_W * share / total)
    for j, text in enumerate(header):
        table.cell(0, j).text = text
    for i, row in enumerate(rows, start=1):
        for j, text in enumerate(row):
            table.cell(i, j).text = str(text)
    for row in table.rows:
        for cell in row.cells:
            _style(cell.text_frame, TEXT_PT)


def _table_slides(
    deck,
    title: str,
    notes: str,
    header: list[str],
    rows: list[list[str]],
    widths: list[float],
    footer: str,
    per_slide: int = TABLE_ROWS,
    takeaway: str = "",
) -> None:
    """As many slides as the rows need at 12 pt, each titled with its part ('Who signed (2 of 3)'); a
    `takeaway` is written above the table on each."""
    parts = max(1, -(-len(rows) // per_slide))
    for part in range(parts):
        chunk = rows[part * per_slide : (part + 1) * per_slide]
        slide = _slide(deck, f"{title} ({part + 1} of {parts})" if parts > 1 else title, notes)
        if takeaway:
            _text(
                slide, MARGIN, BODY_TOP - Inches(0.05), CONTENT_W, Inches(0.95), takeaway, TAKEAWAY_PT, name="Takeaway"
            )
        if chunk:
            _table(slide, header, chunk, widths, top=Inches(2.3) if takeaway else BODY_TOP)
        else:
            _text(slide, MARGIN, BODY_TOP, CONTENT_W, Inches(1), "None in this scope on the date.", BODY_PT)
        _footer(slide, footer)


# --- Slides ----------------------------------------------------------------------------------------------------
def _bottom_line(deck, briefing: BriefingModel) -> None:
    slide = _slide(
        deck,
        f"Bottom line: {briefing.scope.label}, {written_date(briefing.as_of)}",
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
        note.text = f"   Source: {source}"
        note.runs[0].font.size, note.runs[0].font.italic = Pt(TEXT_PT), True
    _footer(slide, f"{APP_NAME} · data checked to {written_date(briefing.checked_on)}")


def _exhibit_slide(deck, exhibit: Exhibit, picture: bytes, numbers: dict[str, int]) -> None:
    slide = _slide(deck, exhibit.title, exhibit.summary)
    _text(
        slide, MARGIN, BODY_TOP - Inches(0.05), CONTENT_W, Inches(0.95), exhibit.summary, TAKEAWAY_PT, name="Takeaway"
    )
    _text(slide, MARGIN, Inches(2.1), CONTENT_W, Inches(0.35), exhibit.subtitle, TEXT_PT, name="Subtitle")
    medium = MEDIA[PPTX]
    top = Inches(2.5)
    height = Emu(int(CONTENT_W * (medium.height or 1) / (medium.width or 1)))
    image = slide.shapes.add_picture(io.BytesIO(picture), MARGIN, top, CONTENT_W, height)
    image.name = exhibit.title
    image._element.nvPicPr.cNvPr.set("descr", exhibit.summary)  # alt text: what a screen reader says
    _footer(slide, _publishers_line(exhibit, numbers))


def _table_exhibit_slides(deck, exhibit: Exhibit, numbers: dict[str, int]) -> None:
    """An exhibit made of words, as a native table: its takeaway above, its shown columns, its sources below."""
    assert isinstance(exhibit.chart, TableFigure)  # only a table figure's parts are drawn as a native table
    headers = exhibit.chart.headers
    rows = [[str(v) for v in row] for row in exhibit.table[list(headers)].itertuples(index=False)]
    _table_slides(
        deck,
        exhibit.title,
        exhibit.summary,
        list(headers.values()),
        rows,
        [w + CELL_PADDING_CHARS for w in column_widths(exhibit.table, headers)],
        _publishers_line(exhibit, numbers),
        per_slide=QUOTE_ROWS,
        takeaway=exhibit.summary,
    )


def _who_signed(deck, briefing: BriefingModel) -> None:
    members, scope = briefing.members, briefing.scope.label
    note = f"Everyone who signed, within {scope}, as of {written_date(briefing.as_of)}; the lead is not a partner."
    ilrs = members[members["program"] == "ILRS"]
    _table_slides(
        deck,
        f"Who signed the ILRS: {scope}",
        note,
        ["Partner", "Kind", "Signed", "Instrument", "Source · grade"],
        [
            [
                r.name + (f" ({r.caveat})" if r.caveat else ""),
                r.kind.replace("_", " "),
                r.date,
                r.instrument,
                f"{r.source_publisher}{graded(Source(r.source_publisher, r.source_url, '', r.source_grade))}",
            ]
            for r in rows_of(ilrs)
        ],
        [4, 1.3, 1.3, 3.2, 3],
        "Every row with its source: the sources slides and data/ilrs_partners.csv",
    )
    accords = members[members["program"] != "ILRS"]
    names = [f"{r.name} ({r.date}{'; ' + r.caveat if r.caveat else ''})" for r in rows_of(accords)]
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
    _table_slides(
        deck,
        f"Who signed the Artemis Accords: {scope}",
        note,
        ["Signatory (signed)"] * NAME_COLUMNS,
        rows,
        [1] * NAME_COLUMNS,
        "Every row with its source: data/artemis_accords.csv",
        per_slide=NAMES_PER_COLUMN,
    )
    both = briefing.both
    _table_slides(
        deck,
        f"In both coalitions: {scope}",
        "States that signed both, with both dates.",
        ["State", "ILRS", "Artemis Accords", "First"],
        [[r.country, r.ilrs_signed, r.artemis_signed, r.first] for r in rows_of(both)],
        [3, 2, 2, 2],
        "Our count: both files, each coalition with its lead",
    )


def _what_to_watch(deck, briefing: BriefingModel) -> None:
    watch = briefing.watch
    _table_slides(
        deck,
        "What to watch: the next planned milestones",
        "Planned milestones of both programs, earliest first, with the source of each date.",
        ["Program", "Milestone", "Planned", "Note", "Source"],
        [[r.program_label, r.title, r.date, r.note, r.source_publisher] for r in rows_of(watch)],
        [1.4, 5, 1, 2.2, 2.2],
        "Dates as their sources state them; a plan is not a fact.",
        per_slide=8,
    )


def _key_facts(deck, facts: pd.DataFrame) -> None:
    programs = list(dict.fromkeys(facts["program"]))
    cells = facts.set_index(["fact", "program"])["value"]
    rows = [[fact, *[str(cells.get((fact, p), "–")) for p in programs]] for fact in dict.fromkeys(facts["fact"])]
    _table_slides(
        deck,
        KEY_FACTS_TITLE,
        f"{len(rows)} facts, each cell with its source on the sources slides.",
        ["Fact", *programs],
        rows,
        [1.6, 4, 4],
        "Every cell with its source: the sources slides",
        per_slide=5,
    )


def _method(deck, briefing: BriefingModel) -> None:
    half = -(-len(briefing.method) // 2)
    for part, items in enumerate((briefing.method[:half], briefing.method[half:]), start=1):
        slide = _slide(
            deck,
            f"Method and caveats ({part} of 2)",
            "How to read the numbers: the same text as the dashboard's Data & sources page.",
        )
        box = slide.shapes.add_textbox(MARGIN, BODY_TOP, CONTENT_W, SLIDE_H - BODY_TOP - FOOTER_H - Inches(0.2))
        frame = box.text_frame
        frame.word_wrap = True
        for i, (heading, text) in enumerate(items):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            paragraph.text = heading
            paragraph.runs[0].font.size, paragraph.runs[0].font.bold = Pt(BODY_PT), True
            paragraph.space_before = Pt(10) if i else Pt(0)
            body = frame.add_paragraph()
            body.text = text
            body.runs[0].font.size = Pt(TEXT_PT + 2)
        _footer(slide, "Method: data/CHECKING.md and the Data & sources page")


def _sources(deck, sources: tuple[Source, ...]) -> None:
    pages = max(1, -(-len(sources) // SOURCES_PER_SLIDE))
    for page in range(pages):
        chunk = list(enumerate(sources, start=1))[page * SOURCES_PER_SLIDE : (page + 1) * SOURCES_PER_SLIDE]
        slide = _slide(
            deck,
            f"Sources ({page + 1} of {pages})",
            f"Every source the slides rest on, once, numbered as the footers cite them: {len(sources)} in all.",
        )
        box = slide.shapes.add_textbox(MARGIN, BODY_TOP, CONTENT_W, SLIDE_H - BODY_TOP - FOOTER_H)
        frame = box.text_frame
        frame.word_wrap = True
        for i, (number, source) in enumerate(chunk):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            lead = paragraph.add_run()
            lead.text = f"[{number}] {source.publisher}{', ' + source.date if source.date else ''}{graded(source)}"
            lead.font.size = Pt(TEXT_PT)
            if source.url:
                link = paragraph.add_run()
                link.text = f": {source.url}"
                link.font.size = Pt(TEXT_PT)
                link.hyperlink.address = source.url


def _properties(deck, briefing: BriefingModel) -> None:
    core = deck.core_properties
    core.title = briefing.title
    core.subject = f"{briefing.scope.label}, as of {written_date(briefing.as_of)}"
    core.author = core.last_modified_by = APP_NAME
    core.keywords = "ILRS; Artemis Accords; lunar; briefing"
    core.comments = briefing.subtitle
    core.created = core.modified = datetime.combine(briefing.checked_on, datetime.min.time())
    core.revision = 1


def _widescreen(data: bytes) -> bytes:
    """The file says 16:9 where PowerPoint shows the page setup (the default template says 4:3)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                content = PRESENTATION_FORMAT.sub(b"<PresentationFormat>Widescreen</PresentationFormat>", content)
            target.writestr(item, content)
    return out.getvalue()


def _saved(deck) -> bytes:
    _numbered(deck)
    out = io.BytesIO()
    deck.save(out)
    return _widescreen(out.getvalue())


def _new_deck():
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    deck.part._element.sldSz.set("type", "custom")
    return deck


def country_pptx(profile: CountryModel, checked_on: date, address: str, picture: Callable[[Exhibit], bytes]) -> bytes:
    """A country's briefing pack: title, its standing, its timeline, why it joined in its officials' words, its
    bloc-mates, every source once, the citation. Parts made of words are native tables; charts are pictures."""
    deck = _new_deck()
    line = f"As of {written_date(profile.as_of)} · data checked to {written_date(checked_on)}"
    title = _slide(
        deck, f"{profile.name}: the ILRS and the Artemis Accords", f"{profile.summary} {line}. View: {address}"
    )
    _text(title, MARGIN, Inches(1.4), CONTENT_W, Inches(1.2), profile.summary, TAKEAWAY_PT + 4, name="Takeaway")
    _text(title, MARGIN, Inches(3.0), CONTENT_W, Inches(1.2), f"{line}\nView: {address}", BODY_PT)
    numbers = _source_numbers(profile.sources)
    for exhibit in profile.pack_exhibits:
        if isinstance(exhibit.chart, TableFigure):
            _table_exhibit_slides(deck, exhibit, numbers)
        else:
            _exhibit_slide(deck, exhibit, picture(exhibit), numbers)
    _sources(deck, profile.sources)
    cite = citation(checked_on, address)
    closing = _slide(deck, "How to cite this briefing", cite)
    _text(closing, MARGIN, Inches(1.4), CONTENT_W, Inches(2), cite, 20)
    core = deck.core_properties
    core.title, core.subject = f"{APP_NAME}: {profile.name}", f"{profile.name}, as of {written_date(profile.as_of)}"
    core.author = core.last_modified_by = APP_NAME
    core.created = core.modified = datetime.combine(checked_on, datetime.min.time())
    return _saved(deck)


def briefing_pptx(briefing: BriefingModel, address: str, picture: Callable[[Exhibit], bytes]) -> bytes:
    """The pack for `briefing`; `picture` draws each exhibit's chart for the pack (see export.chart_picture)."""
    deck = _new_deck()
    cite = citation(briefing.checked_on, address)
    title = _slide(deck, briefing.title, f"Briefing for {briefing.scope.label}. {briefing.subtitle}. View: {address}")
    _text(
        title,
        MARGIN,
        Inches(1.4),
        CONTENT_W,
        Inches(1.8),
        f"Scope: {briefing.scope.label}\n{briefing.subtitle}\nView: {address}",
        20,
    )
    _bottom_line(deck, briefing)
    numbers = _source_numbers(briefing.sources)
    by_key = {e.key: e for e in briefing.exhibits}
    for key in briefing.slides:
        if key == KEY_FACTS:
            _key_facts(deck, briefing.key_facts)
        else:
            _exhibit_slide(deck, by_key[key], picture(by_key[key]), numbers)
    _who_signed(deck, briefing)
    _what_to_watch(deck, briefing)
    _method(deck, briefing)
    _sources(deck, briefing.sources)
    closing = _slide(deck, "How to cite this briefing", cite)
    _text(closing, MARGIN, Inches(1.4), CONTENT_W, Inches(2), cite, 20)
    _properties(deck, briefing)
    return _saved(deck)
