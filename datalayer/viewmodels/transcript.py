"""Every sentence, tile and note the pages and the pack generate for a scope, as plain lines: the transcript a
reviewer reads like code. tests/golden/ holds one per scope (the world, every bloc, every region and the scenario
presets) at the data's check date, and one per UN language for the world and BRICS (tests/golden/zh/, ...); a test
regenerates them and fails on any difference, and the style test reads them. Rewrite them with `python -m
datalayer.viewmodels.transcript` after a deliberate change of wording, and read the diff.

A line is '[where] text'. Text from the data (a milestone's title, a source's name) may appear inside a generated
sentence, but no table is transcribed: tables are data, not our words.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import pandas as pd

from datalayer import vocab
from datalayer.domain.scope import Scope, region_options, resolve
from datalayer.domain.what_if import PRESETS
from datalayer.loading.rows import rows_of
from datalayer.loading.tables import Tables
from datalayer.viewmodels.briefing import briefing_model
from datalayer.viewmodels.compare import compare_model
from datalayer.viewmodels.country import country_model
from datalayer.viewmodels.exhibit import Exhibit
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from datalayer.viewmodels.map import MapOptions, map_model
from datalayer.viewmodels.overview import overview_model
from datalayer.viewmodels.what_if import what_if_model
from datalayer.vocab import ENGLISH, UN_LANGUAGES
from datalayer.words.country_names import named_in_language
from datalayer.words.headline_tiles import Tile
from datalayer.words.language import speaking

GOLDEN_DIR = Path(__file__).resolve().parents[2] / "tests" / "golden"
REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")  # the M49 regions a golden file is kept for
PROFILES = ("SEN", "EGY", "THA", "CHN", "USA", "BRA", "IRL")  # country profiles in the world's file: every kind
WHAT_IF_YEAR = 2035
# The scopes whose transcript is kept in every UN language: the world (with the overview and the profiles) and a
# bloc; each language's file shows what a reader of it sees, words not yet translated included.
TRANSLATED_SCOPES = ("world", "brics")


def _tiles(where: str, tiles: Iterable[Tile]) -> Iterator[str]:
    for kpi in tiles:
        rule = f" · {kpi.delta}" if kpi.delta else ""
        yield f"[{where} tile] {kpi.label}: {kpi.value}{rule}"
        if kpi.help:
            yield f"[{where} tile help] {kpi.help}"


def _exhibits(where: str, exhibits: Iterable[Exhibit]) -> Iterator[str]:
    for exhibit in exhibits:
        yield f"[{where} {exhibit.key} headline] {exhibit.headline}"
        yield f"[{where} {exhibit.key} title] {exhibit.title}"
        yield f"[{where} {exhibit.key} subtitle] {exhibit.subtitle}"
        yield f"[{where} {exhibit.key} summary] {exhibit.summary}"
        # Words the chart itself carries: legend names and an axis note.
        for name in dict.fromkeys(getattr(exhibit.chart, "names", {}).values()):
            if name:
                yield f"[{where} {exhibit.key} legend] {name}"
        for label in (getattr(exhibit.chart, "end_labels", None) or {}).values():
            yield f"[{where} {exhibit.key} line label] {label}"
        if tick := getattr(exhibit.chart, "on_track_label", ""):
            yield f"[{where} {exhibit.key} legend] {tick}"
        if callout := getattr(exhibit.chart, "callout", ""):
            yield f"[{where} {exhibit.key} callout] {callout}"
        if note := getattr(exhibit.chart, "fitted_note", ""):
            yield f"[{where} {exhibit.key} axis] {note}"
        if end := getattr(exhibit.chart, "projection_end", ""):
            yield f"[{where} {exhibit.key} projection end] {end}"
        if end := getattr(exhibit.chart, "needed_end", ""):
            yield f"[{where} {exhibit.key} pace needed end] {end}"


def _lines(where: str, lines: Iterable[str | None]) -> Iterator[str]:
    yield from (f"[{where}] {line}" for line in lines if line)


def scope_transcript(tables: Tables, points: pd.DataFrame, drawable: set[str], scope: Scope, as_of: date) -> list[str]:
    """Every generated text of the map, growth and compare pages and the briefing pack, for one scope."""
    lines: list[str] = []
    at = resolve(tables.blocs, tables.regions, scope, as_of)
    for view in vocab.PROGRAM_VIEWS:
        page = map_model(tables, points, drawable, at, MapOptions(view=view))
        lines += [
            *_tiles("map", page.tiles),
            *_lines("map caveats", [page.caveats]),
            *_exhibits("map", page.exhibits),
            *_lines(f"map {view} notice", page.notices),
        ]
    for metric in vocab.TARGET_METRICS:
        panel = growth_model(tables, at, GrowthOptions(metric=metric))
        lines += [
            *_tiles(f"growth {metric}", panel.tiles),
            *_lines(f"growth {metric} info", [panel.info]),
            *_lines(f"growth {metric} latest claim", [panel.latest_claim]),
            *_lines(f"growth {metric} note", panel.notes),
            *_exhibits(f"growth {metric}", panel.exhibits),
        ]
    compare = compare_model(tables, points, drawable, at)
    lines += [
        *_tiles("compare", compare.tiles),
        *_lines("compare scope line", [compare.scope_line]),
        *_lines("compare bottom line", compare.bottom_line),
        *_exhibits("compare", compare.exhibits),
        *_lines("compare both", compare.both_lines),
        *_lines("compare space powers", [compare.space_powers_line]),
        *(line for _, tiles in compare.weight for line in _tiles("compare weight", tiles)),
        *_lines("compare weight note", [compare.weight_note]),
    ]
    pack = briefing_model(tables, points, drawable, at, today=as_of)
    lines += [
        *_lines("pack title", [pack.title, pack.subtitle]),
        *(f"[pack bottom line] {finding}" for finding, _ in pack.bottom_line),
        *(f"[pack bottom line source] {source}" for _, source in pack.bottom_line),
        *(
            f"[pack what to watch] {r.program_label}: {r.title}, {r.date}{'; ' + r.note if r.note else ''}"
            for r in rows_of(pack.watch)
        ),
    ]
    return list(dict.fromkeys(lines))  # a tile repeated on every map view is one claim, read once


def world_extras(tables: Tables, points: pd.DataFrame, drawable: set[str], as_of: date) -> list[str]:
    """What only the world shows: the overview and a country profile of each kind of standing."""
    overview = overview_model(tables, points, drawable)
    lines = [
        *_tiles("overview", overview.tiles),
        *_lines("overview note", overview.count_notes),
        *_lines("overview latest events", overview.pulse),
        *_exhibits("overview", overview.exhibits),
    ]
    for iso3 in PROFILES:
        profile = country_model(tables, iso3, as_of)
        lines += [*_lines(f"country {iso3}", [profile.summary]), *_exhibits(f"country {iso3}", profile.exhibits)]
    return list(dict.fromkeys(lines))


# A group a reader might build: the Sahel states, named as a briefing would (one of them has signed the ILRS).
GOLDEN_GROUP = Scope(group=("BFA", "MLI", "NER", "TCD", "SEN"), group_name="Sahel")


def what_if_transcript(tables: Tables, as_of: date, preset: str) -> list[str]:
    lines = []
    for metric in (vocab.COUNTRIES, vocab.INSTITUTIONS):
        view = what_if_model(tables, as_of, metric, WHAT_IF_YEAR, (preset,), GOLDEN_GROUP)
        lines += [*_lines(f"what if {metric} notice", view.notices)]
        lines += [*_exhibits(f"what if {metric}", view.exhibits)]
    return lines


def golden_scopes(tables: Tables) -> dict[str, Scope]:
    """file stem -> scope: the world, every bloc, a reader's group and every M49 region."""
    regions = {label.strip(): slug for slug, label in region_options(tables.regions).items()}
    return {
        "world": Scope(),
        **{b.slug: Scope(b.slug) for b in vocab.BLOCS},
        GOLDEN_GROUP.slug: GOLDEN_GROUP,
        **{f"region_{regions[r]}": Scope(region_slug=regions[r], region_label=r) for r in REGIONS},
    }


