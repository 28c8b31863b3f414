"""The reconciliation on the shipped data: Roscosmos' thirteen countries of April 2025, name by name."""

import re

from datalayer.domain.reconcile import COUNTED_ONLY, IN_BOTH, LISTED_ONLY
from datalayer.viewmodels.reconciliation import RECONCILIATION, reconciliation_model


def test_bakanovs_thirteen_countries_are_reconciled_name_by_name(tables):
    view = reconciliation_model(tables, tables.checked_on)
    claim = next(c for c in view.exhibit(RECONCILIATION).table["claim"] if "Dmitry Bakanov" in c and "2025-04-29" in c)
    rows = view.names[view.names["claim"] == claim]
    sides = {side: set(rows.loc[rows["side"] == side, "iso3"]) for side in (IN_BOTH, LISTED_ONLY, COUNTED_ONLY)}
    listed = set(tables.claim_names.loc[tables.claim_names["speaker"] == "Dmitry Bakanov", "iso3"])
    assert len(listed) == 13 and sides[IN_BOTH] | sides[LISTED_ONLY] == listed
    partners = tables.partners[tables.partners["kind"] == "state"].set_index("iso3")
    assert all(partners.loc[i, "status"] != "signed" for i in sides[LISTED_ONLY])  # named, not signed by then
    assert "RUS" in sides[COUNTED_ONLY] and "CHN" not in set(rows["iso3"])
    row = view.exhibit(RECONCILIATION).table.set_index("claim").loc[claim]
    assert row["ours"] == len(sides[IN_BOTH] | sides[COUNTED_ONLY]) and row["claimed"] == 13


def test_the_sentence_is_its_tables(tables):
    view = reconciliation_model(tables, tables.checked_on)
    newest = view.exhibit(RECONCILIATION).table.iloc[-1]
    summary = view.exhibit(RECONCILIATION).summary
    assert f"The newest official figure, {newest['claim']}, is {abs(newest['difference'])}" in summary
    assert f"our count of {newest['ours']} that day" in summary
    both = int(re.search(r"(\d+) names are on both sides", summary)[1])
    listed_claim = (
        view.exhibit(RECONCILIATION).table[view.exhibit(RECONCILIATION).table["listed"] > 0].iloc[-1]["claim"]
    )
    assert both == int((view.names[view.names["claim"] == listed_claim]["side"] == IN_BOTH).sum())
