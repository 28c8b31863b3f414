"""Country profiles on the shipped data: a signed state, one in both coalitions, an announced-only state, a state
with no tie, and the lead."""
import pytest

from datalayer import vocab
from datalayer.viewmodels.country import NO_REASON, country_choices, country_profile


@pytest.fixture(scope="module")
def profile(tables):
    return lambda iso3: country_profile(tables, iso3, tables.checked_on)


def standing(p, program):
    return p.standing.set_index("program").loc[vocab.PROGRAM_LABELS[program]]


def test_a_signed_state_shows_its_signing_its_source_and_the_lists_that_name_it(profile, tables):
    egypt = profile("EGY")
    row = standing(egypt, vocab.ILRS)
    assert row["standing"] == "Signed" and row["date"] == "2023-12-06" and row["source_url"].startswith("http")
    assert standing(egypt, vocab.ARTEMIS)["standing"] == "Not a signatory"
    assert egypt.summary == "Egypt signed with the ILRS on 6 December 2023 and has not signed the Artemis Accords."
    assert {"Dmitry Bakanov", "Wu Weiren"} <= set(egypt.named_by["speaker"])
    assert "BRICS members" in set(egypt.blocs["bloc"]) and (egypt.standing["stated_reason"] == NO_REASON).all()


def test_a_state_in_both_coalitions_says_so_and_its_timeline_has_both(profile):
    senegal = profile("SEN")
    assert standing(senegal, vocab.ARTEMIS)["standing"] == "Signatory"
    assert senegal.summary.endswith(": it is in both coalitions.")
    assert set(senegal.timeline.table["program_label"]) == {"ILRS", "Artemis Accords"}


def test_an_announced_only_state_is_not_called_a_signatory_and_its_institute_is_listed(profile):
    ethiopia = profile("ETH")
    assert "weaker ILRS tie" in ethiopia.summary and "not a signing" in ethiopia.summary
    assert list(ethiopia.institutions["status"]) == ["signed"] and len(ethiopia.timeline.table) == 2


def test_a_state_with_no_tie_says_so_plainly_and_the_lead_is_not_its_own_partner(profile):
    bhutan = profile("BTN")
    assert bhutan.summary == "Bhutan has no tie to either program in our data." and bhutan.timeline is None
    china = profile("CHN")
    assert china.summary.startswith("China leads the ILRS (it is not its own partner)")
    assert standing(china, vocab.ILRS)["standing"] == "Program lead"


def test_the_picker_offers_every_un_member_and_observer_state(tables):
    choices = country_choices(tables)
    assert len(choices) == len(tables.un_member_states) + 2 and {"VAT", "PSE", "EGY"} <= set(choices)
    assert list(choices.values()) == sorted(choices.values())


def test_bloc_mates_are_counted_as_each_coalition_stands(profile, tables):
    row = profile("EGY").blocs.set_index("bloc").loc["African Union"]
    au = next(k for k in tables.blocs["bloc"].unique() if k == "au")
    members = set(tables.blocs.loc[(tables.blocs["bloc"] == au) & (tables.blocs["role"] == "member"), "iso3"])
    assert row["members"] <= len(members) and row["in_both"] <= min(row["ilrs_members"], row["artemis_signatories"])
