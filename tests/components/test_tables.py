import pandas as pd

from components.tables import link_columns


def test_only_source_addresses_become_links():
    assert set(link_columns(pd.DataFrame({"source_url": [], "notes": []}))) == {"source_url"}
    assert link_columns(pd.DataFrame({"notes": []})) == {}
