"""The watcher: reads the agencies' feeds (data/feeds.csv, and any feed given) and proposes candidate rows for the
curator. It writes nothing: a person reads each item, finds the source the method asks for, and adds the row with
`python -m datalayer add`.

An item is a candidate when it names a program (the Artemis Accords or the ILRS, in any of the UN's six
languages), a signing or a joining, and a state. States are matched by their names in English, Chinese, Russian,
French, Spanish and Arabic from CLDR (Babel), and their ISO3 codes from CLDR's own table. A state already in the
program's file is reported as known, not new; the programs' leads are never candidates.
"""

from __future__ import annotations

import re
import urllib.error
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import feedparser
from babel import Locale

from datalayer import vocab
from datalayer.domain.names import short_names
from datalayer.loading.rows import rows_of
from datalayer.loading.tables import Tables
from datalayer.words.cldr import alpha2_of

LANGUAGES = tuple(vocab.UN_LANGUAGES)  # the UN's six
BOTH = "both"  # a feed that may carry either program
FETCH_TIMEOUT_S = 20
SUMMARY_CHARS = 600  # of an item's summary, read with its title

# Each program's name as its own texts and the press write it, in the six languages.
PROGRAM_WORDS = {
    vocab.ARTEMIS: (
        r"Artemis Accords?",
        r"阿尔忒弥斯(?:协定|协议)",
        r"[Сс]оглашени\w* [«\"]?Артемид\w*",
        r"[Aa]ccords Artemis",
        r"[Aa]cuerdos (?:de )?Artemis[ao]?",
        r"اتفاقيات أرتميس",
    ),
    vocab.ILRS: (
        r"International Lunar Research Station",
        r"\bILRS\b",
        r"国际月球科研站",
        r"[Мм]еждународн\w+ научн\w+ лунн\w+ станци\w+",
        r"\bМНЛС\b",
        r"[Ss]tation internationale de recherche lunaire",
        r"[Ee]staci[oó]n [Ii]nternacional de "
        r"[Ii]nvestigaci[oó]n [Ll]unar",
        r"المحطة الدولية لأبحاث القمر",
    ),
}
# A signing or a joining, in the six languages.
SIGNING_WORDS = (
    r"\bsign(?:s|ed|ing)?\b",
    r"\bjoin(?:s|ed|ing)?\b",
    r"\bbecomes? the \d+",
    r"签署|签约|加入|成为第",
    r"подпис\w*|присоедин\w*|вступ\w*",
    r"\bsign[ée]\w*|\brejoin\w*|\badh[èé]r\w*",
    r"\bfirm[aóo]\w*|\bse un[ei]\w*|\badhi[e]?r\w*|\bsuscrib\w*",
    r"وقع\w*|توقع\w*|انضم\w*|تنضم\w*",
)
# The place in the order a text states: 'the 69th', '第69个', '69-й', '69e', '69º', 'الـ69'.
ORDINALS = (
    r"\b(\d{1,3})(?:st|nd|rd|th)\b",
    r"第(\d{1,3})个",
    r"\b(\d{1,3})-(?:й|ой|ей|ым|м)\b",
    r"\b(\d{1,3})e\b",
    r"\b(\d{1,3})[ºª°]",
    r"الـ?(\d{1,3})",
)


@dataclass(frozen=True)
class Feed:
    name: str
    program: str  # vocab.ILRS, vocab.ARTEMIS or BOTH
    language: str
    url: str  # an address or a path; blank: no feed is known, the site is checked by hand


@dataclass(frozen=True)
class Candidate:
    feed: str
    program: str
    country: str
    iso3: str
    day: str  # the item's date, YYYY-MM-DD ('' when it gives none)
    ordinal: int | None
    link: str
    matched: tuple[str, ...]  # the words that made it a candidate
    known: bool  # the state is in the program's file already


@dataclass(frozen=True)
class Report:
    candidates: tuple[Candidate, ...]
    read: tuple[tuple[str, int], ...]  # feed name, items read (after --since)
    not_reached: tuple[tuple[str, str], ...]  # feed name, why


