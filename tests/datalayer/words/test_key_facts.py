from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.headline import headline
from datalayer.domain.scope import within
from datalayer.words.key_facts import FOUNDED, NASA_ORDER, NO_OFFICIAL_TOTAL, OFFICIAL_FIGURE, OUR_COUNT, key_facts

SOURCE = {
    "source_url": "https://example.org/a",
    "source_publisher": "Pub",
    "source_date": "2024-01-01",
    "confidence": "high",
    "notes": "",
}
FACTS = pd.DataFrame(
    [
        {"program": "artemis", "fact": "lead_states", "value": "United States", "fact_date": "", **SOURCE},
        {
            "program": "artemis",
            "fact": "founding_document",
            "value": "The Accords",
            "fact_date": "2020-10-13",
            **SOURCE,
        },
        {"program": "ilrs", "fact": "founding_document", "value": "The MoU", "fact_date": "2021-03", **SOURCE},
        {"program": "ilrs", "fact": "lead_states", "value": "China and Russia", "fact_date": "", **SOURCE},
        {
            "program": "artemis",
            "fact": "stated_targets",
            "value": "None found",
            "fact_date": "",
            **{**SOURCE, "confidence": "low"},
        },
    ]
)
TARGETS = pd.DataFrame(
    {
        "metric": ["countries", "institutions", "researchers", "countries"],
        "value": [50, 500, 5000, 50],
        "target_year": [None] * 4,
        "stated_by": ["Wu Weiren", "Wu Weiren", "Wu Weiren", "Later speaker"],
        "stated_date": ["2024-07", "2024-07", "2024-07", "2025-04"],
        "source_url": ["https://voi.id/x"] * 3 + ["https://later.org"],
        "source_publisher": "VOI",
    }
)
TARGETS["stated_date_start"] = pd.to_datetime(TARGETS["stated_date"])
PARTNERS = pd.DataFrame(
    {
        "name": ["China", "Egypt", "APSCO", "NARIT", "Turkey"],
        "iso3": ["CHN", "EGY", "", "THA", "TUR"],
        "kind": ["state", "state", "intl_org", "institution", "state"],
        "status": ["lead", "signed", "signed", "signed", "applied"],
        "date": ["2021-03-09", "2023-12-06", "2023-04-25", "2023-09-25", "2024-04-08"],
        "source_grade": "wire",
    }
)
PARTNERS["date_start"] = pd.to_datetime(PARTNERS["date"])
ARTEMIS = pd.DataFrame(
    {
        "country": ["United States", "Oman", "Botswana"],
        "iso3": ["USA", "OMN", "BWA"],
        "date": ["2020-10-13", "2026-01-26", "2026-06-25"],
        "order": [None, 61, 68],
        "source_url": "https://nasa.gov/x",
        "source_publisher": "NASA",
        "source_date": "",
        "confidence": ["high", "medium", "low"],
        "source_grade": ["outlet", "outlet", "lead_only"],
    }
)
ARTEMIS["date_start"] = pd.to_datetime(ARTEMIS["date"])
REPORTED = pd.DataFrame(
    {
        "date": ["2024-04-05", "2025-04"],
        "speaker": ["Guan Feng", "Wu Weiren"],
        "metric": ["countries_and_orgs", "countries_and_orgs"],
        "value": [10, 17],
        "qualifier": ["over", "exact"],
        "kind": "official",
        "source_url": "https://xinhua.net/y",
        "source_publisher": "Xinhua",
        "source_date": "",
    }
)
REPORTED["date_start"] = pd.to_datetime(["2024-04-05", "2025-04-01"])


def facts_on(day, members=None):
    table = key_facts(
        FACTS, TARGETS, headline(PARTNERS, ARTEMIS, members, day), within(ARTEMIS, members), REPORTED, day
    )
    return {(row.fact, row.program): row for row in table.itertuples()}, table


def test_described_facts_keep_their_source_and_come_in_the_comparisons_order():
    cells, table = facts_on(date(2026, 11, 21))
    assert cells[("Lead states", "ILRS")].value == "China and Russia"
    assert cells[("Lead states", "Artemis Accords")].source_url == "https://example.org/a"
    assert list(table["fact"])[:2] == ["Lead states", "Lead states"]
    assert list(table["program"])[:2] == ["ILRS", "Artemis Accords"]


def test_ilrs_targets_come_from_the_targets_file_with_its_earliest_statement():
    cells, _ = facts_on(date(2026, 11, 21))
    targets = cells[(vocab.PROGRAM_FACTS[vocab.STATED_TARGETS], "ILRS")]
    assert targets.value.startswith("50 countries, 500 research institutions, 5,000 researchers; no target year")
    assert targets.source_url == "https://voi.id/x"


def test_counts_and_official_figures_follow_the_as_of_date():
    cells, _ = facts_on(date(2024, 6, 30))
    # China leads the program, so only Egypt counts as a partner state.
    assert cells[(OUR_COUNT, "ILRS")].value == (
        "1 partner state, 1 international organization and 1 institution with "
        "a signed ILRS document found (China not counted)"
    )
    assert cells[(OUR_COUNT, "Artemis Accords")].value.startswith("1 signatory found")
    assert cells[(OFFICIAL_FIGURE, "ILRS")].value.startswith("more than 10 countries and international")
    assert (NASA_ORDER, "Artemis Accords") not in cells  # no numbered signing yet
    cells, _ = facts_on(date(2026, 11, 21))
    assert cells[(OFFICIAL_FIGURE, "ILRS")].value.startswith("17 countries")
    # An official's count and a place in NASA's order are different facts: never one row.
    assert cells[(OFFICIAL_FIGURE, "Artemis Accords")].value == NO_OFFICIAL_TOTAL
    newest = cells[(NASA_ORDER, "Artemis Accords")]
    assert newest.value == "Botswana, the 68th signatory, signed on 25 June 2026" and newest.confidence == "low"
    assert newest.source_grade == "lead_only"


def test_a_scope_without_the_lead_says_so_instead_of_leaving_it_out():
    cells, _ = facts_on(date(2026, 11, 21), members={"EGY", "BWA"})
    assert cells[(OUR_COUNT, "ILRS")].value.endswith("(China outside scope)")
    assert cells[(OUR_COUNT, "Artemis Accords")].value.startswith("1 signatory found")


def test_each_programs_founding_date_follows_its_founding_document():
    cells, table = facts_on(date(2026, 11, 21))
    assert cells[(FOUNDED, "Artemis Accords")].value == "13 October 2020"
    assert cells[(FOUNDED, "ILRS")].value == "March 2021"  # written to the month: shown to the month
    facts = list(dict.fromkeys(table["fact"]))
    assert facts.index(FOUNDED) == facts.index("Founding document") + 1
