import re

from components.navigation import OVERVIEW
from datalayer.loading.tables import load_tables
from datalayer.viewmodels.overview import EVENTS_PER_SIDE
from tests.pages.conftest import metrics, notices, open_page, shown, summaries_of


def test_overview_counts_partner_states_without_china():
    app = open_page(OVERVIEW)
    shown = metrics(app)
    assert shown["ILRS partner states"] == "12"
    then_and_now, summary = summaries_of(app)
    assert then_and_now.startswith("On 5 September 2024, the ILRS had 13 member states")
    assert re.match(
        r"As of \d+ \w+ \d{4}, 12 states had signed ILRS agreements \(China, the program's lead, is "
        r"not counted\)",
        summary,
    )


def test_overview_lists_the_latest_events_of_both_programs_newest_first():
    app = open_page(OVERVIEW)
    listed = next(shown(m.value) for m in app.markdown if m.value.startswith("- **"))
    lines = listed.splitlines()
    assert len(lines) == 2 * EVENTS_PER_SIDE
    tables = load_tables()
    newest = tables.artemis_accords.sort_values("date_earliest").iloc[-1]
    assert f"- **{newest['country']} signed the Artemis Accords" in listed  # a signing, not a curation note
    assert all("](https://" in line or "](http://" in line for line in lines)  # each with its source, linked
    assert all(line.endswith(" confidence)") for line in lines)  # and how good that source is
    assert "· ILRS (" in listed and "· Artemis program (NASA) (" in listed
    assert any(t.value.startswith("The ILRS's newest member state is Senegal") for t in app.text)


def test_since_in_the_address_moves_the_then_and_now_chart_and_a_bad_one_is_named():
    app = open_page(OVERVIEW, {"since": "2023-06-30"})
    assert app.query_params["since"] == "2023-06-30"
    assert summaries_of(app)[0].startswith("On 30 June 2023, the ILRS had ")
    assert any(h.value.startswith("Since 30 June 2023, the Artemis Accords have gained") for h in app.header)
    bad = open_page(OVERVIEW, {"since": "yesterday"})
    assert "?since" in notices(bad) and summaries_of(bad)[0].startswith("On 5 September 2024")
