from datalayer.domain.reconcile import COUNTED_ONLY, IN_BOTH, LISTED_ONLY, reconcile
from datalayer.words.reconciliation_lines import labelled
from tests.datalayer.domain.test_reconcile import NAMES, PARTNERS, REPORTED


def test_each_figure_is_named_by_its_label_and_each_name_says_why_it_is_on_one_side():
    claims, names = labelled(*reconcile(REPORTED, NAMES, PARTNERS))
    assert list(claims["claim"]) == [
        "9 countries and international organizations, Bian Zhigang, 2025-04-23",
        "4 countries, Dmitry Bakanov, 2025-04-29",
    ]
    assert "claim_id" not in claims and "claim_id" not in names
    sides = dict(zip(names["iso3"], zip(names["side"], names["reason"], strict=True), strict=True))
    assert sides["EGY"] == (IN_BOTH, "")
    assert sides["BOL"][0] == LISTED_ONLY and "our status: announced" in sides["BOL"][1]
    assert sides["CHL"] == (LISTED_ONLY, "signed 2025-06-01, after the statement")
    assert sides["PER"] == (LISTED_ONLY, "no ILRS tie in our data")
    assert sides["RUS"][0] == sides["SRB"][0] == COUNTED_ONLY and "the list does not name it" in sides["SRB"][1]
    assert set(names["claim"]) == {"4 countries, Dmitry Bakanov, 2025-04-29"}
