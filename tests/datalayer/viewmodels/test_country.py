"""Country profiles on the shipped data: a signed state, one in both coalitions, an announced-only state, a state
with no tie, and the lead. Every part is an Exhibit whose summary is read from its own table."""

import re

import pytest

from datalayer import vocab
from datalayer.viewmodels.country import (
    BLOC_MATES,
    INSTITUTIONS,
    NAMED_BY,
    NO_REASON,
    PACK_PARTS,
    REASONS,
    STANDING,
    TIMELINE,
    country_choices,
    country_model,
)
from datalayer.words.dates import written_date
from datalayer.words.grammar import ordinal, possessive
from figures.builders import figure_for


@pytest.fixture(scope="module")
def profile(tables):
    return lambda iso3: country_model(tables, iso3, tables.checked_on)


def standing(p, program):
    return p.table(STANDING).set_index("program").loc[vocab.PROGRAM_LABELS[program]]


def test_a_signed_state_shows_its_signing_its_source_and_the_lists_that_name_it(profile, tables):
    egypt = profile("EGY")
    row = standing(egypt, vocab.ILRS)
    assert row["standing"] == "Signed" and row["date"] == "2023-12-06" and row["source_url"].startswith("http")
    assert standing(egypt, vocab.ARTEMIS)["standing"] == "Not a signatory"
    assert egypt.summary == "Egypt signed with the ILRS on 6 December 2023 and has not signed the Artemis Accords."
    assert {"Dmitry Bakanov", "Wu Weiren"} <= set(egypt.table(NAMED_BY)["speaker"])
    assert "BRICS members" in set(egypt.table(BLOC_MATES)["group"])
    # No source gives Egypt's reason: it says so, for the one program it joined, and nowhere else.
    reasons = egypt.table(REASONS)
    assert list(reasons["their_words"]) == [NO_REASON] and list(reasons["program"]) == ["ILRS"]
    assert egypt.exhibit(REASONS).summary == f"For the ILRS, {NO_REASON}."


def test_a_state_in_both_coalitions_gives_both_reasons_with_speaker_date_and_source(profile, tables):
    senegal = profile("SEN")
    assert standing(senegal, vocab.ARTEMIS)["standing"] == "Signatory"
    assert senegal.summary.endswith(": it is in both coalitions.")
    timeline = senegal.exhibit(TIMELINE).table
    assert set(timeline.loc[timeline["kind"] == "tie", "program_label"]) == {"ILRS", "Artemis Accords"}
    reasons = senegal.table(REASONS).set_index("program")
    shipped = tables.stated_reasons[tables.stated_reasons["iso3"] == "SEN"].set_index("program")
    assert reasons.loc["ILRS", "their_words"] == shipped.loc[vocab.ILRS, "quote"]  # French, as published
    assert reasons.loc["ILRS", "in_english"] == shipped.loc[vocab.ILRS, "english"]
    assert reasons.loc["ILRS", "rendering"] == "our translation from French"
    assert reasons.loc["Artemis Accords", "rendering"] == "as published"
    assert all(len(w.split()) <= 25 for w in reasons["their_words"])
    assert (reasons["speaker"].str.startswith("Maram Kairé")).all() and reasons["source_url"].str.startswith(
        "http"
    ).all()
    summary = senegal.exhibit(REASONS).summary
    assert "Maram Kairé (5 September 2024)" in summary and "Maram Kairé (24 July 2025)" in summary
    assert {s.url for s in senegal.exhibit(REASONS).sources} == set(shipped["source_url"])
    # The standing table carries the same words for each program.
    assert standing(senegal, vocab.ILRS)["stated_reason"] == shipped.loc[vocab.ILRS, "quote"]


def test_an_announced_only_state_is_not_called_a_signatory_and_gets_no_reason_row(profile):
    ethiopia = profile("ETH")
    assert "weaker ILRS tie" in ethiopia.summary and "not a signing" in ethiopia.summary
    assert list(ethiopia.table(INSTITUTIONS)["status"]) == ["signed"]
    assert not ethiopia.has(REASONS)  # it joined neither program: no reason to give


def test_a_state_with_no_tie_says_so_plainly_and_the_lead_is_not_its_own_partner(profile):
    bhutan = profile("BTN")
    assert bhutan.summary == "Bhutan has no tie to either program in our data." and not bhutan.has(TIMELINE)
    assert [e.key for e in bhutan.exhibits] == [STANDING, BLOC_MATES]
    china = profile("CHN")
    assert china.summary.startswith("China leads the ILRS (it is not its own partner)")
    assert standing(china, vocab.ILRS)["standing"] == "Program lead" and not china.has(REASONS)


def test_the_timeline_sets_the_countrys_ties_among_its_programs_milestones(profile):
    table = profile("THA").exhibit(TIMELINE).table
    ties, context = table[table["kind"] == "tie"], table[table["kind"] == "program milestone"]
    assert len(ties) == 4 and set(context["program_label"]) == {"ILRS", "Artemis Accords"}
    assert table["date_start"].is_monotonic_increasing
    assert profile("EGY").exhibit(TIMELINE).table.query("kind == 'program milestone'")["program_label"].eq("ILRS").all()


