"""The shipped datasets themselves: valid, sourced, consistent with each other and with the map."""

from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.loading.datasets import CHANGES, CHECKS, DATASETS, FEEDS, PARTNERS
from datalayer.loading.geometry import drawn_iso3
from datalayer.loading.integrity import undrawable_countries, unknown_countries
from datalayer.loading.paths import DATA_DIR, DETAIL_TOPOJSON
from datalayer.loading.provenance import checked_on, load_provenance
from datalayer.loading.tables import load_tables


@pytest.fixture(scope="module")
def tables():
    return load_tables().by_key


def test_every_dataset_meets_its_schema_with_its_last_check_as_the_limit(tables):
    """load_tables validates each file with no fact dated after that file's own last check."""
    assert set(tables) == set(DATASETS)
    assert all(len(table) > 0 for table in tables.values())
    provenance = load_provenance()
    for key, dataset in DATASETS.items():
        checked = pd.Timestamp(checked_on(provenance, f"data/{dataset.file}"))
        for column in ("date_start", "since_start", "stated_date_start"):
            if column in tables[key] and "date_status" not in tables[key]:
                assert (tables[key][column].dropna() <= checked).all(), (key, column)


def test_every_row_carries_a_source_address(tables):
    for key, table in tables.items():
        if key == CHECKS.key:  # a check is a record of searching: where it looked is its `searched` text
            assert table["searched"].str.strip().ne("").all()
            continue
        if key == CHANGES.key:  # a regrading reads the source already cited: only it may cite no new address
            table = table[table["kind"] != vocab.REGRADED]
        if key == FEEDS.key:  # a feed is itself an address to read, or blank where the site is checked by hand
            assert set(table.loc[table["url"] == "", "notes"].str.contains("checked by hand")) <= {True}
            continue
        assert table["source_url"].str.startswith(("http://", "https://")).all(), key


def test_every_iso3_is_a_real_country(tables):
    assert unknown_countries(tables, set(tables["regions"]["iso3"])) == []


def test_every_partner_signatory_and_bloc_member_can_be_placed_on_the_map(tables):
    placeable = set(drawn_iso3(DETAIL_TOPOJSON))
    assert undrawable_countries(tables, placeable) == []


def test_seed_article_states_are_all_present(tables):
    # The eleven countries Wu Weiren named (seed 000/001), and the Chang'e-7 payload states (seed 003).
    named = {"VEN", "BLR", "PAK", "AZE", "ZAF", "EGY", "NIC", "THA", "SRB", "KAZ", "TUR", "BHR", "ITA", "CHE", "RUS"}
    assert named <= set(tables["partners"]["iso3"])
    states = tables["partners"][tables["partners"]["kind"] == vocab.STATE]
    turkey = states.set_index("iso3").loc["TUR"]
    assert turkey["status"] == vocab.APPLIED  # applied, with no signing found: not a member


def test_officials_claims_are_their_own_series(tables):
    counts = tables["reported_counts"]
    seventeen = counts[(counts["value"] == 17) & (counts["metric"] == vocab.COUNTRIES_AND_ORGS)]
    assert len(seventeen) >= 1
    assert "reported_count" not in tables["partners"].columns


def test_targets_are_fifty_five_hundred_five_thousand(tables):
    values = tables["targets"].groupby("metric")["value"].agg(set).to_dict()
    assert values == {"countries": {50}, "institutions": {500}, "researchers": {5000}}


def test_blocs_cover_every_scope(tables):
    present = set(tables["blocs"]["bloc"])
    assert {b.source_bloc for b in vocab.BLOCS} <= present
    brics = tables["blocs"][(tables["blocs"]["bloc"] == "brics") & (tables["blocs"]["role"] == "member")]
    assert {"IDN", "EGY", "ETH", "IRN", "ARE"} <= set(brics["iso3"])
    saudi = brics[brics["iso3"] == "SAU"]
    assert saudi.empty or saudi["notes"].str.startswith("DISPUTED").all()


