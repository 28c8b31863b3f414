from datalayer.words import grammar
from datalayer.words.grammar import count_noun, ordinal


def test_counts_and_ordinals_as_a_sentence_writes_them():
    assert count_noun(1, "signatory", "signatories") == "1 signatory" and count_noun(2, "state") == "2 states"
    assert [ordinal(n) for n in (1, 2, 3, 11, 12, 13, 22, 68, 111)] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "12th",
        "13th",
        "22nd",
        "68th",
        "111th",
    ]


def test_one_rule_cuts_every_short_title_at_a_colon_bracket_or_comma_and_to_fit():
    assert grammar.short_title("Artemis III redefined: crewed LEO test (no landing)") == "Artemis III redefined"
    long = grammar.short_title("Roscosmos contracts Lavochkin to build a Russian lunar power station")
    assert len(long) <= grammar.SHORT_TITLE and long.endswith("…") and long.startswith("Roscosmos contracts")
    assert grammar.short_title("Signed") == "Signed"
