"""The map's view model on the shipped data: KPIs, the exhibit's table and its summary tell one story."""

import re
from datetime import date, timedelta

import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.charts import MapOverTime
from datalayer.viewmodels.map import MapOptions, country_detail, map_model
from datalayer.words.dates import written_date
from tests.scoped import at

CHECK = date(2026, 11, 21)


def numbers(text: str) -> list[int]:
    """Whole numbers in a sentence, dates' days and years left out."""
    text = re.sub(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b", "", text)
    return [int(n) for n in re.findall(r"\b\d+\b", text)]


def test_ilrs_view_counts_partners_without_the_lead(tables, points, drawable):
    page = map_model(tables, points, drawable, at(tables, Scope(), tables.checked_on), MapOptions())
    exhibit, _tiles = page.exhibits
    table = exhibit.table
    signed = int((table["ilrs_status"] == vocab.SIGNED).sum())
    weaker = int(table["ilrs_status"].isin([vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY]).sum())
    assert table.set_index("iso3").loc["CHN", "category"] == vocab.LEAD
    assert table.set_index("iso3").loc["ETH", "category"] == vocab.ANNOUNCED
    tiles = {k.label: k.value for k in page.tiles}
    assert int(tiles["ILRS partner states"]) == signed == 12
    assert numbers(exhibit.summary) == [signed, weaker]
    assert "China, the program's lead" in exhibit.summary
    assert exhibit.key == "map.ilrs" and f"World · As of {written_date(tables.checked_on)}" in exhibit.subtitle
    assert exhibit.sources and all(s.url.startswith("http") for s in exhibit.sources)


def test_artemis_and_overlap_summaries_match_their_tables(tables, points, drawable):
    artemis = map_model(
        tables, points, drawable, at(tables, Scope(), CHECK), MapOptions(view=vocab.VIEW_ARTEMIS)
    ).exhibits[0]
    assert numbers(artemis.summary) == [int((artemis.table["artemis_date"] != "").sum())]
    overlap = map_model(
        tables, points, drawable, at(tables, Scope("brics"), CHECK), MapOptions(view=vocab.VIEW_OVERLAP)
    ).exhibits[0]
    inside = overlap.table[overlap.table["in_scope"]]
    expected = [int((inside["category"] == c).sum()) for c in (vocab.BOTH, vocab.ILRS_ONLY, vocab.ARTEMIS_ONLY)]
    assert numbers(overlap.summary) == expected
    assert "within BRICS " in overlap.summary  # the bloc as a sentence names it, not its menu label


def test_scope_and_date_narrow_the_kpis(tables, points, drawable):
    world = {
        k.label: int(k.value)
        for k in map_model(tables, points, drawable, at(tables, Scope(), CHECK), MapOptions()).tiles
    }
    brics = {
        k.label: int(k.value)
        for k in map_model(tables, points, drawable, at(tables, Scope("brics"), CHECK), MapOptions()).tiles
    }
    early = {
        k.label: int(k.value)
        for k in map_model(tables, points, drawable, at(tables, Scope(), date(2022, 12, 31)), MapOptions()).tiles
    }
    assert 0 < brics["ILRS partner states"] < world["ILRS partner states"]
    assert early["ILRS partner states"] == 1  # Russia; China leads and is not its own partner


def test_play_table_has_every_month_and_the_as_of_date(tables, points, drawable):
    exhibit = map_model(
        tables, points, drawable, at(tables, Scope(), date(2024, 6, 30)), MapOptions(play=True, institutions=True)
    ).exhibits[0]
    assert isinstance(exhibit.chart, MapOverTime)
    assert exhibit.table["as_of"].nunique() == 40  # March 2021 to June 2024
    assert exhibit.table["institutions"].sum() > 0


def test_a_date_after_the_check_carries_a_notice(tables, points, drawable):
    later = map_model(
        tables, points, drawable, at(tables, Scope(), tables.checked_on + timedelta(days=9)), MapOptions()
    )
    assert any(f"after {written_date(tables.checked_on)}" in n and "not in the data" in n for n in later.notices)
    assert not map_model(tables, points, drawable, at(tables, Scope(), CHECK), MapOptions()).notices


def test_country_detail_lists_the_institute_apart_from_the_state(tables):
    detail = country_detail(tables, "ETH", "Ethiopia")
    ties = dict(detail.sections)["ILRS ties (states and institutions based there)"]
    assert set(ties["kind"]) == {vocab.STATE, vocab.INSTITUTION}
    assert "_start" not in "".join(ties.columns)


def test_the_map_names_signed_partners_and_the_lead_in_short_form_and_only_in_scope(tables, points, drawable):
    world = map_model(tables, points, drawable, at(tables, Scope(), tables.checked_on), MapOptions()).exhibits[0]
    named = world.table.set_index("iso3")["map_name"]
    signed_or_lead = world.table.loc[world.table["ilrs_status"].isin([vocab.SIGNED, vocab.LEAD]), "iso3"]
    assert set(named[named != ""].index) == set(signed_or_lead)
    artemis = map_model(
        tables, points, drawable, at(tables, Scope(), tables.checked_on), MapOptions(view=vocab.VIEW_ARTEMIS)
    ).exhibits[0]
    accords_names = artemis.table.set_index("iso3")["map_name"]
    assert dict(accords_names[accords_names != ""]) == {"USA": "United States (lead)"}
    assert artemis.table.set_index("iso3").loc["USA", "category"] == vocab.ARTEMIS_LEAD
    assert named["RUS"] == "Russia" and named["VEN"] == "Venezuela"  # as briefings say them, not the UN's form
    assert world.chart.named == "map_name"
    au = map_model(tables, points, drawable, at(tables, Scope("au"), tables.checked_on), MapOptions()).exhibits[0]
    assert set(au.table.loc[au.table["map_name"] != "", "iso3"]) == {"EGY", "SEN", "ZAF"}
    overlap = map_model(
        tables, points, drawable, at(tables, Scope(), tables.checked_on), MapOptions(view=vocab.VIEW_OVERLAP)
    ).exhibits[0]
    both = overlap.table.loc[overlap.table["category"] == vocab.BOTH, "iso3"]
    overlap_names = overlap.table.set_index("iso3")["map_name"]
    assert set(overlap_names[overlap_names != ""].index) == {*both, "CHN", "USA"}  # both leads, treated alike
    assert (overlap_names["CHN"], overlap_names["USA"]) == ("China (lead)", "United States (lead)")
    assert named["CHN"] == "China (lead)"
    assert artemis.chart.named == "map_name"  # its lead only: 67 names would not fit, the hover has them


def test_a_scopes_map_is_framed_on_the_scope_and_the_worlds_on_the_world(tables, points, drawable):
    def bounds(scope, **options):
        at_date = at(tables, scope, tables.checked_on)
        return map_model(tables, points, drawable, at_date, MapOptions(**options)).exhibits[0].chart.bounds

    assert bounds(Scope()) is None
    west, east, south, north = bounds(Scope("au"))
    # Africa, Cape Verde to Mauritius and Tunisia to the Cape, and not much of anything else.
    assert -40 < west < -20 and 55 < east < 75 and -50 < south < -30 and 35 < north < 50
    assert bounds(Scope("au"), play=True) == (west, east, south, north)
    west, east, south, north = bounds(Scope("asean"))
    assert 85 < west < 100 and 120 < east < 140 and -20 < south < 0 and 20 < north < 40


# --- A reader's own group, read as a bloc is ------------------------------------------------------------------------

ADDITIVE = ("partner_states", "weaker_states", "institutions", "artemis", "both", "ilrs_members")


def group_headline(tables, scope, day):
    from datalayer.domain.headline import headline

    on = at(tables, scope, day)
    return headline(tables.partners, tables.artemis_accords, set(on.members), day, on.disputed)


@pytest.mark.parametrize("day", [date(2023, 6, 30), date(2026, 12, 7)], ids=str)
def test_a_group_of_four_counts_what_its_members_count_one_by_one(tables, day):
    group = ("BRA", "IND", "ZAF", "EGY")
    whole = group_headline(tables, Scope(group=group, group_name="Four"), day)
    parts = [group_headline(tables, Scope(group=(code,)), day) for code in group]
    for field in ADDITIVE:
        assert getattr(whole, field) == sum(getattr(p, field) for p in parts), field
    assert whole.partner_states + whole.artemis > 0  # the check counted something


@pytest.mark.parametrize("slug", ["brics", "au", "g20", "oif"])
def test_a_group_equal_to_a_bloc_gives_the_blocs_numbers(tables, points, drawable, slug):
    day = tables.checked_on
    bloc = at(tables, Scope(slug), day)
    same = Scope(group=tuple(sorted(bloc.members)), group_name="Copy")
    as_bloc = map_model(tables, points, drawable, bloc, MapOptions())
    as_group = map_model(tables, points, drawable, at(tables, same, day), MapOptions())
    assert [(t.label, t.value) for t in as_group.tiles] == [(t.label, t.value) for t in as_bloc.tiles]
    assert group_headline(tables, same, day) == group_headline(tables, Scope(slug), day) or bloc.disputed


@pytest.mark.parametrize(("scope", "tiles"), [(Scope(), 193), (Scope("au"), 54), (Scope("eu"), 27)])
def test_the_equal_tiles_draw_each_un_member_in_scope_once_as_the_map_colours_it(
    tables, points, drawable, scope, tiles
):
    for view in vocab.PROGRAM_VIEWS:
        area, equal = map_model(
            tables, points, drawable, at(tables, scope, tables.checked_on), MapOptions(view)
        ).exhibits
        table = equal.table
        assert len(table) == tiles and table["iso3"].is_unique and not table.duplicated(["col", "row"]).any()
        # The African Union's 55th member, Western Sahara, is no UN member; San Marino has a tile but no shape.
        colours = area.table.set_index("iso3")["category"]
        drawn = table[table["iso3"].isin(colours.index)]
        assert (drawn.set_index("iso3")["category"] == colours.loc[drawn["iso3"]]).all() and len(drawn) >= tiles - 1
        assert equal.headline == area.headline  # the same finding, of the same states