def test_every_column_is_documented_in_data_readme():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for dataset in DATASETS.values():
        assert f"## {dataset.file}" in readme
        for column in dataset.schema(date.today()).columns:
            assert f"`{column}`" in readme, (dataset.file, column)


def test_un_member_states_are_the_193_and_exclude_observers(tables):
    members = tables["un_member_states"]
    assert len(members) == 193 and members["iso3"].is_unique
    assert {"PSE", "VAT", "TWN", "XKX"}.isdisjoint(set(members["iso3"]))
    assert members["admitted_start"].max() == pd.Timestamp("2011-07-14")  # South Sudan, the newest member


def test_space_powers_include_both_leads_and_have_first_launches(tables):
    powers = tables["space_powers"].set_index("iso3")
    assert {"CHN", "RUS", "USA"} <= set(powers.index)
    assert powers["first_date_start"].min() == pd.Timestamp("1957-10-04")


def test_program_facts_cover_every_fact_for_artemis_and_all_but_targets_for_ilrs(tables):
    facts = tables["program_facts"]
    by_program = facts.groupby("program")["fact"].agg(set).to_dict()
    assert by_program[vocab.ARTEMIS] == set(vocab.PROGRAM_FACTS)
    assert by_program[vocab.ILRS] == set(vocab.PROGRAM_FACTS) - {vocab.STATED_TARGETS}


def test_partner_counts_leave_the_lead_out_and_ethiopia_is_not_signed(tables):
    partners = tables["partners"]
    states = partners[partners["kind"] == vocab.STATE].set_index("iso3")
    assert states.loc["CHN", "status"] == vocab.LEAD and states.loc["RUS", "founding_role"] == vocab.CO_FOUNDER
    assert states.loc["ETH", "status"] == vocab.ANNOUNCED
    ssgi = partners[partners["name"].str.contains("SSGI")]
    assert list(ssgi["kind"]) == [vocab.INSTITUTION] and list(ssgi["status"]) == [vocab.SIGNED]
    signed = set(states.index[states["status"] == vocab.SIGNED])
    assert "CHN" not in signed and "ETH" not in signed and "RUS" in signed
    assert len(signed) == 12  # the old count of 14 less China (the lead) and Ethiopia (announced)


def test_artemis_signatories_reach_botswana_and_every_weak_row_says_why(tables):
    accords = tables["artemis_accords"]
    # The newest place in NASA's order a source states is Oman's 61st: the later ones rest on leads only.
    assert len(accords) == 67 and accords["order"].max() == 61
    botswana = accords.set_index("iso3").loc["BWA"]
    assert botswana["date"] == "2026-06" and pd.isna(botswana["order"])
    assert botswana["source_grade"] != vocab.LEAD_ONLY
    philippines = accords.set_index("iso3").loc["PHL"]
    assert philippines["date"] == "2025-10-27" and "26 Oct" in philippines["notes"]
    assert {"LVA", "JOR", "MAR", "MLT", "IRL"} <= set(accords["iso3"])
    orders = accords["order"].dropna().astype(int)
    assert not orders.duplicated().any()  # no two signatories share a place


def test_low_confidence_rows_always_say_why(tables):
    for key, table in tables.items():
        if "confidence" in table:
            weak = table[table["confidence"] == vocab.LOW]
            assert (weak["notes"].str.strip() != "").all(), key


def test_media_estimates_are_their_own_kind(tables):
    counts = tables["reported_counts"]
    estimates = counts[counts["kind"] == vocab.MEDIA_ESTIMATE]
    assert {30, 20} <= set(estimates["value"])  # the Global Times' own figures
    officials = counts[counts["kind"] == vocab.OFFICIAL]
    assert not officials[(officials["metric"] == vocab.COUNTRIES_AND_ORGS) & (officials["value"] == 30)].shape[0]