def transcripts(tables: Tables, points: pd.DataFrame, drawable: set[str]) -> dict[str, str]:
    """file name -> its text, for every golden file, at the data's check date: every scope and scenario in
    English, and the scopes of TRANSLATED_SCOPES in each other language ('zh/brics.txt')."""
    files = {}
    for stem, scope in golden_scopes(tables).items():
        files[f"{stem}.txt"] = scope_file(tables, points, drawable, scope)
    for preset in PRESETS:
        files[f"what_if_{preset.slug}.txt"] = (
            "\n".join(what_if_transcript(tables, tables.checked_on, preset.slug)) + "\n"
        )
    for code in UN_LANGUAGES:
        if code == ENGLISH:
            continue
        with speaking(code):
            named = named_in_language(tables)
            for stem in TRANSLATED_SCOPES:
                files[f"{code}/{stem}.txt"] = scope_file(named, points, drawable, golden_scopes(tables)[stem])
    return files


def scope_file(tables: Tables, points: pd.DataFrame, drawable: set[str], scope: Scope) -> str:
    lines = scope_transcript(tables, points, drawable, scope, tables.checked_on)
    if scope.is_world:
        lines += world_extras(tables, points, drawable, tables.checked_on)
    return "\n".join(lines) + "\n"


def golden_files() -> list[str]:
    """The golden files on disk, by their names relative to GOLDEN_DIR ('brics.txt', 'zh/brics.txt')."""
    return sorted(str(p.relative_to(GOLDEN_DIR)) for p in GOLDEN_DIR.rglob("*.txt"))


def main(argv: list[str]) -> int:
    from datalayer.loading.geometry import drawn_iso3, load_marker_points
    from datalayer.loading.paths import DETAIL_TOPOJSON, MARKER_POINTS
    from datalayer.loading.tables import load_tables

    written = transcripts(load_tables(), load_marker_points(MARKER_POINTS), set(drawn_iso3(DETAIL_TOPOJSON)))
    for stale in set(golden_files()) - set(written):
        (GOLDEN_DIR / stale).unlink()
    for name, text in written.items():
        (GOLDEN_DIR / name).parent.mkdir(parents=True, exist_ok=True)
        (GOLDEN_DIR / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(written)} files to {GOLDEN_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
