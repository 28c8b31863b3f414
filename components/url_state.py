"""URL parameter names and parsing. Parsing is pure: a bad value yields a notice, never an exception."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

BLOC, REGION, AS_OF, LENS, COUNTRY = "bloc", "region", "asof", "lens", "country"
METRIC, RULE, TARGET_YEAR, OVERLAY = "metric", "rule", "target_year", "overlay"


@dataclass(frozen=True)
class Parsed:
    value: object | None
    notice: str | None = None


def parse_choice(param: str, raw: str | None, allowed: Mapping[str, str]) -> Parsed:
    if raw is None or raw == "":
        return Parsed(None)
    if raw in allowed:
        return Parsed(raw)
    return Parsed(None, f"Ignored ?{param}={raw}: not one of {', '.join(k for k in allowed if k)}.")


def parse_date(param: str, raw: str | None, earliest: date, latest: date) -> Parsed:
    if raw is None or raw == "":
        return Parsed(None)
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        return Parsed(None, f"Ignored ?{param}={raw}: not a date written YYYY-MM-DD.")
    if not earliest <= day <= latest:
        return Parsed(None, f"Ignored ?{param}={raw}: outside {earliest.isoformat()} to {latest.isoformat()}.")
    return Parsed(day)
