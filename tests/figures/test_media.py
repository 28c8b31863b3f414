"""One type-size rule: every text of an exhibit's figure is drawn at its medium's size."""

import plotly.graph_objects as go
import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.compare import compare_model
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from datalayer.viewmodels.map import MapOptions, map_model
from figures.labels import LABELS_TUNED_PX
from figures.media import MEDIA, PHONE_CHART_PX, POINTS_PER_INCH, for_medium, sized
from figures.theme import OPTIONAL_LAYER
from figures.world_map import CALLOUTS, NAMES
from tests.scoped import at

NAME_TRACES = (NAMES, CALLOUTS)


@pytest.fixture(scope="module")
def exhibits(tables, points, drawable):
    return [
        *compare_model(tables, points, drawable, at(tables, Scope(), tables.checked_on)).exhibits,
        *growth_model(tables, at(tables, Scope(), tables.checked_on), GrowthOptions()).exhibits,
    ]


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
    # A slide image fills a 13.33 in slide; a pack chart spans its 12.33 in text width: both read as 18 pt there.
    for medium, shown_inches in ((vocab.PNG, 13.333), (vocab.SVG, 13.333), (vocab.PPTX, 12.333)):
        points = MEDIA[medium].text_px * shown_inches * POINTS_PER_INCH / MEDIA[medium].width
        assert points >= 18, (medium, points)
    screen = for_medium(exhibits[0], vocab.SCREEN)
    assert screen.layout.font.size is None and screen.layout.width is None


@pytest.fixture(scope="module")
def ilrs_map(tables, points, drawable):
    return map_model(
        tables,
        points,
        drawable,
        at(tables, Scope(), tables.checked_on),
        MapOptions(view=vocab.VIEW_ILRS, institutions=True),
    ).exhibits[0]


def test_the_presenter_chart_takes_the_height_its_slide_leaves_and_opens_without_optional_layers(exhibits, ilrs_map):
    for exhibit in (*exhibits, ilrs_map):
        assert for_medium(exhibit, vocab.PRESENT).layout.height is None, exhibit.key  # the browser sizes it
    layers = {m: [t.visible for t in for_medium(ilrs_map, m).data if t.meta == OPTIONAL_LAYER] for m in vocab.MEDIA}
    assert layers[vocab.PRESENT] == ["legendonly"]  # the institution circles: one legend click away
    assert all(v == [None] for m, v in layers.items() if m != vocab.PRESENT)


@pytest.mark.parametrize("medium", [m for m in vocab.MEDIA if MEDIA[m].text_px])
def test_a_legend_in_large_type_sits_at_the_canvas_foot_under_axes_that_make_room(exhibits, medium):
    for exhibit in exhibits:
        figure = for_medium(exhibit, medium)
        if figure.layout.legend.orientation == "h":
            assert (figure.layout.legend.yref, figure.layout.legend.y) == ("container", 0), exhibit.key
        assert figure.layout.xaxis.automargin and figure.layout.yaxis.automargin


@pytest.mark.parametrize("scope", [Scope(), Scope("brics"), Scope("au")], ids=lambda s: s.label)
def test_every_map_in_every_medium_names_every_signed_state_every_state_in_both_and_each_lead(
    tables, points, drawable, scope
):
    on_date = at(tables, scope, tables.checked_on)
    leads = {lead.iso3 for lead in vocab.LEADS.values()}
    for view, named in (
        (vocab.VIEW_ILRS, (vocab.SIGNED, vocab.LEAD)),
        (vocab.VIEW_OVERLAP, (vocab.BOTH,)),
        (vocab.VIEW_ARTEMIS, ()),
    ):
        exhibit, _tiles = map_model(
            tables, points, drawable, on_date, MapOptions(view=view, institutions=True)
        ).exhibits
        column = "ilrs_status" if view == vocab.VIEW_ILRS else "category"
        table = exhibit.table[exhibit.table["in_scope"]]
        drawn_leads = table["iso3"].isin(leads) & (
            table["ilrs_status"].eq(vocab.LEAD) if view == vocab.VIEW_ILRS else table["category"].ne(vocab.NEITHER)
        )
        if view == vocab.VIEW_ARTEMIS:
            drawn_leads &= table["category"] == vocab.ARTEMIS_LEAD
        inside = table[table[column].isin(named) | drawn_leads]
        assert len(inside) > 0 or view == vocab.VIEW_ARTEMIS, scope  # BRICS and the AU hold no Accords lead
        assert all(n.endswith(" (lead)") for n in table.loc[drawn_leads, "map_name"])
        for medium in vocab.MEDIA:
            written = [str(n) for t in for_medium(exhibit, medium).data if t.name in NAME_TRACES for n in t.text]
            assert sorted(written) == sorted(exhibit.table.set_index("iso3")["map_name"][inside["iso3"]]), (
                view,
                medium,
            )


def test_a_phone_spaces_its_map_names_for_its_narrow_chart(ilrs_map):
    assert MEDIA[vocab.PHONE].label_scale == pytest.approx(LABELS_TUNED_PX / PHONE_CHART_PX)
    assert MEDIA[vocab.SCREEN].label_scale == 1

    def callouts(medium):
        return [n for t in for_medium(ilrs_map, medium).data if t.name == CALLOUTS for n in t.text]

    # Names that sit beside their states on a desktop go out on leader lines on a phone, not onto a neighbour.
    assert len(callouts(vocab.PHONE)) > len(callouts(vocab.SCREEN))


def test_large_type_labels_every_category_and_keeps_the_labels_an_axis_writes_itself():
    bars = go.Figure(go.Bar(x=[1] * 30, y=[f"Bloc {i}" for i in range(30)], orientation="h"))
    labelled = sized(bars, MEDIA[vocab.PNG]).layout.yaxis
    assert (labelled.tickmode, labelled.dtick) == ("linear", 1)
    lanes = go.Figure(go.Scatter(x=[1, 2], y=["A long lane", "B"]))
    lanes.update_yaxes(tickmode="array", tickvals=["A long lane", "B"], ticktext=["A long<br>lane", "B"])
    assert sized(lanes, MEDIA[vocab.PNG]).layout.yaxis.ticktext == ("A long<br>lane", "B")
