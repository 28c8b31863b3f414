"""One type-size rule: every text of an exhibit's figure is drawn at its medium's size."""
import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.compare import compare_page
from datalayer.viewmodels.growth import GrowthOptions, growth_page
from figures.media import MEDIA, for_medium


@pytest.fixture(scope="module")
def exhibits(tables, points, drawable):
    return [*compare_page(tables, points, drawable, Scope(), tables.checked_on).exhibits,
            *growth_page(tables, Scope(), tables.checked_on, GrowthOptions()).exhibits]


def text_sizes(figure) -> set:
    layout = figure.layout
    sizes = {layout.font.size, layout.legend.font.size}
    for axis in (layout.xaxis, layout.yaxis):
        sizes |= {axis.tickfont.size, axis.title.font.size}
    sizes |= {a.font.size for a in layout.annotations}
    sizes |= {t.textfont.size for t in figure.data if getattr(t, "mode", None) == "markers+text"}
    return sizes


@pytest.mark.parametrize("medium", [m for m in vocab.MEDIA if MEDIA[m].text_px])
def test_every_text_of_every_exhibit_is_at_its_mediums_size(exhibits, medium):
    for exhibit in exhibits:
        figure = for_medium(exhibit, medium)
        assert text_sizes(figure) == {MEDIA[medium].text_px}, (exhibit.key, medium)
        if MEDIA[medium].width:
            assert (figure.layout.width, figure.layout.height) == (MEDIA[medium].width, MEDIA[medium].height)


def test_slides_and_presenter_mode_read_from_the_back_of_a_room_and_the_screen_keeps_its_theme(exhibits):
    assert all(MEDIA[m].text_px >= 18 for m in (vocab.PRESENT, vocab.PNG, vocab.SVG, vocab.PPTX))
    screen = for_medium(exhibits[0], vocab.SCREEN)
    assert screen.layout.font.size is None and screen.layout.width is None
