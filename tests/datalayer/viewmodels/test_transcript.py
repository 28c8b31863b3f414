"""Every generated sentence is on file: the golden transcripts are what the pages and the pack say at the data's
check date, and any change of wording shows as their diff. Rewrite them with
`.venv/bin/python -m datalayer.viewmodels.transcript` and read the diff before committing."""

import pytest

from datalayer.viewmodels.transcript import GOLDEN_DIR, transcripts


@pytest.fixture(scope="module")
def written(tables, points, drawable):
    return transcripts(tables, points, drawable)


def test_every_scope_and_scenario_has_a_golden_file(written):
    assert {"world.txt", "brics.txt", "au.txt", "region_africa.txt", "what_if_au.txt"} <= set(written)
    assert set(written) == {p.name for p in GOLDEN_DIR.glob("*.txt")}, "run python -m datalayer.viewmodels.transcript"


def test_the_pages_say_exactly_what_the_golden_files_hold(written):
    for name, text in written.items():
        on_file = (GOLDEN_DIR / name).read_text(encoding="utf-8").splitlines()
        now = text.splitlines()
        added = [line for line in now if line not in on_file][:5]
        gone = [line for line in on_file if line not in now][:5]
        assert now == on_file, f"{name} differs from its golden file: new {added}, gone {gone}"
