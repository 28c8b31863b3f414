from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import (
    Scope,
    bloc_members_as_of,
    region_members,
    region_options,
    scope_members,
    slug,
    within,
)

BLOCS = pd.DataFrame(
    {
        "bloc": ["brics", "brics", "brics", "brics", "eu"],
        "iso3": ["CHN", "EGY", "THA", "SAU", "GBR"],
        "role": ["member", "member", "partner", "member", "member"],
        "since_start": pd.to_datetime(["2006-01-01", "2024-01-01", "2025-01-01", None, "1973-01-01"]),
        "until_start": pd.to_datetime([None, None, None, None, "2020-01-31"]),
    }
)
REGIONS = pd.DataFrame(
    {
        "iso3": ["CHN", "EGY", "THA", "USA", "GBR"],
        "country": ["China", "Egypt", "Thailand", "United States", "United Kingdom"],
        "region": ["Asia", "Africa", "Asia", "Americas", "Europe"],
        "sub_region": ["Eastern Asia", "Northern Africa", "South-eastern Asia", "Northern America", "Northern Europe"],
    }
)
BRICS = vocab.BLOCS_BY_SLUG["brics"]
BRICS_ONLY = Scope("brics")


def test_bloc_membership_respects_effective_dates_and_roles():
    assert bloc_members_as_of(BLOCS, BRICS, date(2023, 12, 31)) == {"CHN", "SAU"}
    assert bloc_members_as_of(BLOCS, BRICS, date(2024, 1, 1)) == {"CHN", "EGY", "SAU"}
    assert "THA" in bloc_members_as_of(BLOCS, vocab.BLOCS_BY_SLUG["brics_plus"], date(2025, 6, 1))
    assert bloc_members_as_of(BLOCS, vocab.BLOCS_BY_SLUG["eu"], date(2021, 1, 1)) == set()
    # `until` is the day a member left: in the day before, out on the day itself
    assert bloc_members_as_of(BLOCS, vocab.BLOCS_BY_SLUG["eu"], date(2020, 1, 30)) == {"GBR"}
    assert bloc_members_as_of(BLOCS, vocab.BLOCS_BY_SLUG["eu"], date(2020, 1, 31)) == set()


def test_regions_by_slug_and_combined_scope():
    assert slug("Latin America and the Caribbean") == "latin-america-and-the-caribbean"
    assert region_members(REGIONS, "asia") == {"CHN", "THA"}
    assert region_members(REGIONS, "eastern-asia") == {"CHN"}
    assert list(region_options(REGIONS))[:2] == ["africa", "americas"]
    assert scope_members(BLOCS, REGIONS, Scope("brics", "asia", "Asia"), date(2025, 1, 1)) == {"CHN"}
    assert scope_members(BLOCS, REGIONS, Scope(), date(2025, 1, 1)) is None


def test_scope_labels_name_bloc_and_region_or_the_world():
    assert Scope().label == "World" and Scope().is_world and Scope().slug == "world"
    scoped = Scope("brics", "africa", "Africa")
    assert scoped.label == "BRICS members · Africa" and scoped.slug == "brics_africa" and not scoped.is_world
    assert Scope("mars").bloc is None  # an unknown slug is no bloc


def test_within_keeps_rows_in_scope_and_everything_without_one():
    rows = pd.DataFrame({"iso3": ["CHN", "", "USA"]})
    assert list(within(rows, {"CHN"})["iso3"]) == ["CHN"]
    assert len(within(rows, None)) == 3
