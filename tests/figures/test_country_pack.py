"""A country's briefing pack opened back with python-pptx: title, standing, timeline, why in its officials' words,
bloc-mates, sources, citation; words as native tables, charts as pictures, nothing under 12 pt."""

import io
import re

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from datalayer.viewmodels.charts import TableFigure
from datalayer.viewmodels.country import REASONS, country_model
from figures.country_pack import country_pptx
from figures.deck import TEXT_PT
from figures.export import chart_picture
from tests.figures.pack_reading import source_links, text_sizes, title_of

ADDRESS = "https://ilrs.example.org/country?iso3=SEN"


@pytest.fixture(scope="module")
def senegal(tables):
    return country_model(tables, "SEN", tables.checked_on)


@pytest.fixture(scope="module")
def deck(senegal, tables, renderer):
    return Presentation(
        io.BytesIO(country_pptx(senegal, tables.checked_on, ADDRESS, lambda e: chart_picture(renderer, e)))
    )


def cells_of(slide) -> list[str]:
    return [c.text for s in slide.shapes if s.has_table for row in s.table.rows for c in row.cells]


def test_the_slides_come_in_briefing_order(deck, senegal):
    titles = [title_of(s) for s in deck.slides]
    assert titles == [
        "Senegal: the ILRS and the Artemis Accords",
        *[e.headline for e in senegal.pack_exhibits],
        "Method and caveats (1 of 2)",
        "Method and caveats (2 of 2)",
        "Sources (1 of 1)",
        "How to cite this briefing",
    ]
    first = "\n".join(s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame)
    assert senegal.summary in first and ADDRESS in first


def test_words_are_native_tables_charts_are_pictures_and_every_slide_says_its_takeaway(deck, senegal):
    by_title = {title_of(s): s for s in deck.slides}
    for exhibit in senegal.pack_exhibits:
        slide = by_title[exhibit.headline]
        assert any(s.name == "Takeaway" and s.text_frame.text == exhibit.summary for s in slide.shapes)
        pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        if isinstance(exhibit.chart, TableFigure):
            assert not pictures and cells_of(slide)[: len(exhibit.chart.headers)] == list(
                exhibit.chart.headers.values()
            )
        else:
            assert len(pictures) == 1


def test_the_why_slide_quotes_each_reason_with_its_speaker_date_and_source(deck, senegal):
    reasons = next(e for e in senegal.pack_exhibits if e.key == "country.reasons")
    slide = next(s for s in deck.slides if title_of(s) == reasons.headline)
    cells = cells_of(slide)
    for row in senegal.table(REASONS).itertuples():
        assert {row.in_english, row.speaker, row.said, row.source_publisher} <= set(cells)
    footer = next(s.text_frame.text for s in slide.shapes if s.name == "Footer")
    assert all(row.source_publisher in footer for row in senegal.table(REASONS).itertuples())


def test_no_text_is_smaller_than_12_pt_and_every_source_is_linked_once(deck, senegal):
    sizes = text_sizes(deck)
    assert sizes and None not in sizes and min(sizes) >= Pt(TEXT_PT)
    links = source_links(deck)
    assert len(links) == len(set(links))  # once each, numbered as the slides cite them
    assert set(links) == {s.url for s in senegal.sources if s.url.startswith("http")}


def test_footnotes_are_numbered_in_the_order_the_slides_cite_them(deck):
    cited = [
        int(n)
        for slide in deck.slides
        for shape in slide.shapes
        if shape.name == "Footer"
        for n in re.findall(r"\[(\d+)\]", shape.text_frame.text)
    ]
    assert cited and list(dict.fromkeys(cited)) == sorted(set(cited)) == list(range(1, len(set(cited)) + 1))
