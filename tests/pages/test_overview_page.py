import re

from components.navigation import OVERVIEW
from datalayer.views.overview import NEWEST_CHANGES
from tests.pages.conftest import metrics, open_page, shown, summaries_of


def test_overview_counts_partner_states_without_china():
    app = open_page(OVERVIEW)
    shown = metrics(app)
    assert shown["ILRS partner states"] == "12"
    [summary] = summaries_of(app)
    assert re.match(r"As of \d+ \w+ \d{4}, 12 states had signed ILRS agreements \(China, the program's lead, is "
                    r"not counted\)", summary)


def test_overview_shows_the_newest_changes():
    app = open_page(OVERVIEW)
    listed = next(shown(m.value) for m in app.markdown if m.value.startswith("- **"))
    lines = listed.splitlines()
    assert len(lines) == NEWEST_CHANGES
    assert lines[0].startswith("- **Botswana signed the Artemis Accords, 25 June 2026")
    assert "](https://" in lines[0]  # each with its source, linked
