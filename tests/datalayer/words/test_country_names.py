from datalayer import vocab
from datalayer.words.country_names import named_in_language
from datalayer.words.language import speaking


def test_english_tables_are_the_data_as_it_is(tables):
    assert named_in_language(tables) is tables


def test_every_state_is_named_in_the_language_and_an_institution_keeps_its_name(tables):
    with speaking("fr"):
        named = named_in_language(tables)
    partners, before = named.partners, tables.partners
    states = before["kind"] == vocab.STATE
    assert set(partners.loc[partners["iso3"] == "SEN", "name"]) == {"Sénégal"}
    assert partners.loc[~states, "name"].equals(before.loc[~states, "name"])
    assert set(named.artemis_accords.loc[named.artemis_accords["iso3"] == "USA", "country"]) == {"États-Unis"}
    regions = named.regions.set_index("iso3")
    assert regions.loc["EGY", "country"] == regions.loc["EGY", "short_name"] == "Égypte"
    assert tables.regions.set_index("iso3").loc["EGY", "country"] == "Egypt"  # the data itself is left alone
