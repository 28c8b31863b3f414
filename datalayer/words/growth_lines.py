"""Growth against the targets: the panel's sentence, its tiles, its notes and the officials' newest claim."""

from __future__ import annotations

from datetime import date

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.words.dates import written_date
from datalayer.words.grammar import capitalised
from datalayer.words.headline_tiles import PARTNER_STATES, Tile
from datalayer.words.method import SCOPES, method_text
from datalayer.words.programs import ILRS_LEAD

WORLD_TARGET = "world-wide target, shown for reference"


# --- Titles, notes and labels ---------------------------------------------------------------------------------
TARGETS_TITLE = "All three targets at a glance"
ARTEMIS_OVERLAY_NAME = "Artemis Accords signatories (cumulative)"
NO_RESEARCHER_COUNT = (
    "No public count of foreign researchers exists, so there is no counted series here: the panel shows "
    "the target and any figure an official has reported, nothing invented."
)
NO_TARGET_YEAR_STATED = "no target year stated"
PROJECTION_NAME = "Projection at current pace (not a forecast)"
PACE_NEEDED_NAME = "Pace needed to reach the target"
SCOPE_NOTE = "The scope applies to our counted series; officials' claims are world totals and are not filtered."
SHARE_STATED_TARGET_REACHED = "Share of the stated target reached"
WORLD_WIDE_NOTE = "targets and claims are world-wide"
TARGETS_DETAIL = "world count against world-wide targets"


def speaker_name(speaker: str) -> str:
    """'Dmitry Bakanov (director general, Roscosmos), Brasilia' -> 'Dmitry Bakanov'."""
    return speaker.split(" (")[0].split(",")[0].strip()


def growth_summary(
    table: pd.DataFrame, metric: str, scope: Scope, as_of: date, target: int | None, world_count: int
) -> str:
    """One sentence from the panel's own table: our count, the target, the newest official claim. Targets and
    claims are world-wide: under a scope the count is read as the scope's share of the world count."""
    noun = vocab.METRIC_LABELS[metric].lower()
    ours = table[table["series"] == vocab.OUR_COUNT]
    claims = table[table["series"] == vocab.CLAIM]
    world = "" if scope.is_world else " world-wide"
    claim = (
        ""
        if claims.empty
        else (
            f"; the latest{world} official claim is {claims.iloc[-1]['label']} "
            f"({speaker_name(claims.iloc[-1]['speaker'])}, {written_date(claims.iloc[-1]['date'])})"
        )
    )
    if ours.empty:
        goal = f"the{world} target is {target:,} {noun}" if target else f"no target is stated for {noun}"
        return f"As of {written_date(as_of)}, no public count of {noun} exists and {goal}{claim}."
    count = int(ours.iloc[-1]["value"])
    partners = "partner " if metric == vocab.COUNTRIES else ""
    if scope.is_world:
        share = f", {100 * count / target:.0f}% of the {target:,} target" if target else ""
        return f"As of {written_date(as_of)}, our count stands at {count} signed {partners}{noun}{share}{claim}."
    share = (
        (f"; the world count is {100 * world_count / target:.0f}% of the {target:,} target ({WORLD_TARGET})")
        if target
        else ""
    )
    return (
        f"As of {written_date(as_of)}, {count} of the ILRS's {world_count} signed {partners}{noun} were within "
        f"{scope.name}{share}{claim}."
    )


def fitted_axis_note(target: int, with_claims: bool, scope: Scope) -> str:
    """What an axis fitted to the drawn series is fitted to, and where the target it leaves out lies."""
    drawn = "our count, its projection and officials' claims" if with_claims else "our count and its projection"
    where = "" if scope.is_world else " (claims and target are world-wide)"
    return f"Axis fitted to {drawn}{where}: the target, {target:,}, lies above it"


def targets_summary(table: pd.DataFrame, scope: Scope, as_of: date) -> str:
    counted = table[table["count"].notna()]
    parts = [
        f"{int(r['count'])} of {r['target_value']:,} {vocab.METRIC_LABELS[r['metric']].lower()} ({r['percent']:.0f}%)"
        for _, r in counted.iterrows()
    ]
    missing = [
        f"{vocab.METRIC_LABELS[r['metric']].lower()} (target {r['target_value']:,})"
        for _, r in table[table["count"].isna()].iterrows()
    ]
    if scope.is_world:
        text = f"As of {written_date(as_of)}, our count stands at " + " and ".join(parts)
    else:
        held = " and ".join(str(int(n)) for n in counted["scope_count"])
        text = (
            f"As of {written_date(as_of)}, the world count stands at "
            + " and ".join(parts)
            + f" (world-wide targets, shown for reference); {held} of them were within {scope.name}"
        )
    return text + (f"; no count of {' or '.join(missing)} has been published." if missing else ".")


