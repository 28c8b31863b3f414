from datalayer.domain.wording import count_noun, ordinal, spelled_date


def test_counts_ordinals_and_dates_as_a_sentence_writes_them():
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
    assert spelled_date("2021-03-09") == "9 March 2021" and spelled_date("2026-05") == "May 2026"
    assert spelled_date("2026") == "2026" and spelled_date("soon") == "soon"
