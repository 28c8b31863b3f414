"""The briefing pack opened back with python-pptx, as a reader's PowerPoint would."""
import io
from datetime import date

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from figures.export import chart_picture
from figures.pack import briefing_pptx
from datalayer.domain.scope import Scope
from datalayer.loading.tables import load_tables
from datalayer.viewmodels.briefing import KEY_FACTS_TITLE, briefing
from datalayer.viewmodels.exhibit import long_date

ADDRESS = "http://127.0.0.1:8501/compare?bloc=brics"


@pytest.fixture(scope="module")
def brics(tables, points, drawable):
    return briefing(tables, points, drawable, Scope("brics"), date(2026, 11, 21))


@pytest.fixture(scope="module")
def deck(brics, renderer):
    return Presentation(io.BytesIO(briefing_pptx(brics, ADDRESS, lambda e: chart_picture(renderer, e))))


def title_of(slide) -> str:
    return next(s.text_frame.text for s in slide.shapes if s.name == "Title")


def test_title_slide_names_scope_as_of_check_date_and_link(deck):
    first = deck.slides[0]
    text = "\n".join(s.text_frame.text for s in first.shapes if s.has_text_frame)
    assert "BRICS members" in text and "As of 21 November 2026" in text
    assert f"data checked to {long_date(load_tables().checked_on)}" in text and ADDRESS in text


def test_one_slide_per_exhibit_in_order_then_sources_and_citation(deck, brics):
    titles = [title_of(s) for s in deck.slides]
    exhibits = {e.key: e.title for e in brics.exhibits}
    expected = [exhibits.get(k, KEY_FACTS_TITLE) for k in brics.slides]
    assert titles[1:1 + len(expected)] == expected
    sources = titles[1 + len(expected):-1]
    assert sources and all(t.startswith("Sources (") for t in sources)
    assert titles[-1] == "How to cite this briefing"


def test_every_slide_has_notes_and_each_exhibit_its_summary(deck, brics):
    notes = [s.notes_slide.notes_text_frame.text for s in deck.slides]
    assert all(n.strip() for n in notes)
    for exhibit in brics.exhibits:
        assert exhibit.summary in notes


def test_key_facts_are_a_native_table_and_pictures_are_16_by_9(deck, brics):
    tables = [s for slide in deck.slides for s in slide.shapes if s.has_table]
    assert len(tables) == 1 and tables[0].table.cell(0, 1).text == "ILRS"
    pictures = [s for slide in deck.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == len(brics.exhibits) == 8
    for picture in pictures:
        assert abs(picture.width / picture.height - 16 / 9) < 0.01
        assert picture.image.size == (1920, 1080)


def test_the_map_slide_says_brics_and_the_sources_slides_list_the_exhibits_sources(deck, brics):
    map_slide = next(s for s in deck.slides if title_of(s) == "ILRS partner map")
    assert any("BRICS members" in s.text_frame.text for s in map_slide.shapes if s.has_text_frame)
    listed = "\n".join(s.text_frame.text for slide in deck.slides if title_of(slide).startswith("Sources (")
                       for s in slide.shapes if s.has_text_frame)
    for exhibit in brics.exhibits:
        for source in exhibit.sources:
            assert (source.url or source.publisher) in listed
