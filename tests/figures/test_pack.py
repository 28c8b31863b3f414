"""The briefing pack opened back with python-pptx, as a reader's PowerPoint would, and converted by LibreOffice
where it is installed."""

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.loading.tables import load_tables
from datalayer.viewmodels.briefing import briefing_model
from datalayer.viewmodels.what_if import what_if_model
from datalayer.words.dates import written_date
from datalayer.words.pack_lines import KEY_FACTS_TITLE
from figures.deck import TEXT_PT
from figures.export import chart_picture
from figures.media import MEDIA, for_medium
from figures.pack import briefing_pptx
from tests.figures.pack_reading import source_links, text_sizes, title_of
from tests.scoped import at

ADDRESS = "http://127.0.0.1:8501/compare?bloc=brics"


@pytest.fixture(scope="module")
def brics(tables, points, drawable):
    return briefing_model(tables, points, drawable, at(tables, Scope("brics"), date(2026, 11, 21)))


@pytest.fixture(scope="module")
def pack_bytes(brics, renderer):
    return briefing_pptx(brics, ADDRESS, lambda e: chart_picture(renderer, e))


@pytest.fixture(scope="module")
def deck(pack_bytes):
    return Presentation(io.BytesIO(pack_bytes))


def texts_of(slide) -> str:
    return "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)


def test_title_slide_names_scope_as_of_check_date_and_link(deck):
    text = texts_of(deck.slides[0])
    assert "BRICS members" in text and "As of 21 November 2026" in text
    assert f"data checked to {written_date(load_tables().checked_on)}" in text and ADDRESS in text


def test_the_bottom_line_comes_second_with_each_finding_and_its_source(deck, brics):
    second = deck.slides[1]
    assert title_of(second).startswith("Bottom line: BRICS members")
    text = texts_of(second)
    assert 3 <= len(brics.bottom_line) <= 7
    for finding, source in brics.bottom_line:
        assert finding in text and f"Source: {source}" in text


def test_every_slide_has_a_real_title_and_every_chart_its_takeaway_and_alt_text(deck, brics):
    assert all(s.shapes.title is not None and title_of(s) for s in deck.slides)
    by_title = {title_of(s): s for s in deck.slides}
    for exhibit in brics.exhibits:
        slide = by_title[exhibit.headline]
        assert any(s.name == "Takeaway" and s.text_frame.text == exhibit.summary for s in slide.shapes)
        [picture] = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert picture._element.nvPicPr.cNvPr.get("descr") == exhibit.summary
        assert exhibit.summary in slide.notes_slide.notes_text_frame.text


