import pandas as pd

from datalayer import vocab
from datalayer.viewmodels.country_timeline import program_milestones, timeline_exhibit


def test_a_countrys_context_is_the_named_milestones_of_the_programs_it_joined(tables):
    rows = program_milestones(tables, (vocab.ILRS,), tables.checked_on)
    assert len(rows) and rows["named"].all() and set(rows["program"]) == {vocab.ILRS}
    assert (rows["relation"] == vocab.OWN).all()  # China's related missions are not the ILRS's own
    assert rows["source"].str.startswith("Source: ").all() and rows["short_title"].str.len().le(34).all()


def test_a_country_with_no_tie_has_no_timeline(tables):
    none = timeline_exhibit("country.timeline", "Bhutan", None, None, pd.DataFrame(), pd.DataFrame(), tables.checked_on)
    assert none is None
