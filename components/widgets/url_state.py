"""URL parameter names and parsing. Parsing is pure: a bad value yields a notice, never an exception.

Streamlit's `bind="query-params"` would keep widgets and the URL in step on its own, but it names each
parameter after the widget key (our keys are page-prefixed, our URLs are short and public) and clears a bad
value silently, while the product rule is a visible notice. So every URL-bound widget is seeded and written
here, by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from datalayer.words import interface
from datalayer.words.translation import t

BLOC, REGION, AS_OF, VIEW, COUNTRY = "bloc", "region", "asof", "view", "country"
ISO3 = "iso3"  # the country a profile shows
METRIC, RULE, TARGET_YEAR, OVERLAY = "metric", "rule", "target_year", "overlay"
PLAY, COLOURING, INSTITUTIONS = "play", "colour", "institutions"
PRESENT, SLIDE = "present", "slide"
WHAT_IF = "what_if"  # a scenario: preset names and ISO3 codes, comma-separated
GROUP, GROUP_NAME = "group", "group_name"  # a reader's own group: ISO3 codes, comma-separated, and its name
SINCE = "since"  # the then-and-now chart's first date: 'since our last briefing'
LANG = "lang"  # the reader's language, one of vocab.UN_LANGUAGES
LENS_ALIAS = "lens"  # the program view's name in links shared before 'view': still read, never written
# Every parameter some page reads: a name outside these is unknown whichever page is open.
APP_PARAMS = (
    BLOC,
    REGION,
    AS_OF,
    VIEW,
    COUNTRY,
    METRIC,
    RULE,
    TARGET_YEAR,
    OVERLAY,
    PLAY,
    COLOURING,
    INSTITUTIONS,
    PRESENT,
    SLIDE,
    WHAT_IF,
    ISO3,
    LENS_ALIAS,
    GROUP,
    GROUP_NAME,
    SINCE,
    LANG,
)
ON, OFF = "1", "0"
# Parameters Streamlit itself reads (embedding, theme): never ours to flag.
EMBED = "embed"  # Streamlit's embed mode (?embed=true): read to fold the sidebar, never written
STREAMLIT_OWN = (EMBED, "embed_options")
SHOWN_VALUE_CHARS = 60  # a notice quotes at most this much of a value (a link may carry a huge one)
SWITCH_VALUES = {ON: "on", OFF: "off"}
MAX_LISTED = 20  # a notice names the allowed values up to this many


def quoted(raw: str) -> str:
    """A URL value as a notice quotes it: cut short, control characters shown as escapes."""
    text = raw if len(raw) <= SHOWN_VALUE_CHARS else raw[:SHOWN_VALUE_CHARS] + "…"
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def unknown_notice(param: str) -> str:
    return interface.unknown_setting(quoted(param))


@dataclass(frozen=True)
class Parsed:
    value: object | None
    notice: str | None = None


def parse_choice(param: str, raw: str | None, allowed: Mapping) -> Parsed:
    if raw is None or raw == "":
        return Parsed(None)
    by_text = {str(k): k for k in allowed}
    if raw in by_text:
        return Parsed(by_text[raw])
    # A code is a code in any case: ?iso3=usa is USA, ?bloc=BRICS is brics (when only one value matches).
    by_case: dict[str, list[object]] = {}
    for text, value in by_text.items():
        by_case.setdefault(text.casefold(), []).append(value)
    if len(matches := by_case.get(raw.strip().casefold(), [])) == 1:
        return Parsed(matches[0])
    offered = [str(k) for k in allowed if k != ""]
    return Parsed(None, interface.not_offered(param, quoted(raw), offered, MAX_LISTED))


def parse_switch(param: str, raw: str | None) -> Parsed:
    """'1' on, '0' off; anything else is ignored with a notice."""
    parsed = parse_choice(param, raw, SWITCH_VALUES)
    return Parsed(None if parsed.value is None else parsed.value == ON, parsed.notice)


def parse_date(param: str, raw: str | None, earliest: date, latest: date) -> Parsed:
    if raw is None or raw == "":
        return Parsed(None)
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return Parsed(None, interface.not_a_date(param, quoted(raw)))
    if not earliest <= day <= latest:
        return Parsed(None, interface.outside_dates(param, quoted(raw), earliest, latest))
    return Parsed(day)


def item_notice(param: str, notice: str) -> str:
    """A notice about one item of a list parameter, naming the parameter as every URL notice does."""
    return f"Ignored in ?{param}: {notice}"


MAX_NAMED_CODES = 5  # a notice names this many unknown codes in a group, then counts the rest


def parse_group(raw: str | None, known: Mapping[str, str]) -> tuple[tuple[str, ...], list[str]]:
    """?group=bra,IND,,xx -> (('BRA', 'IND'), [a notice naming 'XX']): the known ISO3 codes (any case, in order,
    once each) and a notice for those left out."""
    codes, unknown = [], []
    if raw is not None and not split_list(raw):
        return (), [item_notice(GROUP, t(interface.NO_GROUP_CODES))]
    for item in split_list(raw):
        code = item.upper()
        if code in known:
            codes.append(code)
        else:
            unknown.append(quoted(item))
    notices = []
    if unknown:
        named = ", ".join(unknown[:MAX_NAMED_CODES]) + (
            f" and {len(unknown) - MAX_NAMED_CODES} more" if len(unknown) > MAX_NAMED_CODES else ""
        )
        notices.append(item_notice(GROUP, interface.not_country_codes(named, len(unknown))))
    return tuple(dict.fromkeys(codes)), notices


def split_list(raw: str | None) -> list[str]:
    """'ETH, bol,,DJI' -> ['ETH', 'bol', 'DJI']: a list parameter's items, as written."""
    return [item.strip() for item in (raw or "").split(",") if item.strip()]
