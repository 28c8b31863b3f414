"""The deck's building blocks: tables that grow to fill their slide, text boxes as tall as their text."""

from pptx.util import Inches, Pt

from figures.deck import CONTENT_W, TEXT_PT, add_slide, add_table, add_takeaway, new_deck, text_height


def table_sizes(slide) -> set:
    return {
        run.font.size
        for shape in slide.shapes
        if shape.has_table
        for row in shape.table.rows
        for cell in row.cells
        for paragraph in cell.text_frame.paragraphs
        for run in paragraph.runs
    }


def test_a_short_table_reads_at_18_pt_and_a_long_one_shrinks_no_further_than_12():
    deck = new_deck()
    short = add_slide(deck, "Short", "")
    add_table(short, ["Fact", "ILRS"], [["Lead", "China"], ["Founded", "9 March 2021"]], [1, 2])
    assert table_sizes(short) == {Pt(18)}
    long = add_slide(deck, "Long", "")
    wordy = "a cell of many words that wraps over several lines in any column " * 3
    add_table(long, ["Fact", "ILRS", "Accords"], [[f"Row {i}", wordy, wordy] for i in range(12)], [1, 2, 2])
    assert table_sizes(long) == {Pt(TEXT_PT)}


def test_a_takeaway_box_is_as_tall_as_its_lines_and_steps_down_where_room_is_short():
    deck = new_deck()
    slide = add_slide(deck, "T", "")
    sentence = "As of 7 December 2026, our count stands at 12 of 50. " * 6
    bottom = add_takeaway(slide, sentence, room=Inches(1.0))
    box = next(s for s in slide.shapes if s.name == "Takeaway")
    assert box.height == bottom - box.top and box.height <= Inches(1.0)
    assert box.text_frame.paragraphs[0].runs[0].font.size < Pt(18)  # stepped down to fit
    assert text_height(sentence, CONTENT_W, 18) > Inches(1.0)
