from datalayer import vocab
from datalayer.viewmodels.overview import EVENTS_PER_SIDE, overview_model
from datalayer.words.dates import written_date


def test_overview_counts_partners_without_the_lead_and_lists_the_newest_changes(tables, points, drawable):
    page = overview_model(tables, points, drawable)
    tiles = {k.label: k.value for k in page.tiles}
    since, exhibit = page.exhibits
    assert since.key == "compare.since" and exhibit.key == "overview.partners"
    signed = int((exhibit.table["ilrs_status"] == vocab.SIGNED).sum())
    assert tiles["ILRS partner states"] == str(signed) == "12"
    weaker = int(exhibit.table["ilrs_status"].isin([vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY]).sum())
    assert f"{signed} states had signed ILRS agreements" in exhibit.summary
    assert f"and {weaker} more had weaker ties" in exhibit.summary
    # One idea, one number: the tile counts the same states as the map's sentence.
    assert int(tiles["States with weaker ties"]) == weaker
    assert int(tiles["Institutions"]) >= 20
    assert exhibit.key == "overview.partners" and f"As of {written_date(tables.checked_on)}" in exhibit.subtitle
    events = page.latest_events
    assert set(events["side"]) == {vocab.ILRS, vocab.ARTEMIS} and len(events) == 2 * EVENTS_PER_SIDE
    assert events["evidence"].str.contains(" confidence").all()
    # The quiet side is stated: the ILRS's newest member state, however long ago.
    newest = tables.partners[(tables.partners["kind"] == vocab.STATE) & (tables.partners["status"] == vocab.SIGNED)]
    newest = newest.sort_values("date_start").iloc[-1]
    [ilrs, accords] = page.pulse
    assert ilrs.startswith(f"The ILRS's newest member state is {newest['name']}, which signed on ")
    assert accords.startswith("The Artemis Accords' newest signatory is ")