def test_the_picker_offers_every_un_member_and_observer_state(tables):
    choices = country_choices(tables)
    assert len(choices) == len(tables.un_member_states) + 2 and {"VAT", "PSE", "EGY"} <= set(choices)
    assert list(choices.values()) == sorted(choices.values())


def test_bloc_mates_are_counted_as_each_coalition_stands_and_the_sentence_reads_the_table(profile, tables):
    egypt = profile("EGY")
    blocs = egypt.table(BLOC_MATES)  # each bloc split four ways, as /compare draws them
    au = blocs[blocs["group"] == "African Union"].set_index("part")["states"]
    members = set(tables.blocs.loc[(tables.blocs["bloc"] == "au") & (tables.blocs["role"] == "member"), "iso3"])
    assert au.sum() <= len(members)
    said = re.search(
        r"African Union: (\d+) ILRS members, (\d+) Artemis signatories and (\d+) in both, of (\d+)",
        egypt.exhibit(BLOC_MATES).summary,
    )
    assert tuple(map(int, said.groups())) == (
        au[vocab.ILRS_ONLY] + au[vocab.BOTH],
        au[vocab.ARTEMIS_ONLY] + au[vocab.BOTH],
        au[vocab.BOTH],
        au.sum(),
    )


def test_the_pack_takes_standing_timeline_why_and_bloc_mates_and_every_source_once(profile):
    senegal = profile("SEN")
    assert [e.key for e in senegal.pack_exhibits] == list(PACK_PARTS)
    assert len(senegal.sources) == len(set(senegal.sources))
    assert {s for e in senegal.exhibits for s in e.sources} == set(senegal.sources)
    assert [e.key for e in profile("BTN").pack_exhibits] == [STANDING, BLOC_MATES]


@pytest.mark.parametrize("iso3", ["SEN", "EGY", "CHN", "ETH", "BTN"])
def test_the_standing_sentence_reads_its_own_table(profile, iso3):
    country = profile(iso3)
    sentence = country.exhibit(STANDING).summary
    for row in country.table(STANDING).itertuples():
        assert f"{row.program}: " in sentence
        if row.date:
            assert written_date(row.date) in sentence
            # each claim with its source, the source's grade and our confidence, as the table's evidence column says
            assert f"source {row.source_publisher}, {row.evidence}" in sentence
            assert row.evidence.endswith(f"{row.confidence} confidence") and row.source_grade
            assert f"{row.confidence} confidence" in sentence
        if row.place_in_order and row.place_in_order != "not stated":
            assert f"the {row.place_in_order} signatory" in sentence
    assert ("its lead since" in sentence) == (iso3 == "CHN")  # the lead is never said to have signed


def test_a_bloc_mates_count_says_when_it_holds_a_coalitions_lead(profile):
    china = profile("CHN").exhibit(BLOC_MATES).summary
    assert "BRICS members: 4 ILRS members (China, its lead, included), 4 Artemis signatories and" in china
    assert "SCO: 5 ILRS members (China, its lead, included), 1 Artemis signatory and" in china  # one, not ones
    poland = profile("POL").exhibit(BLOC_MATES).summary
    assert "NATO: 0 ILRS members, 27 Artemis signatories (the United States, its lead, included)" in poland
    assert "European Union: 0 ILRS members, 26 Artemis signatories and" in poland  # the US is not in the EU
    assert "its lead" not in profile("SEN").exhibit(BLOC_MATES).summary  # neither lead in the G77 or the AU


def test_the_lists_sentence_says_who_named_the_country_as_its_table_does(profile):
    egypt = profile("EGY").exhibit(NAMED_BY)
    said = egypt.summary
    assert said.startswith(f"Egypt is named with {len(egypt.table)} official totals: ")
    for row in egypt.table.itertuples():
        who = "by the outlet reporting" if row.listed_by == "outlet" else f"by {row.speaker.split(' (')[0]} on"
        assert who in said, said


@pytest.mark.parametrize("iso3", ["SEN", "EGY", "USA", "IRL"])
def test_the_order_strip_places_the_country_among_every_member_by_signing_date(tables, iso3):
    profile = country_model(tables, iso3, tables.checked_on)
    exhibit = profile.exhibit("country.order")
    table = exhibit.table
    for _, rows in table.groupby("program"):
        assert len(rows) == rows["of"].iloc[0] and rows["this_country"].sum() <= 1
        earlier = {day: int((rows["date_start"] < day).sum()) + 1 for day in rows["date_start"]}
        assert list(rows["place"]) == [earlier[d] for d in rows["date_start"]]  # a shared day, a shared place
    ilrs = table[table["program"] == "ILRS"]
    assert "CHN" not in set(ilrs["iso3"])  # the lead is not its own partner
    for row in table[table["this_country"]].itertuples():
        said = f"{'joint ' if row.joint else ''}{ordinal(row.place)} of the {possessive(row.program)} {row.of} "
        assert said in exhibit.headline and said in exhibit.summary
    figure = figure_for(exhibit)
    named = [str(t) for trace in figure.data if trace.mode == "markers+text" for t in trace.text]
    assert named == list(table.loc[table["this_country"], "country"])


def test_the_ilrs_lead_has_no_place_in_an_order_it_did_not_join(tables):
    assert not country_model(tables, "CHN", tables.checked_on).has("country.order")
