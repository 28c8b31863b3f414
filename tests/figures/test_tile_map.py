import pandas as pd

from datalayer import vocab
from datalayer.viewmodels.charts import TileGrid
from figures.theme import CATEGORY_COLOURS
from figures.tile_map import TILE, tile_map_figure

TABLE = pd.DataFrame(
    {
        "iso3": ["RUS", "CHN", "USA", "FRA"],
        "country": ["Russia", "China", "United States", "France"],
        "category": [vocab.SIGNED, vocab.LEAD, vocab.NO_STATUS, vocab.NO_STATUS],
        "col": [5, 6, 0, 3],
        "row": [0, 1, 1, 1],
    }
)
SPEC = TileGrid(
    iso3="iso3",
    name="country",
    category="category",
    col="col",
    row="row",
    order=(vocab.LEAD, vocab.SIGNED, vocab.NO_STATUS),
    labels={vocab.LEAD: "Program lead", vocab.SIGNED: "Signed", vocab.NO_STATUS: "No ILRS tie"},
)


def test_every_state_is_one_equal_square_at_its_cell_in_its_categorys_colour():
    figure = tile_map_figure(TABLE, SPEC)
    squares = {(s.x0 + TILE / 2, -(s.y0 + TILE / 2)): s for s in figure.layout.shapes}
    assert len(squares) == 4
    assert (
        {round(s.x1 - s.x0, 6) for s in squares.values()} == {TILE} == {round(s.y1 - s.y0, 6) for s in squares.values()}
    )
    assert (
        squares[(5, 0)].fillcolor == CATEGORY_COLOURS["signed"]
        and squares[(6, 1)].fillcolor == CATEGORY_COLOURS["lead"]
    )
    # The legend in its order, once per category; the codes written on the tiles, the names in the hover.
    assert [t.name for t in figure.data if t.showlegend is not False] == ["Program lead", "Signed", "No ILRS tie"]
    codes = [t for t in figure.data if t.mode == "text"]
    assert sorted(c for t in codes for c in t.text) == ["CHN", "FRA", "RUS", "USA"]
    assert figure.layout.yaxis.scaleanchor == "x" and figure.layout.yaxis.scaleratio == 1  # squares stay square


def test_in_large_type_the_tiles_stand_unlabelled_with_the_legend_beside():
    figure = tile_map_figure(TABLE, SPEC, label_scale=2.8)
    assert not [t for t in figure.data if t.mode == "text"] and figure.layout.legend.orientation == "v"
    assert len(figure.layout.shapes) == 4
