"""The watcher on feeds in the formats the agencies use (English, Chinese, Russian): new signings proposed with
country, ISO3, date and link, known states reported as known, items without a signing left out, nothing written
under data/, and a feed it cannot read named while the others still run."""

from datetime import date
from pathlib import Path

import pytest

from datalayer import curator, vocab
from datalayer.loading.paths import DATA_DIR
from datalayer.watch import BOTH, Feed, given_feed, listed_feeds, report_lines, watch

FEEDS = Path(__file__).parent / "feeds"
NASA, XINHUA, TASS = (
    Feed(name, program, language, str(FEEDS / file))
    for name, program, language, file in (
        ("NASA news releases", vocab.ARTEMIS, "en", "nasa_releases.xml"),
        ("Xinhua", vocab.ILRS, "zh", "xinhua_zh.xml"),
        ("TASS", BOTH, "ru", "tass_ru.xml"),
    )
)


@pytest.fixture(scope="module")
def report(tables):
    return watch([NASA, XINHUA, TASS, Feed("Nowhere", BOTH, "en", "http://127.0.0.1:9/feed.xml")], tables)


def by_country(report):
    return {(c.program, c.iso3): c for c in report.candidates}


def test_a_new_artemis_signatory_is_proposed_with_its_country_code_date_place_and_link(report):
    found = by_country(report)[(vocab.ARTEMIS, "KAZ")]
    assert (found.country, found.day, found.ordinal, found.known) == ("Kazakhstan", "2026-12-03", 69, False)
    assert found.link.endswith("test-kazakhstan-signs-artemis-accords/") and "Artemis Accords" in found.matched


def test_a_new_ilrs_partner_is_proposed_from_chinese_and_russian_items(report):
    nepal, myanmar = by_country(report)[(vocab.ILRS, "NPL")], by_country(report)[(vocab.ILRS, "MMR")]
    assert (nepal.country, nepal.day, nepal.known) == (
        "Nepal",
        "2026-12-02",
        False,
    ) and "国际月球科研站" in nepal.matched
    assert (myanmar.country, myanmar.day, myanmar.known) == ("Myanmar", "2026-12-04", False)  # 'Мьянма', inflected


def test_a_state_already_in_the_data_is_reported_as_known_and_an_item_without_a_signing_is_not_a_candidate(report):
    found = by_country(report)
    assert found[(vocab.ARTEMIS, "BWA")].known and found[(vocab.ILRS, "SEN")].known and found[(vocab.ILRS, "EGY")].known
    # 'Artemis III crew training', 'Chang'e-7 preparations', 'Luna-26 dates': no signing, no candidate
    assert {c.link.rsplit("/", 2)[-2] for c in report.candidates}.isdisjoint({"test-artemis-iii-coverage"})
    assert not any("change7" in c.link or "luna26" in c.link for c in report.candidates)
    assert all(c.iso3 not in ("CHN", "USA") for c in report.candidates)  # the leads are never candidates
    assert len(report.candidates) == 6


def test_a_feed_that_cannot_be_read_is_named_and_the_others_still_run(report):
    assert [name for name, _ in report.not_reached] == ["Nowhere"] and "could not be read" in report.not_reached[0][1]
    assert dict(report.read) == {"NASA news releases": 3, "Xinhua": 3, "TASS": 3}


def test_since_limits_the_items_read(tables):
    later = watch([TASS], tables, since=date(2026, 12, 1))
    assert dict(later.read) == {"TASS": 2} and {c.iso3 for c in later.candidates} == {"MMR"}  # Egypt's item is older


def test_every_listed_feed_is_read_or_named(tables):
    feeds = listed_feeds(tables)
    assert {"NASA news releases", "TASS (Russian)", "CNSA (Chinese)"} <= {f.name for f in feeds}
    assert {f.language for f in feeds} >= {"en", "zh", "ru"}
    hand = watch([f for f in feeds if not f.url], tables)
    assert [why for _, why in hand.not_reached][0].startswith("no feed address is known")


def test_the_command_prints_candidates_and_writes_nothing_under_data(capsys):
    before = {p.name: p.read_bytes() for p in DATA_DIR.iterdir() if p.is_file()}
    assert (
        curator.run(
            ["watch", "--only-given", "--feed", str(FEEDS / "nasa_releases.xml"), "--feed", str(FEEDS / "missing.xml")]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "NEW Artemis Accords: Kazakhstan (KAZ), 2026-12-03, place 69" in out
    assert 'python -m datalayer add artemis --country "Kazakhstan" --iso3 KAZ --date 2026-12-03 --order 69' in out
    assert "KNOWN Artemis Accords: Botswana (BWA)" in out and "NOT REACHED" in out and "missing.xml" in out
    assert {p.name: p.read_bytes() for p in DATA_DIR.iterdir() if p.is_file()} == before


def test_report_lines_say_when_nothing_was_read():
    from datalayer.watch import Report

    assert report_lines(Report((), (), ()))[0] == "Read no feed." and given_feed("x.xml").program == BOTH
