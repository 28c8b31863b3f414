from datetime import date

import pandas as pd

from datalayer.domain.headline import headline
from datalayer.words.rules import artemis_rule, member_rule, partner_rule

PARTNERS = pd.DataFrame(
    {
        "name": ["China", "Egypt", "Thailand", "Turkey", "APSCO", "NARIT", "B&R Association"],
        "iso3": ["CHN", "EGY", "THA", "TUR", "", "THA", ""],
        "kind": ["state", "state", "state", "state", "intl_org", "institution", "institution"],
        "status": ["lead", "signed", "signed", "applied", "signed", "signed", "signed"],
        "date": ["2021-03-09", "2023-12-06", "2024-04-05", "2024-04-08", "2023-04-25", "2023-09-25", "2024-09-05"],
        "source_grade": ["wire", "wire", "lead_only", "outlet", "outlet", "outlet", "outlet"],
    }
)
PARTNERS["date_start"] = pd.to_datetime(PARTNERS["date"])
ARTEMIS = pd.DataFrame(
    {
        "iso3": ["USA", "THA", "BWA"],
        "country": ["United States", "Thailand", "Botswana"],
        "date": ["2020-10-13", "2024-12-16", "2026-06-25"],
        "order": [1, 51, 68],
        "source_grade": ["official_text", "outlet", "lead_only"],
    }
)
ARTEMIS["date_start"] = pd.to_datetime(ARTEMIS["date"])


def test_the_lead_is_never_its_own_partner_but_belongs_to_its_coalition():
    world = headline(PARTNERS, ARTEMIS, None, date(2026, 12, 1))
    assert (world.partner_states, world.ilrs_members, world.ilrs_lead) == (2, 3, True)
    assert (world.artemis, world.artemis_lead, world.both) == (3, True, 1)
    assert world.weaker_states == 1 and world.intl_orgs == 1


def test_a_scope_without_the_leads_says_so_and_counts_only_its_own():
    africa = headline(PARTNERS, ARTEMIS, {"EGY", "BWA"}, date(2026, 12, 1))
    assert (africa.partner_states, africa.ilrs_members, africa.ilrs_lead) == (1, 1, False)
    assert (africa.artemis, africa.artemis_lead, africa.both) == (1, False, 0)


def test_institutions_count_every_signed_one_for_the_world_and_the_hosted_ones_in_a_scope():
    world = headline(PARTNERS, ARTEMIS, None, date(2026, 12, 1))
    assert (world.institutions, world.unhosted_institutions) == (2, 1)
    thailand = headline(PARTNERS, ARTEMIS, {"THA"}, date(2026, 12, 1))
    assert (thailand.institutions, thailand.unhosted_institutions) == (1, 0)


def test_nasa_order_is_read_for_the_world_only_and_as_of_the_date():
    assert headline(PARTNERS, ARTEMIS, None, date(2026, 12, 1)).nasa_order == 68
    assert headline(PARTNERS, ARTEMIS, None, date(2025, 1, 1)).nasa_order == 51
    assert headline(PARTNERS, ARTEMIS, {"BWA"}, date(2026, 12, 1)).nasa_order is None


def test_unconfirmed_and_disputed_members_are_counted_and_named_in_the_rule():
    world = headline(PARTNERS, ARTEMIS, None, date(2026, 12, 1))
    assert (world.unconfirmed_ilrs, world.unconfirmed_artemis) == (1, 1)  # Thailand's tie, Botswana's signing
    assert (
        artemis_rule(world) == "US included; 1 unconfirmed"
        and partner_rule(world) == "China not counted; 1 unconfirmed"
    )
    bloc = headline(PARTNERS, ARTEMIS, {"THA", "EGY", "CHN"}, date(2026, 12, 1), disputed={"THA"})
    assert (bloc.disputed_ilrs, bloc.disputed_artemis) == (("Thailand",), ("Thailand",))
    assert member_rule(bloc) == "2 partners + China; 1 disputed member; 1 unconfirmed"
