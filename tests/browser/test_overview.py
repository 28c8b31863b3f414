"""The overview in the real browser: the check date, the newest change, China drawn as the lead."""

import pytest

from components.navigation import OVERVIEW
from datalayer import vocab
from datalayer.loading.tables import load_tables
from datalayer.words.dates import written_date
from figures.theme import STATUS_COLOURS
from tests.browser.helpers import visit, wait_for_map
from tooling.colour_vision import rgb

pytestmark = pytest.mark.browser
LEAD_FILL = "rgb({},{},{})".format(*(round(255 * c) for c in rgb(STATUS_COLOURS[vocab.LEAD])))


def test_overview_shows_check_date_newest_change_and_china_as_lead(offline_page, base_url):
    offline_page.set_viewport_size({"width": 1400, "height": 2600})
    visit(offline_page, base_url, OVERVIEW.url_path)
    wait_for_map(offline_page)
    main = offline_page.locator('[data-testid="stMain"]')
    tables = load_tables()
    assert (
        main.get_by_text(f"Data checked to {written_date(tables.checked_on)}. Latest change", exact=False).count() == 1
    )
    newest = main.locator("li", has_text="Botswana signed the Artemis Accords")
    assert newest.locator("a[href^='http']").count() == 1  # the latest events, each with its source and grade
    assert "established outlet; medium confidence" in newest.inner_text()
    # Both sides, the quiet one stated: the ILRS's newest member state and how long ago.
    assert main.get_by_text("The ILRS's newest member state is Senegal", exact=False).count() == 1
    assert main.locator("li", has_text="· ILRS (").count() >= 1
    lead = offline_page.evaluate(
        "Array.from(document.querySelectorAll('path.choroplethlocation'))"
        f".filter(p => getComputedStyle(p).fill.replace(/ /g,'') === '{LEAD_FILL}').length"
    )
    assert lead == 1
    assert offline_page.locator(".legendtext", has_text="Program lead (1)").count() == 1
    offline_page.screenshot(path="artifacts/overview.png", full_page=True)
    assert offline_page.attempted_external == []
