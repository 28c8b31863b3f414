"""Reading a pack back as a reader's PowerPoint would: slide titles, every text run's size, the sources' links."""


def title_of(slide) -> str:
    return slide.shapes.title.text_frame.text


def text_sizes(deck) -> list:
    """The size of every non-blank text run, in text boxes and table cells alike."""
    sizes = []
    for slide in deck.slides:
        frames = [s.text_frame for s in slide.shapes if s.has_text_frame]
        frames += [c.text_frame for s in slide.shapes if s.has_table for row in s.table.rows for c in row.cells]
        sizes += [run.font.size for f in frames for p in f.paragraphs for run in p.runs if run.text.strip()]
    return sizes


def source_links(deck) -> list[str]:
    """The addresses linked on the sources slides, in order."""
    return [
        r.hyperlink.address
        for slide in deck.slides
        if title_of(slide).startswith("Sources (")
        for s in slide.shapes
        if s.has_text_frame
        for p in s.text_frame.paragraphs
        for r in p.runs
        if r.hyperlink.address
    ]