def test_chart_text_reads_at_18_pt_on_the_slide_and_charts_span_its_width(deck, brics):
    medium = MEDIA[vocab.PPTX]
    pictures = [s for slide in deck.slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == len(brics.exhibits) == 13
    for picture in pictures:
        assert picture.image.size == (medium.width, medium.height)
        shown_pt = medium.text_px * picture.width.inches * 72 / medium.width
        assert shown_pt >= 18 and picture.width.inches >= 12


def test_no_text_is_smaller_than_12_pt(deck):
    sizes = text_sizes(deck)
    assert sizes and None not in sizes and min(sizes) >= Pt(TEXT_PT)


def test_who_signed_names_every_member_of_the_scope_in_native_tables(deck, brics):
    listed = "\n".join(
        c.text
        for slide in deck.slides
        if title_of(slide).startswith("Who signed")
        for s in slide.shapes
        if s.has_table
        for row in s.table.rows
        for c in row.cells
    )
    assert len(brics.members) and all(name in listed for name in brics.members["name"])
    titles = [title_of(s) for s in deck.slides]
    assert any(t.startswith("In both coalitions") for t in titles)
    assert any(t.startswith("What to watch") for t in titles) and any(t.startswith(KEY_FACTS_TITLE) for t in titles)
    assert any(t.startswith("Method and caveats") for t in titles)


def test_sources_are_numbered_linked_and_cited_by_number_in_footers(deck, brics):
    links = source_links(deck)
    assert links == [s.url for s in brics.sources if s.url]
    map_slide = next(s for s in deck.slides if title_of(s) == brics.exhibit("map.ilrs_tiles").headline)
    footer = next(s.text_frame.text for s in map_slide.shapes if s.name == "Footer")
    assert footer.startswith("Sources [") and "data/" not in footer


def test_document_properties_slide_numbers_and_the_16_by_9_page_setup(deck, pack_bytes, brics):
    core = deck.core_properties
    assert core.title == brics.title and core.author == "ILRS Tracker" and "BRICS members" in core.subject
    assert core.created.date() == brics.checked_on
    numbers = [next(s.text_frame.text for s in slide.shapes if s.name == "Slide number") for slide in deck.slides]
    assert numbers == [f"{i} / {len(deck.slides)}" for i in range(1, len(deck.slides) + 1)]
    app = zipfile.ZipFile(io.BytesIO(pack_bytes)).read("docProps/app.xml")
    assert b"<PresentationFormat>Widescreen</PresentationFormat>" in app and b"4:3" not in app
    assert abs(deck.slide_width / deck.slide_height - 16 / 9) < 0.01


def overlapping_lines(bbox_html: str) -> list[tuple[int, tuple, tuple]]:
    """(page, line, line) for two lines of text that overlap on a page of `pdftotext -bbox-layout`'s output (more
    than a quarter of a line's height: consecutive lines of one paragraph touch by a point or two)."""

    def overlap(a, b) -> bool:
        wide = min(a[2], b[2]) - max(a[0], b[0])
        high = min(a[3], b[3]) - max(a[1], b[1])
        return wide > 0 and high > 0.25 * min(a[3] - a[1], b[3] - b[1])

    found = []
    for number, page in enumerate(bbox_html.split("<page ")[1:], start=1):
        lines = [
            tuple(float(v) for v in m)
            for m in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page)
        ]
        found += [(number, a, b) for i, a in enumerate(lines) for b in lines[i + 1 :] if overlap(a, b)]
    return found


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")), reason="LibreOffice Impress or poppler not here"
)
def test_libreoffice_converts_every_slide_to_a_page_and_no_text_runs_into_other_text(pack_bytes, deck, tmp_path):
    (tmp_path / "pack.pptx").write_bytes(pack_bytes)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "pack.pptx")],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = (tmp_path / "pack.pdf").read_bytes()
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == len(deck.slides)
    # Every text box measured as LibreOffice draws it (Carlito where Calibri is named, or a fallback font): a long
    # takeaway once ran into the scope line beneath it.
    boxes = subprocess.run(
        ["pdftotext", "-bbox-layout", str(tmp_path / "pack.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "<line " in boxes and overlapping_lines(boxes) == []


def test_a_scenario_on_the_page_gets_its_own_slide_that_says_scenario(tables, points, drawable, renderer):
    scenario = what_if_model(tables, tables.checked_on, vocab.COUNTRIES, 2035, ("announced",)).exhibits[0]
    pack = briefing_model(tables, points, drawable, at(tables, Scope(), tables.checked_on), extra=(scenario,))
    deck = Presentation(io.BytesIO(briefing_pptx(pack, ADDRESS, lambda e: chart_picture(renderer, e))))
    slide = next(s for s in deck.slides if title_of(s) == scenario.headline)
    assert title_of(slide).startswith("Scenario: ") and scenario.summary in texts_of(slide)
    assert pack.slides[-1] == scenario.key


def cells_of(slide) -> list[str]:
    return [c.text for s in slide.shapes if s.has_table for row in s.table.rows for c in row.cells]


def test_who_signed_shows_each_sources_grade_and_marks_disputed_and_unconfirmed_members(deck, brics):
    titled = {title_of(s): s for s in deck.slides}
    ilrs = next(s for t, s in titled.items() if t.startswith("Who signed the ILRS"))
    assert "Source · grade" in cells_of(ilrs)
    grades = [c.rsplit(" · ", 1)[-1] for c in cells_of(ilrs)[5:][4::5] if " · " in c]
    assert grades and set(grades) <= set(vocab.SOURCE_GRADES_SHORT.values())
    accords = "\n".join(c for t, s in titled.items() if t.startswith("Who signed the Artemis") for c in cells_of(s))
    # Saudi Arabia signed the Accords and is counted in BRICS, whose membership of it the sources dispute.
    assert "Saudi Arabia (2022-07-14; a disputed member of BRICS)" in accords
    caveats = brics.members.set_index("name")["caveat"]
    assert caveats["Saudi Arabia"] == "a disputed member of BRICS" and (caveats.drop("Saudi Arabia") == "").all()


def test_footers_and_the_sources_slides_give_each_sources_grade(deck):
    footers = [s.text_frame.text for slide in deck.slides for s in slide.shapes if s.name == "Footer"]
    assert any(re.search(r"\[\d+\] [^;]+ · (official|wire|outlet|copy|lead only)", f) for f in footers)
    listed = [
        s.text_frame.text
        for slide in deck.slides
        if title_of(slide).startswith("Sources (")
        for s in slide.shapes
        if s.has_text_frame
    ]
    assert re.search(r"\[\d+\] .+ · (official|wire|outlet|copy)", "\n".join(listed))


def test_the_african_unions_pack_draws_its_member_states_as_equal_tiles(tables, points, drawable):
    au = briefing_model(tables, points, drawable, at(tables, Scope("au"), tables.checked_on))
    [partner_map] = [e for e in au.exhibits if e.key == "map.ilrs_tiles"]  # the map slide: states, not land
    pictured = for_medium(partner_map, vocab.PPTX)  # what chart_picture renders on the map slide
    assert len(pictured.layout.shapes) == len(partner_map.table) == 54  # the AU's UN member states, one tile each
    assert pictured.layout.legend.orientation == "v"  # beside the tiles, which take the slide's height
