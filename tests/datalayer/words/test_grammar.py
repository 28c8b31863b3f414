from datalayer.domain.scope import Scope
from datalayer.words import grammar
from datalayer.words.grammar import count_noun, ordinal
from datalayer.words.language import speaking
from datalayer.words.translation import t


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


def test_a_list_is_written_as_each_language_lists():
    names = ["A", "B", "C"]
    assert grammar.listed(names) == "A, B and C" and grammar.listed([]) == "none"
    assert grammar.listed([*"ABCDEFGH"]) == "A, B, C, D, E and 3 more"
    with speaking("zh"):
        assert grammar.listed(names) == "A、B和C"
    with speaking("ru"):
        assert grammar.listed(names) == "A, B и C"


def test_a_scope_in_an_english_sentence_is_its_name_and_elsewhere_the_catalogs():
    scopes = [
        Scope(),
        Scope("au"),
        Scope("brics", region_slug="africa", region_label="Africa"),
        Scope(region_slug="americas", region_label="Americas"),
        Scope(group=("BFA", "MLI"), group_name="Sahel"),
        Scope(group=("BFA", "MLI")),
    ]
    assert [grammar.scope_name(s) for s in scopes] == [s.name for s in scopes]
    assert grammar.within_scope(Scope()) == "" and grammar.within_scope(Scope("au")) == " within the African Union"
    with speaking("zh"):
        assert "非洲联盟" in grammar.within_scope(Scope("au"))
        assert "美洲" in grammar.scope_name(Scope(region_slug="americas", region_label="Americas"))
        assert "Sahel" in grammar.scope_name(Scope(group=("BFA",), group_name="Sahel"))


def test_an_ordinal_and_a_share_in_each_language():
    with speaking("ru"):
        assert grammar.ordinal(62) == "62-й" and grammar.percent(0.264) == "26,4 %".replace(" ", "")
    with speaking("zh"):
        assert grammar.ordinal(62) == "第62"


def test_a_name_in_a_sentence_has_its_own_form_apart_from_the_menu():
    with speaking("fr"):
        assert grammar.within_scope(Scope(region_slug="africa", region_label="Africa")) == " dans l'Afrique"
        assert grammar.scope_name(Scope("asean")) == "l'ASEAN" and t("ASEAN") == "ASEAN"