@cache
def country_patterns(states: tuple[str, ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, iso3) for each state's CLDR name in the six languages, longest names first (so 'South Sudan' wins
    over 'Sudan'). Russian names match their inflected forms (Сербия, Сербии, Сербией)."""
    iso3 = {two: three for three, two in alpha2_of().items()}
    found = []
    for language in LANGUAGES:
        for two, full in Locale.parse(language).territories.items():
            code = iso3.get(two)
            if code not in states:
                continue
            name = re.split(r"\s*[(（]", full)[0]  # 'Мьянма (Бирма)': the name without its bracketed other name
            if language == "ru":
                stem = name[:-1] if len(name) > 4 and name[-1] in "аяьйыие" else name
                pattern = re.escape(stem) + r"\w*"
            elif language in ("zh", "ar"):
                pattern = re.escape(name)
            else:
                pattern = rf"\b{re.escape(name)}\b"
            found.append((len(name), re.compile(pattern), code))
    return tuple((p, code) for _, p, code in sorted(found, key=lambda f: -f[0]))


def _first(patterns: Iterable[str], text: str) -> str | None:
    for pattern in patterns:
        if found := re.search(pattern, text):
            return found[0]
    return None


def ordinal_in(text: str) -> int | None:
    for pattern in ORDINALS:
        if found := re.search(pattern, text):
            return int(found[1])
    return None


def known_states(tables: Tables) -> dict[str, set[str]]:
    """program -> ISO3 of every state already in its file (any tie, for the ILRS)."""
    partners = tables.partners[tables.partners["kind"] == vocab.STATE]
    return {vocab.ILRS: set(partners["iso3"]), vocab.ARTEMIS: set(tables.artemis_accords["iso3"])}


def item_candidates(feed: Feed, entry, names: dict[str, str], known: dict[str, set[str]]) -> list[Candidate]:
    """The candidates one feed item holds: one per program and state it names with a signing. `names`: iso3 ->
    the name the curator reads, for every state that can be a candidate."""
    text = " ".join(str(entry.get(k, "")) for k in ("title", "summary"))[: SUMMARY_CHARS + 200]
    signing = _first(SIGNING_WORDS, text)
    if not signing:
        return []
    programs = [p for p in vocab.PROGRAMS if feed.program in (p, BOTH) and _first(PROGRAM_WORDS[p], text)]
    leads = {lead.iso3 for lead in vocab.LEADS.values()}
    named: dict[str, str] = {}
    rest = text
    for pattern, iso3 in country_patterns(tuple(sorted(names))):
        if iso3 not in leads and (found := pattern.search(rest)):
            named.setdefault(iso3, names[iso3])
            rest = rest[: found.start()] + " " * len(found[0]) + rest[found.end() :]  # 'South Sudan' is not Sudan
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    day = date(*published[:3]).isoformat() if published else ""
    return [
        Candidate(
            feed.name,
            program,
            name,
            iso3,
            day,
            ordinal_in(text),
            str(entry.get("link", "")),
            tuple(w for w in (_first(PROGRAM_WORDS[program], text), signing, name) if w),
            iso3 in known[program],
        )
        for program in programs
        for iso3, name in named.items()
    ]


def read_feed(feed: Feed):
    """The parsed feed, or the reason it could not be read (a missing file, an unreachable address, not a feed)."""
    if not feed.url:
        return None, "no feed address is known: the site is checked by hand (data/CHECKING.md)"
    if not feed.url.startswith(("http://", "https://")) and not Path(feed.url).is_file():
        return None, f"no such file: {feed.url}"
    try:
        parsed = feedparser.parse(feed.url, request_headers={"User-Agent": "ILRS Tracker watcher"})
    except (urllib.error.URLError, OSError, ValueError) as error:
        return None, f"could not be read ({type(error).__name__}: {error})"
    if parsed.get("bozo") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        return None, f"could not be read ({type(reason).__name__}: {reason})"
    return parsed, None


def watch(feeds: Sequence[Feed], tables: Tables, since: date | None = None) -> Report:
    """Every candidate in `feeds`' items published on or after `since`, each feed read on its own: one that cannot
    be read is named, and the others still run."""
    short = short_names(tables.regions)
    names = {iso3: short.get(iso3, iso3) for iso3 in tables.un_member_states["iso3"]}
    known = known_states(tables)
    found, read, missed = [], [], []
    for feed in feeds:
        parsed, problem = read_feed(feed)
        if problem:
            missed.append((feed.name, problem))
            continue
        entries = [
            e
            for e in parsed.entries
            if since is None
            or not (e.get("published_parsed") or e.get("updated_parsed"))
            or date(*(e.get("published_parsed") or e.get("updated_parsed"))[:3]) >= since
        ]
        read.append((feed.name, len(entries)))
        for entry in entries:
            found += item_candidates(feed, entry, names, known)
    return Report(tuple(found), tuple(read), tuple(missed))


def listed_feeds(tables: Tables) -> list[Feed]:
    return [Feed(r.name, r.program, r.language, r.url) for r in rows_of(tables.feeds)]


def given_feed(source: str) -> Feed:
    """A feed given on the command line: either program, its language read from the text."""
    return Feed(source, BOTH, "", source)


def report_lines(report: Report) -> list[str]:
    """What the curator reads: the feeds read and missed, then each candidate, new ones with a draft command."""
    lines = [
        f"Read {len(report.read)} feed(s), {sum(n for _, n in report.read)} item(s): "
        + ", ".join(f"{name} ({n})" for name, n in report.read)
        if report.read
        else "Read no feed."
    ]
    lines += [f"NOT REACHED {name}: {why}" for name, why in report.not_reached]
    new = [c for c in report.candidates if not c.known]
    lines.append(f"{len(new)} new candidate(s), {len(report.candidates) - len(new)} about a state already in the data.")
    for c in sorted(report.candidates, key=lambda c: (c.known, c.program, c.day)):
        place = f", place {c.ordinal}" if c.ordinal else ""
        lines.append(
            f"{'KNOWN' if c.known else 'NEW'} {vocab.PROGRAM_LABELS[c.program]}: {c.country} ({c.iso3}), "
            f"{c.day or 'undated'}{place}, {c.link} (matched: {'; '.join(c.matched)})"
        )
        if not c.known:
            order = f" --order {c.ordinal}" if c.ordinal and c.program == vocab.ARTEMIS else ""
            kind, name = ("artemis", "--country") if c.program == vocab.ARTEMIS else ("ilrs", "--name")
            lines.append(
                f'  draft: python -m datalayer add {kind} {name} "{c.country}" --iso3 {c.iso3} '
                f"--date {c.day or 'YYYY-MM-DD'}{order} --source-url {c.link} --source-publisher ... "
                '--source-grade ... --confidence ... --reason "..."  (read the item and its source first)'
            )
    return lines
