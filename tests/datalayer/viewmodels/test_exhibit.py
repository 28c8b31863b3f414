from datetime import date

import pandas as pd
import pytest

from datalayer.viewmodels.charts import ChartSpecError, PerYear
from datalayer.viewmodels.exhibit import Exhibit, sources_of, subtitle
from datalayer.words.dates import written_date
from datalayer.words.grammar import count_noun, listed


def test_sources_are_distinct_in_first_seen_order_and_only_web_addresses():
    table = pd.DataFrame(
        {
            "source_publisher": ["TASS", "Xinhua", "TASS", "Ours"],
            "source_url": ["https://tass.com/1", "https://xinhua.net/2", "https://tass.com/1", "javascript:alert(1)"],
            "source_date": ["2021-03-09", "", "2021-03-09", ""],
        }
    )
    sources = sources_of(table)
    assert [(s.publisher, s.url, s.date) for s in sources] == [
        ("TASS", "https://tass.com/1", "2021-03-09"),
        ("Xinhua", "https://xinhua.net/2", ""),
    ]
    assert sources_of(pd.DataFrame({"x": [1]})) == ()


def test_sentence_pieces():
    assert written_date(date(2026, 11, 1)) == "1 November 2026"
    assert (
        subtitle("BRICS members", date(2026, 11, 21), "States only", "")
        == "BRICS members · As of 21 November 2026 · States only"
    )
    assert count_noun(1, "state") == "1 state" and count_noun(3, "state") == "3 states"
    assert listed(["Iran"]) == "Iran" and listed(["Iran", "North Korea"]) == "Iran and North Korea"
    assert listed(list("abcdefgh"), limit=3) == "a, b and 6 more"


TABLE = pd.DataFrame(columns=["year", "program", "n"])


def test_an_exhibit_names_its_file_after_its_key():
    exhibit = Exhibit(
        "growth.countries", "t", "s", "x", TABLE, PerYear(year="year", value="n", program="program"), (), "h"
    )
    assert exhibit.file_stem == "growth-countries"


def test_a_chart_that_reads_a_column_its_table_lacks_fails_when_the_exhibit_is_built():
    with pytest.raises(ChartSpecError, match=r"compare.per_year: PerYear reads 'new_members', which its table lacks"):
        Exhibit(
            "compare.per_year",
            "t",
            "s",
            "x",
            TABLE,
            PerYear(year="year", value="new_members", program="program"),
            (),
            "h",
        )
