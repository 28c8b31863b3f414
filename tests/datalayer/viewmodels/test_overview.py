from datalayer import vocab
from datalayer.viewmodels.exhibit import long_date
from datalayer.viewmodels.overview import overview_page


def test_overview_counts_partners_without_the_lead_and_lists_the_newest_changes(tables, points, drawable):
    page = overview_page(tables, points, drawable)
    kpis = {k.label: k.value for k in page.kpis}
    [exhibit] = page.exhibits
    signed = int((exhibit.table["ilrs_status"] == vocab.SIGNED).sum())
    assert kpis["ILRS partner states"] == str(signed) == "12"
    weaker = int(exhibit.table["ilrs_status"].isin([vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY]).sum())
    assert f"{signed} states had signed ILRS agreements" in exhibit.summary
    assert f"and {weaker} more had weaker ties" in exhibit.summary
    # One idea, one number: the tile counts the same states as the map's sentence.
    assert int(kpis["States with weaker ties"]) == weaker
    assert int(kpis["Institutions"]) >= 20
    assert exhibit.key == "overview.partners" and f"As of {long_date(tables.checked_on)}" in exhibit.subtitle
    events = page.latest_events
    assert len(events) == 5
    newest = tables.artemis_accords.sort_values("date_start").iloc[-1]
    assert events["event"].str.startswith(f"{newest['country']} signed the Artemis Accords").any()
