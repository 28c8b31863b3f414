"""Every generated sentence is on file: the golden transcripts are what the pages and the pack say at the data's
check date, and any change of wording shows as their diff. Rewrite them with
`.venv/bin/python -m datalayer.viewmodels.transcript` and read the diff before committing."""

import re
from collections import Counter
from datetime import date

import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol

from datalayer.viewmodels.transcript import GOLDEN_DIR, TRANSLATED_SCOPES, golden_files, transcripts
from datalayer.vocab import ENGLISH, UN_LANGUAGES
from datalayer.words import cldr
from datalayer.words.language import speaking


@pytest.fixture(scope="module")
def written(tables, points, drawable):
    return transcripts(tables, points, drawable)


def test_every_scope_and_scenario_has_a_golden_file(written):
    assert {"world.txt", "brics.txt", "au.txt", "region_africa.txt", "what_if_au.txt"} <= set(written)
    assert {f"{code}/brics.txt" for code in ("zh", "ru", "fr", "es", "ar")} <= set(written)
    assert set(written) == set(golden_files()), "run python -m datalayer.viewmodels.transcript"


def test_the_pages_say_exactly_what_the_golden_files_hold(written):
    for name, text in written.items():
        on_file = (GOLDEN_DIR / name).read_text(encoding="utf-8").splitlines()
        now = text.splitlines()
        added = [line for line in now if line not in on_file][:5]
        gone = [line for line in on_file if line not in now][:5]
        assert now == on_file, f"{name} differs from its golden file: new {added}, gone {gone}"


# --- Every language states the English numbers ------------------------------------------------------------------
# The English sentences are checked against their tables (test_every_sentence); a translation is checked against
# the English: line by line, the same numbers, each written as its language writes numbers, dates set aside (each
# English date is found, and its own language's form of that date taken out of the translation).
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
LICENCE = re.compile(r"CC BY \d\.\d")  # a licence's version is its name, written alike in every language
ENGLISH_DATE = re.compile(rf"\b(\d{{1,2}} )?({MONTHS}) (\d{{4}})\b")


def english_dates(line: str) -> list[tuple[str, date, bool]]:
    """(as written, the date, whether a day is named) for each date in an English line."""
    found = []
    for match in ENGLISH_DATE.finditer(line):
        day_of_month = int(match[1]) if match[1] else 1
        month_number = MONTHS.split("|").index(match[2]) + 1
        found.append((match[0], date(int(match[3]), month_number, day_of_month), bool(match[1])))
    return found


def numbers_in(text: str, code: str) -> Counter:
    """The numbers a line states, as its language writes them ('5 000', '2,5', '26,4 %')."""
    locale = cldr.LOCALES.get(code, code)
    group, point = re.escape(get_group_symbol(locale)), re.escape(get_decimal_symbol(locale))
    number = re.compile(rf"\d{{1,3}}(?:{group}\d{{3}})+(?:{point}\d+)?|\d+(?:{point}\d+)?")
    found = Counter()
    for token in number.findall(LICENCE.sub("", text)):
        value = float(token.replace(get_group_symbol(locale), "").replace(get_decimal_symbol(locale), "."))
        found[int(value) if value.is_integer() else value] += 1
    return found


@pytest.mark.parametrize("code", [c for c in UN_LANGUAGES if c != ENGLISH])
def test_every_translated_line_states_the_numbers_of_the_english(written, code):
    for stem in TRANSLATED_SCOPES:
        english, translated = written[f"{stem}.txt"].splitlines(), written[f"{code}/{stem}.txt"].splitlines()
        assert len(english) == len(translated), f"{code}/{stem}.txt has {len(translated)} lines, English {len(english)}"
        for ours, theirs in zip(english, translated, strict=True):
            tag = ours.split("] ")[0] + "]"
            assert theirs.startswith(tag), f"{code}/{stem}.txt: {theirs!r} where English has {tag}"
            dates = english_dates(ours)
            with speaking(code):
                local = [cldr.day(when) if has_day else cldr.month(when) for _, when, has_day in dates]
            restored = theirs
            for (english_text, _, _), local_text in zip(dates, local, strict=True):
                restored = restored.replace(local_text, english_text, 1)
            if restored == ours:
                continue  # not translated yet (its dates aside): the English line, checked as English
            for (english_text, _, _), local_text in zip(dates, local, strict=True):
                assert local_text in theirs, f"{code}: {local_text!r} (from {english_text!r}) not in {theirs!r}"
                ours, theirs = ours.replace(english_text, "", 1), theirs.replace(local_text, "", 1)
            assert numbers_in(theirs, code) == numbers_in(ours, ENGLISH), f"{code}: {theirs!r} against {ours!r}"