def test_every_change_names_its_dataset_reason_and_source(tables):
    changes = tables["changes"]
    assert len(changes) >= 20
    cited = changes[changes["kind"] != vocab.REGRADED]
    assert cited["source_url"].str.startswith(("http://", "https://")).all()
    assert (changes["source_publisher"].str.strip() != "").all()
    assert (changes["reason"].str.strip() != "").all()
    assert set(changes["dataset"]) <= {d.file for d in DATASETS.values()}
    keys = set(changes.loc[changes["dataset"] == PARTNERS.file, "row_key"])
    assert {"China", "Ethiopia"} <= keys


# Each new bloc on three dates, against its own list: (bloc, date, member count, members then, not members then).
BLOC_LISTS = [
    ("g20", date(2016, 1, 1), 19, {"ARG", "TUR", "ZAF", "KOR", "SAU"}, {"ESP", "NLD"}),
    ("g20", date(2023, 10, 1), 19, {"IDN", "MEX"}, set()),  # the African Union joined as an organization
    ("g20", date(2026, 12, 7), 19, {"USA", "CHN", "RUS", "IND", "BRA"}, set()),
    ("oic", date(2016, 1, 1), 57, {"SYR", "PSE", "GUY", "SUR"}, {"RUS", "THA"}),  # observers are not members
    ("oic", date(2021, 1, 1), 57, {"AFG", "SEN"}, set()),
    ("oic", date(2026, 12, 7), 57, {"SYR", "ALB", "UGA"}, set()),
    ("oif", date(2016, 1, 1), 54, {"MLI", "BFA", "NER", "FRA"}, {"ARE", "SRB"}),  # associates from 2018
    ("oif", date(2021, 1, 1), 56, {"SRB", "ARE", "BFA"}, set()),
    ("oif", date(2026, 12, 7), 53, {"SEN", "SRB"}, {"MLI", "BFA", "NER"}),  # withdrew in 2025
    ("celac", date(2016, 1, 1), 33, {"BRA", "CUB", "MEX"}, {"USA", "CAN"}),
    ("celac", date(2021, 1, 1), 33, {"BRA"}, set()),  # Brazil suspended its participation, still a member
    ("celac", date(2026, 12, 7), 33, {"VEN", "ARG"}, set()),
    ("commonwealth", date(2016, 1, 1), 53, {"MDV", "RWA", "IND"}, {"GMB", "ZWE", "GAB"}),
    ("commonwealth", date(2018, 6, 1), 53, {"GMB"}, {"MDV"}),  # the Gambia back in February 2018; the Maldives out
    ("commonwealth", date(2026, 12, 7), 56, {"GAB", "TGO", "MDV"}, {"ZWE"}),
]


def readable_id(value) -> str:
    """Sets in a sorted order: every xdist worker must name each case alike."""
    return ",".join(sorted(value)) if isinstance(value, set) else str(value)


@pytest.mark.parametrize("bloc, day, count, members, outside", BLOC_LISTS, ids=readable_id)
def test_each_new_bloc_has_its_own_lists_members_on_each_date(bloc, day, count, members, outside):
    from datalayer.domain.scope import bloc_members_as_of

    held = bloc_members_as_of(load_tables().blocs, vocab.BLOCS_BY_SLUG[bloc], day)
    assert len(held) == count and members <= held and not outside & held, sorted(held)


def test_suspensions_are_dated_rows_of_members_of_their_bloc(tables):
    blocs = tables["blocs"]
    suspensions = blocs[blocs["role"] == vocab.SUSPENDED]
    members = blocs[blocs["role"] == vocab.MEMBER]
    assert {"au", "oif", "oic", "celac", "commonwealth"} <= set(suspensions["bloc"])
    for row in suspensions.itertuples():
        spells = members[(members["bloc"] == row.bloc) & (members["iso3"] == row.iso3)]
        assert len(spells), (row.bloc, row.iso3)  # only a member can be suspended
        assert pd.notna(row.since_start), (row.bloc, row.iso3)  # every suspension is dated
    sahel = suspensions[(suspensions["bloc"] == "au") & suspensions["iso3"].isin(["MLI", "BFA", "NER"])]
    assert len(sahel) == 3 and (sahel["until"] == "").all()  # still suspended
