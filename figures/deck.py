"""The building blocks of a PowerPoint deck a room can read: slides with a real title placeholder and speaker
notes, text boxes, native tables split across slides at 12 pt, a slide per exhibit (its takeaway, its chart as a
picture with alt text, its publishers in the footer), the numbered sources, slide numbers and a 16:9 file.

Every text is 12 pt or more: a table that would need smaller type is split across slides instead.
"""

from __future__ import annotations

import io
import re
import zipfile

from pptx import Presentation
from pptx.util import Emu, Inches, Pt

from datalayer.viewmodels.charts import TableFigure
from datalayer.viewmodels.exhibit import Exhibit, Source
from datalayer.vocab import PPTX
from datalayer.words import pack_lines
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
# A character's average width, in type sizes, of the widest font a pack may be drawn in: Calibri where Office is,
# Carlito (same metrics) or a wider fallback (DejaVu Sans, about 0.55) where it is not. Boxes sized by it hold
# their text in PowerPoint and in LibreOffice alike.
CHAR_EM = 0.55
LINE_SPACING = 1.2
PICTURE_GAP = Inches(0.05)
BOX_PADDING = Inches(0.1)  # a text box's inner margins, top and bottom together


# --- Text ------------------------------------------------------------------------------------------------------
def text_height(text: str, width, size: int, padding: int = BOX_PADDING) -> int:
    """The height (EMU) `text` at `size` pt takes wrapped in `width` (EMU), in the widest font it may be drawn in,
    with a text box's `padding` above and below."""
    per_line = max(1, int(width / Pt(size * CHAR_EM)))
    lines = sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))
    return int(Pt(size * LINE_SPACING) * lines + padding)


TAKEAWAY_TOP = BODY_TOP - Inches(0.05)


def add_takeaway(slide, text: str, room: int | None = None) -> int:
    """The slide's takeaway under its title, in a box as tall as its lines; returns where the box ends (EMU).
    Within `room` (EMU), a long takeaway steps down from 18 pt (to 16, then 14) rather than run into what follows."""
    sizes = [TAKEAWAY_PT, TAKEAWAY_PT - 2, TAKEAWAY_PT - 4]
    size = next((pt for pt in sizes if room is None or text_height(text, CONTENT_W, pt) <= room), sizes[-1])
    height = text_height(text, CONTENT_W, size)
    add_text(slide, MARGIN, TAKEAWAY_TOP, CONTENT_W, height, text, size, name="Takeaway")
    return TAKEAWAY_TOP + height


def styled(frame, size: int, bold: bool = False) -> None:
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size, run.font.bold = Pt(size), bold


def add_text(slide, left, top, width, height, text: str, size: int, bold: bool = False, name: str = ""):
    box = slide.shapes.add_textbox(left, top, width, height)
    box.text_frame.word_wrap = True
    box.text_frame.text = text
    styled(box.text_frame, size, bold)
    if name:
        box.name = name
    return box


def add_slide(deck, title: str, notes: str):
    """A slide whose title is the layout's title placeholder (PowerPoint's outline and accessibility checker
    read it), with speaker notes."""
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    heading = slide.shapes.title
    heading.left, heading.top, heading.width, heading.height = MARGIN, TITLE_TOP, CONTENT_W, TITLE_H
    heading.text_frame.text = title
    heading.text_frame.word_wrap = True
    styled(heading.text_frame, TITLE_PT, bold=True)
    heading.text_frame.paragraphs[0].alignment = 1  # left
    slide.notes_slide.notes_text_frame.text = notes
    return slide


def add_footer(slide, text: str) -> None:
    add_text(
        slide,
        MARGIN,
        SLIDE_H - FOOTER_H - Inches(0.05),
        CONTENT_W - Inches(1.2),
        FOOTER_H,
        text,
        TEXT_PT,
        name="Footer",
    )


def number_slides(deck) -> None:
    total = len(deck.slides)
    for number, slide in enumerate(deck.slides, start=1):
        add_text(
            slide,
            SLIDE_W - MARGIN - Inches(1.1),
            SLIDE_H - FOOTER_H - Inches(0.05),
            Inches(1.1),
            FOOTER_H,
            f"{number} / {total}",
            TEXT_PT,
            name="Slide number",
        ).text_frame.paragraphs[0].alignment = 3  # right


