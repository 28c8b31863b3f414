"""The shipped datasets themselves: valid, sourced, consistent with each other and with the map."""
from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.__main__ import main as validate_all
from datalayer.loading.datasets import DATASETS, PARTNERS, load_dataset
from datalayer.domain.geometry import drawn_iso3
from datalayer.loading.integrity import undrawable_countries, unknown_countries
from datalayer.loading.paths import DATA_DIR, DETAIL_TOPOJSON, ROOT
from datalayer.loading.provenance import checksum_mismatches, load_provenance


@pytest.fixture(scope="module")
def tables():
    return {key: load_dataset(dataset) for key, dataset in DATASETS.items()}


def test_every_dataset_meets_its_schema_with_today_as_the_limit(tables):
    assert set(tables) == set(DATASETS)
    assert all(len(table) > 0 for table in tables.values())


def test_every_row_carries_a_source_address(tables):
    for key, table in tables.items():
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


def test_blocs_cover_every_lens(tables):
    present = set(tables["blocs"]["bloc"])
    assert {b.source_bloc for b in vocab.BLOCS} <= present
    brics = tables["blocs"][(tables["blocs"]["bloc"] == "brics") & (tables["blocs"]["role"] == "member")]
    assert {"IDN", "EGY", "ETH", "IRN", "ARE"} <= set(brics["iso3"])
    saudi = brics[brics["iso3"] == "SAU"]
    assert saudi.empty or saudi["notes"].str.startswith("DISPUTED").all()


def test_checksums_match_and_every_dataset_has_provenance():
    provenance = load_provenance()
    assert checksum_mismatches(provenance) == {}
    listed = set(provenance["path"])
    assert {f"data/{d.file}" for d in DATASETS.values()} <= listed
    assert "static/topojson/world_110m.json" in listed


def test_checksum_check_notices_an_edit(tmp_path):
    provenance = load_provenance()
    (tmp_path / "data").mkdir()
    for path in provenance["path"]:
        target = tmp_path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / path).read_bytes())
    (tmp_path / "data" / PARTNERS.file).write_text("edited", encoding="utf-8")
    assert checksum_mismatches(provenance, tmp_path) == {
        f"data/{PARTNERS.file}": "changed since its provenance entry was written"}


def test_every_column_is_documented_in_data_readme():
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for dataset in DATASETS.values():
        assert f"## {dataset.file}" in readme
        for column in dataset.schema(date.today()).columns:
            assert f"`{column}`" in readme, (dataset.file, column)


def test_validation_command_prints_a_summary_and_passes(capsys):
    assert validate_all([]) == 0
    output = capsys.readouterr().out
    assert "data/ilrs_partners.csv" in output and "status: signed" in output and "newest:" in output


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
