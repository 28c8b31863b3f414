import pandas as pd

from components.exhibits import sources_table, widget_key
from datalayer.viewmodels.charts import PerYear
from datalayer.viewmodels.exhibit import Exhibit, Source

EXHIBIT = Exhibit(
    "compare.per_year",
    "t",
    "s",
    "x",
    pd.DataFrame(columns=["year", "program", "n"]),
    PerYear(year="year", value="n", program="program"),
    (Source("TASS", "https://tass.com/1", "2021-03-09"), Source("Ours", "")),
    "h",
)


def test_widget_keys_are_page_prefixed_and_stable():
    assert widget_key(EXHIBIT, "chart") == "compare_per_year_chart"


def test_sources_become_a_table_with_links():
    table = sources_table(EXHIBIT)
    assert list(table.columns) == ["source", "date", "source_url"]
    assert table.values.tolist() == [["TASS", "2021-03-09", "https://tass.com/1"], ["Ours", "", ""]]