def _source_key(source: Source) -> str:
    """One source, however many slides cite it: its address, or its name where it has none."""
    return source.url or source.publisher


def source_numbers(sources: tuple[Source, ...]) -> dict[str, int]:
    return {_source_key(s): i for i, s in enumerate(sources, start=1)}


def graded(source: Source) -> str:
    """' · wire': a source's grade beside its name, where it has one."""
    return pack_lines.grade_suffix(source.grade)


def publishers_line(exhibit: Exhibit, numbers: dict[str, int]) -> str:
    """'Sources [3] TASS; [5] Xinhua; … and 12 more (numbered on the sources slides)'."""
    cited = list(
        dict.fromkeys(
            f"[{numbers[_source_key(s)]}] {s.publisher}{graded(s)}"
            for s in exhibit.sources
            if _source_key(s) in numbers and s.url
        )
    )
    if not cited:
        return pack_lines.OUR_DATA_SOURCE_LINE
    more = len(cited) - PUBLISHERS_IN_FOOTER
    return pack_lines.publishers_line(cited[:PUBLISHERS_IN_FOOTER], max(more, 0))


# --- Tables ----------------------------------------------------------------------------------------------------
TABLE_SIZES = (18, 16, 14, TEXT_PT)  # a table's type, the largest whose rows fit what its slide leaves
CELL_PADDING = Inches(0.1)  # a cell's inner margins, left and right together, and top and bottom


def table_rows_height(header: list[str], rows: list[list[str]], column_widths: list[int], size: int) -> int:
    """The height (EMU) a table's rows take at `size` pt, each row as tall as its most wrapped cell."""
    total = 0
    for row in [header, *rows]:
        lines = max(
            text_height(str(text), max(width - CELL_PADDING, Pt(size)), size, padding=0)
            for text, width in zip(row, column_widths, strict=True)
        )
        total += lines + CELL_PADDING
    return total


def add_table(slide, header: list[str], rows: list[list[str]], widths: list[float], top=BODY_TOP) -> None:
    """A native table across the text width, its type as large as the slide lets it be: 18 pt down to 12."""
    total = sum(widths)
    column_widths = [int(CONTENT_W * share / total) for share in widths]
    room = SLIDE_H - FOOTER_H - PICTURE_GAP - top
    size = next(
        (pt for pt in TABLE_SIZES if table_rows_height(header, rows, column_widths, pt) <= room), TABLE_SIZES[-1]
    )
    height = Inches(0.36) * (len(rows) + 1)
    shape = slide.shapes.add_table(len(rows) + 1, len(header), MARGIN, top, CONTENT_W, height)
    table = shape.table
    for j, width in enumerate(column_widths):
        table.columns[j].width = width
    for j, text in enumerate(header):
        table.cell(0, j).text = text
    for i, row in enumerate(rows, start=1):
        for j, text in enumerate(row):
            table.cell(i, j).text = str(text)
    for row in table.rows:
        for cell in row.cells:
            styled(cell.text_frame, size)


