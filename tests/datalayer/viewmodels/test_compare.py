"""The comparison's view model on the shipped data: each exhibit's summary carries its table's numbers."""

from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.domain import compare
from datalayer.domain.dates import dated_rows
from datalayer.domain.scope import Scope, bloc_members_as_of
from datalayer.viewmodels.compare import MEMBERSHIP, compare_model
from datalayer.words import comparison_lines
from tests.scoped import at

CHECK = date(2026, 11, 21)
KEYS = [
    "compare.since",
    "compare.membership",
    "compare.aligned",
    "compare.per_year",
    "compare.overlap",
    "compare.blocs",
    "compare.blocs_over_time",
    "compare.regions",
    "compare.milestones",
]


@pytest.fixture(scope="module")
def world(tables, points, drawable):
    return compare_model(tables, points, drawable, at(tables, Scope(), CHECK))


def test_every_exhibit_is_there_in_order_with_a_summary_and_sources(world):
    assert [e.key for e in world.exhibits] == KEYS
    for exhibit in world.exhibits:
        assert exhibit.summary.endswith(".") and exhibit.sources and len(exhibit.table)


def test_an_exhibit_is_found_by_its_key_and_an_unknown_key_is_an_error(world):
    assert world.exhibit(MEMBERSHIP) is world.exhibits[1]
    with pytest.raises(KeyError):
        world.exhibit("compare.nothing")


def test_coalitions_are_counted_with_their_leads(world, tables):
    tiles = {k.label: k.value for k in world.tiles}
    membership = world.exhibit("compare.membership")
    last = membership.table.groupby("program")["count"].last()
    partners = int(
        (
            tables.partners["kind"].eq("state")
            & tables.partners["status"].eq("signed")
            & tables.partners["date_start"].le(pd.Timestamp(CHECK))
        ).sum()
    )
    assert int(tiles["ILRS member states"]) == last["ILRS"] == partners + 1  # the partners and China
    assert int(tiles["Artemis Accords signatories"]) == last["Artemis Accords"]
    assert f"the ILRS had {last['ILRS']} member states" in membership.summary
    assert (
        f"the Artemis Accords {last['Artemis Accords']} (the United States, its lead, included)" in membership.summary
    )
    assert "China for the ILRS" in world.weight_note


def test_aligned_per_year_and_composition_summaries_match_their_tables(world):
    aligned = world.exhibit("compare.aligned")
    age = aligned.table.groupby("program")["months_since_launch"].max().min()
    ilrs = aligned.table[(aligned.table["program"] == "ILRS") & (aligned.table["months_since_launch"] <= age)]
    assert f"the ILRS had {ilrs['count'].max()} member states" in aligned.summary
    # The comparison is at the younger coalition's age: the ILRS's, whose first signing came later.
    ilrs_age = aligned.table.loc[aligned.table["program"] == "ILRS", "months_since_launch"].max()
    assert aligned.summary.startswith(f"{ilrs_age:.0f} months after its first signing")
    per_year = world.exhibit("compare.per_year")
    best = per_year.table[per_year.table["program"] == "ILRS"].sort_values("new_members").iloc[-1]
    assert f"The ILRS's busiest year was {best['year']} ({best['new_members']} new)" in per_year.summary
    regions = world.exhibit("compare.regions")
    top = regions.table[regions.table["program"] == "Artemis Accords"].sort_values("share").iloc[-1]
    whole = round(top["members"] / top["share"])
    assert (
        f"{top['share']:.1%} of the Artemis Accords' signatories ({top['members']} of {whole}) are in "
        f"{comparison_lines.group_name(top['group'])}"
    ) in regions.summary


def test_overlap_map_stars_space_powers_and_names_those_in_neither(world):
    overlap = world.exhibit("compare.overlap").table.set_index("iso3")
    named = set(overlap.index[overlap["space_power_named"]])
    assert named == {"IRN", "PRK"}
    assert set(overlap.loc[list(named), "space_power_name"]) == {"Iran", "North Korea"}  # short names on the map
    assert overlap.loc["CHN", "category"] == vocab.ILRS_ONLY and overlap.loc["THA", "category"] == vocab.BOTH
    assert "Iran and North Korea" in world.space_powers_line or "North Korea and Iran" in world.space_powers_line
    assert len(world.both_lines) == int((overlap["category"] == vocab.BOTH).sum())


def test_milestones_summary_counts_done_milestones(world):
    table = world.exhibit("compare.milestones").table
    ilrs = table[table["program_label"] == "ILRS"].drop_duplicates("milestone_id")
    done = int((ilrs["date_status"] == vocab.DONE).sum())
    assert f"ILRS: {done} of {len(ilrs)} milestones done" in world.exhibit("compare.milestones").summary


def test_an_earlier_date_rolls_everything_back(tables, points, drawable):
    then = compare_model(tables, points, drawable, at(tables, Scope(), date(2022, 12, 31)))
    tiles = {k.label: k.value for k in then.tiles}
    assert tiles["ILRS member states"] == "2" and tiles["In both coalitions"] == "0"  # China and Russia
    assert then.both_lines == ("No state in this scope had signed both by the date.",)


@pytest.mark.parametrize("bloc", [b.slug for b in vocab.BLOCS])
def test_every_bloc_scope_builds_and_says_when_a_coalition_has_no_member(tables, points, drawable, bloc):
    page = compare_model(tables, points, drawable, at(tables, Scope(bloc), CHECK))
    aligned = page.exhibit("compare.aligned")
    ilrs = aligned.table[aligned.table["program"] == "ILRS"]
    if ilrs["months_since_launch"].isna().all():  # e.g. the EU: no ILRS member state
        assert aligned.summary == "The ILRS had no member state in this scope, so there is no common age to compare at."
    else:
        assert " months after its first signing, the ILRS had " in aligned.summary


@pytest.mark.parametrize("slug", [None, "au", "brics"])
def test_each_blocs_four_parts_sum_to_its_members_on_the_date_and_the_bars_run_by_lean(tables, points, drawable, slug):
    scope = Scope(slug) if slug else Scope()
    where = at(tables, scope, tables.checked_on)
    split = compare_model(tables, points, drawable, where).exhibit("compare.blocs").table
    ilrs = set(compare.ilrs_member_states(tables.partners, tables.checked_on)["iso3"])
    accords = set(dated_rows(tables.artemis_accords, tables.checked_on)["iso3"])
    for bloc in vocab.BLOCS:
        members = bloc_members_as_of(tables.blocs, bloc, tables.checked_on)
        members &= set(where.members) if where.members is not None else members
        rows = split[split["group"] == bloc.label].set_index("part")
        if not members:
            assert rows.empty
            continue
        assert rows["states"].sum() == len(members) and rows["share"].sum() == pytest.approx(1)
        assert rows.loc[vocab.BOTH, "states"] == len(members & ilrs & accords)
        assert rows.loc[vocab.ILRS_ONLY, "states"] == len((members & ilrs) - accords)
        # 'Both' straddles zero: the ILRS to its left, the Accords to its right.
        both = rows.loc[vocab.BOTH]
        assert both["start"] == pytest.approx(-both["share"] / 2)
    leans = list(split.drop_duplicates("group")["lean"])
    assert leans == sorted(leans, reverse=True)
