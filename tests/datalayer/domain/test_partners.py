from datetime import date

import pandas as pd

from datalayer.domain.partners import partners_as_of


def table(*rows):
    frame = pd.DataFrame(rows, columns=["name", "iso3", "kind", "status", "date"])
    return frame.assign(
        date_start=pd.to_datetime(frame["date"]), instrument="MoU", counterpart="A – B", source_publisher="Xinhua"
    )


FIVE = table(
    ("China", "CHN", "state", "lead", "2021-03-09"),
    ("Russia", "RUS", "state", "signed", "2021-03-09"),
    ("Serbia", "SRB", "state", "signed", "2024-05-01"),
    ("Turkey", "TUR", "state", "applied", "2024-04-08"),
    ("APSCO", "", "intl_org", "signed", "2023-04-25"),
    ("NARIT", "THA", "institution", "signed", "2023-09-25"),
)


def test_as_of_keeps_ties_begun_by_that_day():
    assert list(partners_as_of(FIVE, date(2023, 9, 25))["name"]) == ["China", "Russia", "APSCO", "NARIT"]
    assert len(partners_as_of(FIVE, date(2021, 3, 8))) == 0