def growth_tiles(
    metric: str,
    rule: str,
    scope: Scope,
    as_of: date,
    *,
    current: int,
    world_count: int,
    target: int | None,
    target_year: int,
    pace: float,
    recent: tuple[int, int],
    needed: float | None,
    lead_counted: bool,
) -> tuple[Tile, ...]:
    """The growth page's tiles. Targets are world-wide: under a scope, progress, 'to go' and the pace needed
    are the world's, labelled as such and shown for reference, beside the scope's own count and pace."""
    lead = f"{ILRS_LEAD.name} not counted" if metric == vocab.COUNTRIES else "signed ones"
    world = not scope.is_world
    tiles = (
        [
            Tile(
                f"Our count, {written_date(as_of)}",
                str(current),
                delta=lead,
                measure=PARTNER_STATES if lead_counted else "",
            )
        ]
        if scope.is_world
        else [
            Tile(
                "Our count in this scope",
                str(current),
                f"Signed within {scope.name}; the world count is {world_count}.",
                delta=f"of {world_count} world-wide",
            )
        ]
    )
    if target:
        tiles.append(
            Tile(
                "World progress to target" if world else "Progress to target",
                f"{100 * world_count / target:.0f}%",
                method_text(SCOPES) if world else "",
                delta=f"{max(target - world_count, 0):,} to go" + (" (world)" if world else ""),
            )
        )
    tiles += [
        Tile(
            "Pace since first signing",
            f"{pace:.1f}/yr" if current else "no signing yet",
            "" if scope.is_world else f"Within {scope.name}.",
            delta=None if scope.is_world else "in scope",
        ),
        Tile("Signed in 12 / 24 months", *recent_signings(*recent), delta=None if scope.is_world else "in scope")
        if sum(recent)
        else Tile(
            "Signed in 12 / 24 months",
            "none",
            "No new signing in the last 24 months.",
            delta="no new signing in 24 months",
        ),
    ]
    if needed is not None:
        tiles.append(
            Tile(
                f"{'World pace' if world else 'Pace'} needed by {target_year}",
                f"{needed:.1f}/yr",
                f"To reach the target by the end of {target_year}" + (f": {WORLD_TARGET}." if world else "."),
                delta="for reference" if world else None,
            )
        )
    return tuple(tiles)


def recent_signings(gained_12: int, gained_24: int) -> tuple[str, str]:
    """The tile's value and help: counts of signings, never a rate of zero."""
    return f"{gained_12} / {gained_24}", (
        f"{gained_12} signed in the last 12 months, {gained_24} in the last 24 (counts, not rates)."
    )


def latest_claim_text(latest: pd.Series | None, gap: dict | None) -> str | None:
    """'Latest official figure: 17 countries and international organizations (CNSA, 23 April 2025). Our count
    under the same rule on that date: 12, a gap of 5. …'"""
    if latest is None:
        return None
    text = (
        f"Latest official figure: {latest['stated']} {vocab.METRIC_LABELS[latest['metric']].lower()} "
        f"({speaker_name(latest['speaker'])}, {written_date(latest['date'])}), a world-wide figure."
    )
    if gap:
        text += (
            f" Our world count under the same rule ({gap['rule'].lower()}) on that date: {gap['ours']}, a gap "
            f"of {gap['gap']}. Officials count ties whose signing no public source reports, and may count "
            "agencies or institutions as organizations; we count only signings we can source."
        )
    return text


def target_short(value: int, year: int) -> str:
    """'Target 50 by 2035': the target's line where the chart has little room (its source is in the footer)."""
    return f"Target {value:,} by {year}"


def target_label(target: pd.Series) -> str:
    """'Target 50 (stated by Wu Yanhua, 24 April 2023; no target year given)'."""
    return (
        f"Target {target['value']:,} (stated by {target['stated_by'].split(' (')[0]}, "
        f"{written_date(target['stated_date'])}; no target year given)"
    )


def target_year_label(year: int, basic_station: int) -> str:
    """A year a target can be read against: '2035', or '2035 (basic station)'."""
    return f"{year} (basic station)" if year == basic_station else str(year)


def counted_label(metric: str, rule: str | None) -> str:
    """Our counted series: 'Our count: signed countries (states only)'; no rule for a metric counted one way."""
    rule_text = f" ({vocab.COUNTING_RULES[rule].lower()})" if rule and metric == vocab.COUNTRIES else ""
    return f"Our count: signed {vocab.METRIC_LABELS[metric].lower()}{rule_text}"


def target_cell(value: int, metric: str) -> str:
    """'50 countries'."""
    return f"{value:,} {vocab.METRIC_LABELS[metric].lower()}"


def progress_cell(count: int | None, target: int, in_scope: int | None) -> str:
    """'13 of 50 (26%)', with '; 4 in the scope' under a scope; a metric nobody counts says so."""
    if count is None:
        return vocab.NO_COUNT_PUBLISHED
    held = "" if in_scope is None else f"; {in_scope} in the scope"
    return f"{count} of {target:,} ({100 * count / target:.0f}%){held}"


def world_target_label(target: pd.Series) -> str:
    """A world-wide target shown under a scope, saying so."""
    return f"{capitalised(WORLD_TARGET)}: {target_label(target)}"


def projection_end(value: float, year: int) -> str:
    """Written at the projection's end: 'at the pace seen, about 31 by 2035'."""
    return f"at the pace seen, about {round(value)} by {year}"


def on_track_label(year: int) -> str:
    """The bullet chart's tick: where a straight path to the target by `year` would stand today."""
    return f"Straight path to {year}"


def needed_end(pace: float, target: int, year: int) -> str:
    """Written at the pace-needed line's end: '50 by 2035 needs 4.2 a year'."""
    return f"{target:,} by {year} needs {pace:.1f} a year"


def projection_name(pace: float) -> str:
    """Short enough for a legend in a slide's large type; the pace's basis is in its tile and the method."""
    return f"Projection at {pace:.1f} a year (not a forecast)"


def panel_title(metric: str) -> str:
    return f"{vocab.METRIC_LABELS[metric]}: our count against the target"


def target_read_by(year: int) -> str:
    return f"target read by end of {year}"
