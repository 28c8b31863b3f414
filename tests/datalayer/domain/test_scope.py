from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import (
    GROUP_NAME_CHARS,
    Scope,
    bloc_members_as_of,
    cut_name,
    region_members,
    region_options,
    scope_members,
    slug,
    suspended_members,
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


# --- A reader's own group, and suspended members -------------------------------------------------------------------


def test_a_group_stands_where_a_bloc_would_and_names_itself():
    group = Scope("brics", group=("EGY", "THA"), group_name="Neighbours")
    assert group.bloc is None and not group.is_world  # the group, not BRICS
    assert scope_members(BLOCS, REGIONS, group, date(2026, 1, 1)) == {"EGY", "THA"}
    assert scope_members(BLOCS, REGIONS, Scope(None, "asia", "Asia", ("EGY", "THA")), date(2026, 1, 1)) == {"THA"}
    assert (group.label, group.name, group.slug) == ("Group: Neighbours", "the group 'Neighbours'", "group-neighbours")
    unnamed = Scope(group=("EGY", "THA"))
    assert (unnamed.label, unnamed.name, unnamed.slug) == (
        "Group of 2 states",
        "the group of 2 states",
        "group-egy-tha",
    )


def test_a_hostile_group_name_is_kept_as_text_and_cut():
    assert cut_name("<script>alert(1)</script>") == "<script>alert(1)</script>"  # escaped where it is shown
    long = cut_name("Sahel " * 1000)
    assert len(long) == GROUP_NAME_CHARS and long.endswith("…")
    assert cut_name("  a\u0000b \n c\u202e ") == "ab c"  # control and direction-override characters dropped
    assert cut_name("الساحل الأفريقي") == "الساحل الأفريقي"  # right-to-left text stays as written
    arabic = Scope(group=("MLI", "NER"), group_name=cut_name("الساحل"))
    assert arabic.slug == "group-mli-ner"  # a file name in ASCII, from the codes


SUSPENSIONS = pd.DataFrame(
    {
        "bloc": ["au", "au", "au", "au"],
        "iso3": ["MLI", "MLI", "GIN", "GIN"],
        "country": ["Mali", "Mali", "Guinea", "Guinea"],
        "role": ["member", "suspended", "member", "suspended"],
        "since_start": pd.to_datetime(["2002-07-09", "2021-06-01", "2002-07-09", "2021-09-10"]),
        "until_start": pd.to_datetime([None, None, None, "2026-01-22"]),
        "notes": ["", "", "", ""],
    }
)


def test_suspended_members_are_named_on_their_dates_and_still_counted():
    au = Scope("au")
    assert suspended_members(SUSPENSIONS, au, date(2020, 1, 1)) == ()
    assert suspended_members(SUSPENSIONS, au, date(2022, 1, 1)) == ("Guinea", "Mali")
    assert suspended_members(SUSPENSIONS, au, date(2026, 6, 1)) == ("Mali",)  # Guinea's lifted in January 2026
    assert bloc_members_as_of(SUSPENSIONS, vocab.BLOCS_BY_SLUG["au"], date(2022, 1, 1)) == {"MLI", "GIN"}