def add_table_slides(
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
        slide = add_slide(deck, pack_lines.part_title(title, part + 1, parts), notes)
        below = add_takeaway(slide, takeaway) + PICTURE_GAP if takeaway else BODY_TOP
        if chunk:
            add_table(slide, header, chunk, widths, top=below)
        else:
            add_text(slide, MARGIN, BODY_TOP, CONTENT_W, Inches(1), pack_lines.NONE_IN_SCOPE, BODY_PT)
        add_footer(slide, footer)


def add_exhibit_slide(deck, exhibit: Exhibit, picture: bytes, numbers: dict[str, int]) -> None:
    """Title, takeaway, scope line, the chart's picture across the text width (its type then reads as 18 pt)
    above the footer, the publishers in the footer. The takeaway and scope line share what the picture leaves."""
    slide = add_slide(deck, exhibit.headline, exhibit.summary)
    medium = MEDIA[PPTX]
    height = Emu(int(CONTENT_W * (medium.height or 1) / (medium.width or 1)))
    top = SLIDE_H - FOOTER_H - PICTURE_GAP - height
    subtitle_h = text_height(exhibit.label_line, CONTENT_W, TEXT_PT)
    below = add_takeaway(slide, exhibit.summary, room=top - subtitle_h - TAKEAWAY_TOP)
    add_text(slide, MARGIN, below, CONTENT_W, subtitle_h, exhibit.label_line, TEXT_PT, name="Subtitle")
    image = slide.shapes.add_picture(io.BytesIO(picture), MARGIN, max(top, below + subtitle_h), CONTENT_W, height)
    image.name = exhibit.title
    image._element.nvPicPr.cNvPr.set("descr", exhibit.summary)  # alt text: what a screen reader says
    add_footer(slide, publishers_line(exhibit, numbers))


def add_table_exhibit_slides(deck, exhibit: Exhibit, numbers: dict[str, int]) -> None:
    """An exhibit made of words, as a native table: its takeaway above, its shown columns, its sources below."""
    assert isinstance(exhibit.chart, TableFigure)  # only a table figure's parts are drawn as a native table
    headers = exhibit.chart.headers
    rows = [[str(v) for v in row] for row in exhibit.table[list(headers)].itertuples(index=False)]
    add_table_slides(
        deck,
        exhibit.headline,
        exhibit.summary,
        list(headers.values()),
        rows,
        [w + CELL_PADDING_CHARS for w in column_widths(exhibit.table, headers)],
        publishers_line(exhibit, numbers),
        per_slide=QUOTE_ROWS,
        takeaway=exhibit.summary,
    )


def add_sources(deck, sources: tuple[Source, ...]) -> None:
    pages = max(1, -(-len(sources) // SOURCES_PER_SLIDE))
    for page in range(pages):
        chunk = list(enumerate(sources, start=1))[page * SOURCES_PER_SLIDE : (page + 1) * SOURCES_PER_SLIDE]
        slide = add_slide(
            deck,
            pack_lines.part_title(pack_lines.SOURCES_TITLE, page + 1, pages, always=True),
            pack_lines.sources_subtitle(len(sources)),
        )
        box = slide.shapes.add_textbox(MARGIN, BODY_TOP, CONTENT_W, SLIDE_H - BODY_TOP - FOOTER_H)
        frame = box.text_frame
        frame.word_wrap = True
        for i, (number, source) in enumerate(chunk):
            paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            lead = paragraph.add_run()
            lead.text = pack_lines.source_entry(number, source.publisher, source.date, source.grade)
            lead.font.size = Pt(TEXT_PT)
            if source.url:
                link = paragraph.add_run()
                link.text = f": {source.url}"
                link.font.size = Pt(TEXT_PT)
                link.hyperlink.address = source.url


def add_method_slides(deck, method: tuple[tuple[str, str], ...]) -> None:
    """The method and its caveats, (heading, text) pairs, over two slides."""
    half = -(-len(method) // 2)
    for part, items in enumerate((method[:half], method[half:]), start=1):
        slide = add_slide(
            deck,
            pack_lines.part_title(pack_lines.METHOD_TITLE, part, 2),
            pack_lines.METHOD_SLIDE_SUBTITLE,
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
        add_footer(slide, pack_lines.METHOD_SLIDE_FOOTER)


def cited_first(exhibits, sources: tuple[Source, ...]) -> tuple[Source, ...]:
    """`sources` numbered in the order the slides cite them (each exhibit's, in slide order), then the rest: a
    reader meets [1], [2], [3] in turn."""
    order = {_source_key(s): None for e in exhibits for s in e.sources}
    known = {_source_key(s): s for s in sources}
    return (*(known[k] for k in order if k in known), *(s for s in sources if _source_key(s) not in order))


def widescreen(data: bytes) -> bytes:
    """The file says 16:9 where PowerPoint shows the page setup (the default template says 4:3)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/app.xml":
                content = PRESENTATION_FORMAT.sub(b"<PresentationFormat>Widescreen</PresentationFormat>", content)
            target.writestr(item, content)
    return out.getvalue()


def saved(deck) -> bytes:
    number_slides(deck)
    out = io.BytesIO()
    deck.save(out)
    return widescreen(out.getvalue())


def new_deck():
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_W, SLIDE_H
    deck.part._element.sldSz.set("type", "custom")
    return deck
