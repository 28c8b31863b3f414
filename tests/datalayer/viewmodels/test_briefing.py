from datetime import date

import pytest

from datalayer.domain.scope import Scope
from datalayer.viewmodels.briefing import KEY_FACTS, briefing_model, embed_snippet, pack_file_name
from datalayer.words.dates import written_date
from datalayer.words.pack_lines import citation
from tests.scoped import at


@pytest.fixture(scope="module")
def brics(tables, points, drawable):
    return briefing_model(tables, points, drawable, at(tables, Scope("brics"), date(2026, 11, 21)))


def test_slides_come_in_briefing_order_with_key_facts_before_milestones(brics, tables):
    assert brics.slides == (
        "compare.since",  # the bottom line's chart, right after the bottom line
        "map.ilrs_tiles",  # the equal tiles: a slide counts states, not land
        "growth.targets",
        "growth.countries",
        "growth.institutions",
        "compare.membership",
        "compare.aligned",
        "compare.per_year",
        "compare.blocs",
        "compare.blocs_over_time",  # the same split, year by year
        "compare.regions",
        "compare.overlap",
        KEY_FACTS,
        "compare.milestones",
    )
    assert all("BRICS members" in e.subtitle for e in brics.exhibits)
    assert brics.title == "ILRS Tracker briefing: BRICS members"
    assert brics.subtitle.startswith(f"As of 21 November 2026 · data checked to {written_date(tables.checked_on)}")


def test_every_source_of_every_slide_is_listed_once(brics):
    urls = [s.url for s in brics.sources if s.url]
    assert len(urls) == len(set(urls))
    used = {s.url for e in brics.exhibits for s in e.sources if s.url} | set(brics.key_facts["source_url"])
    assert used - {""} <= set(urls)


def test_file_name_and_citation():
    assert pack_file_name(Scope("brics"), date(2026, 11, 21), "pptx") == "ilrs-briefing_brics_2026-11-21.pptx"
    assert citation(date(2026, 11, 21), "http://x/map?bloc=au", date(2026, 12, 7)) == (
        "ILRS Tracker, data version 2026-11-21 (checked to 21 November 2026), http://x/map?bloc=au, "
        "accessed 7 December 2026"
    )


def test_an_embed_snippet_frames_the_same_address_in_embed_mode():
    snippet = embed_snippet('http://x/map?bloc=au&asof=2026-12-06"><script>')
    assert snippet.startswith(
        '<iframe src="http://x/map?bloc=au&amp;asof=2026-12-06&quot;&gt;&lt;script&gt;&amp;embed=true"'
    )
    assert embed_snippet("http://x/growth").startswith('<iframe src="http://x/growth?embed=true"')


def test_a_scopes_pack_leaves_out_a_bloc_or_region_slide_that_would_say_only_all_or_none(tables, points, drawable):
    au = briefing_model(tables, points, drawable, at(tables, Scope("au"), tables.checked_on))
    # Every African Union member is in Africa: the region slide would say 100% for both coalitions.
    assert "compare.regions" not in au.slides and "compare.blocs" in au.slides
    blocs = au.exhibits[au.slides.index("compare.blocs")].table
    # Its own bloc's split is what the pack is about: all 55 members, four ways.
    assert blocs.loc[blocs["group"] == "African Union", "states"].sum() == 55
    assert set(blocs["share"]) - {0.0, 1.0}  # the split says something


def test_a_pack_made_on_this_computer_cites_the_published_view_or_its_path_never_localhost():
    from datalayer.viewmodels.briefing import shareable_address

    local = "http://localhost:8501/country?iso3=SEN&asof=2026-12-07"
    assert (
        shareable_address(local, "https://ilrs.example.org/")
        == "https://ilrs.example.org/country?iso3=SEN&asof=2026-12-07"
    )
    assert shareable_address(local) == "/country?iso3=SEN&asof=2026-12-07"
    assert shareable_address("http://127.0.0.1:8765/") == "/"
    published = "https://ilrs.example.org/map?bloc=au"
    assert shareable_address(published, "https://elsewhere.example") == published
