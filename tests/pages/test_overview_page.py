from components.navigation import OVERVIEW
from datalayer.views.overview import NEWEST_CHANGES
from tests.pages.conftest import metrics, open_page, summaries_of


def test_overview_counts_partner_states_without_china():
    app = open_page(OVERVIEW)
    shown = metrics(app)
    assert shown["ILRS partner states"] == "12"
    [summary] = summaries_of(app)
    assert summary.startswith("As of 21 November 2026, 12 states had signed ILRS agreements with China, the "
                              "program's lead")


def test_overview_shows_the_newest_changes():
    app = open_page(OVERVIEW)
    changes = next(d.value for d in app.dataframe if "change" in d.value.columns)
    assert len(changes) == NEWEST_CHANGES
    assert changes["change"].iloc[0].startswith("Botswana signed the Artemis Accords, 25 June 2026")
