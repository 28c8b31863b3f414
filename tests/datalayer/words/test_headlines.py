"""Every exhibit's headline is a claim: each number in it is read back and checked against the table the exhibit
draws, in every bloc and region scope and on earlier dates, as the sentences are (test_every_sentence.py)."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.compare import compare_model
from datalayer.viewmodels.country import country_model
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from datalayer.viewmodels.map import MapOptions, map_model
from datalayer.viewmodels.reconciliation import reconciliation_model
from datalayer.viewmodels.what_if import what_if_model
from datalayer.words import headlines
from datalayer.words.grammar import capitalised
from tests.datalayer.words.test_every_sentence import Claims, members_at_ends, scopes
from tests.scoped import at

ILRS, ARTEMIS = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]
EARLIER = (date(2023, 6, 30), date(2024, 12, 31))


def inside(table: pd.DataFrame) -> pd.DataFrame:
    return table[table["in_scope"]]


def check_partner_map(claims: Claims, table: pd.DataFrame) -> None:
    rows = inside(table)
    signed = int((rows["ilrs_status"] == vocab.SIGNED).sum())
    weaker = int(rows["ilrs_status"].isin(headlines.WEAKER).sum())
    if claims.text.startswith("No state"):
        assert signed == 0
    else:
        claims.equal(claims.match(r"^(\d+) states? .*signed ILRS")[0][0], signed)
    if weaker:
        claims.equal(claims.match(r"; (\d+) (?:more )?ha(?:s|ve) weaker ties$")[0][0], weaker)
    else:
        assert "weaker" not in claims.text


def check_accords_map(claims: Claims, table: pd.DataFrame) -> None:
    signed = int((inside(table)["artemis_date"] != "").sum())
    if claims.text.startswith("No state"):
        assert signed == 0
    else:
        claims.equal(claims.match(r"^(\d+) states? .*signed the Artemis Accords$")[0][0], signed)


def check_overlap(claims: Claims, table: pd.DataFrame) -> None:
    count = {c: int((inside(table)["category"] == c).sum()) for c in (vocab.BOTH, vocab.ILRS_ONLY, vocab.ARTEMIS_ONLY)}
    [(both, ilrs, accords)] = claims.match(
        r"^(No|\d+) states? .*in both coalitions; (\d+) in the ILRS only, (\d+) in the Artemis Accords only$"
    )
    if both == "No":
        assert count[vocab.BOTH] == 0
    else:
        claims.equal(both, count[vocab.BOTH])
    claims.equal(ilrs, count[vocab.ILRS_ONLY])
    claims.equal(accords, count[vocab.ARTEMIS_ONLY])


def check_membership(claims: Claims, table: pd.DataFrame) -> None:
    last = table.groupby("program")["count"].last()
    ilrs, accords = int(last.get(ILRS, 0)), int(last.get(ARTEMIS, 0))
    if " each" in claims.text:
        [stated] = claims.match(r"have (\d+) member states? each$")
        assert ilrs == accords
        claims.equal(stated[0], ilrs)
        return
    big, small = max(ilrs, accords), min(ilrs, accords)
    leader = ARTEMIS if accords > ilrs else ILRS
    assert re.search(rf"[Tt]he {leader} ha", claims.text), claims.text
    if small == 0:
        claims.equal(claims.match(r"ha(?:s|ve) (\d+) member states?; the .* none$")[0][0], big)
        return
    [(stated_big, stated_small)] = claims.match(r": (\d+) to (\d+)$")
    claims.equal(stated_big, big)
    claims.equal(stated_small, small)
    times = re.search(r"(about )?(twice|(\d+) times)", claims.text)
    if big >= 2 * small:
        ratio = 2 if times[2] == "twice" else int(times[3])
        assert ratio == round(big / small) and bool(times[1]) == (big % small != 0), claims.text
        if times[3]:
            claims.checked[ratio] += 1
    else:
        assert times is None and "more member states" in claims.text


def check_aligned(claims: Claims, table: pd.DataFrame) -> None:
    ages = table.dropna(subset=["months_since_launch"]).groupby("program")["months_since_launch"].max()
    if claims.text.startswith("No common age"):
        assert len(ages) < 2
        return
    [(age, ilrs, accords)] = claims.match(r"^At the same age, (\d+) months, the ILRS had (\d+) .* Accords (\d+)$")
    youngest = ages.min()
    claims.equal(age, round(youngest))
    for program, stated in ((ILRS, ilrs), (ARTEMIS, accords)):
        rows = table[(table["program"] == program) & (table["months_since_launch"] <= youngest)]
        claims.equal(stated, int(rows["count"].max()))


def check_per_year(claims: Claims, table: pd.DataFrame, as_of: date) -> None:
    def gained(program: str, year: int) -> int:
        return int(table.loc[(table["program"] == program) & (table["year"] == year), "new_members"].sum())

    ilrs_years = table.loc[(table["program"] == ILRS) & (table["new_members"] > 0), "year"]
    if since := re.search(r"^No new ILRS member state since (\d{4})", claims.text):
        claims.equal(since[1], int(ilrs_years.max()))
        assert gained(ILRS, as_of.year) == 0
    elif claims.text.startswith("No state"):
        assert ilrs_years.empty
    else:
        [(year, ilrs)] = claims.match(r"^In (\d{4}), the ILRS gained (\d+)")
        claims.equal(year, as_of.year)
        claims.equal(ilrs, gained(ILRS, as_of.year))
    if accords := re.search(r"the Artemis Accords gained (\d+) in (\d{4})$", claims.text):
        claims.equal(accords[1], gained(ARTEMIS, as_of.year))
        claims.equal(accords[2], as_of.year)
    elif "either coalition" not in claims.text:
        [year] = claims.match(r"the Artemis Accords none in (\d{4})$")
        claims.equal(year[0], as_of.year)
        assert gained(ARTEMIS, as_of.year) == 0


def check_composition(claims: Claims, table: pd.DataFrame, scope: Scope) -> None:
    own = {b.label for b in vocab.BLOCS if scope.bloc and b.source_bloc == scope.bloc.source_bloc}
    own |= {(scope.region_label or "").strip()}
    rows = table[(table["program"] == ILRS) & (table["members"] > 0) & ~table["group"].isin(own)]
    if claims.text.startswith("No ILRS member state"):
        assert rows.empty
        return
    names = {headlines.group_name(g): g for g in rows["group"]}
    stated = re.search(r"(\d+) of (?:the ILRS's )?(\d+)", claims.text)
    mentioned = [n for n in sorted(names, key=len, reverse=True) if n in claims.text or capitalised(n) in claims.text]
    assert mentioned, claims.text
    group = names[mentioned[0]]
    claims.named(mentioned[0], set(names))
    row = rows[rows["group"] == group].iloc[0]
    total = round(row["members"] / row["share"])
    if stated:
        claims.equal(stated[1], int(row["members"]))
        claims.equal(stated[2], total)
    elif every := re.search(r"^All (\d+)", claims.text):
        claims.equal(every[1], total)
        assert row["members"] == total
    else:
        assert total == 1 and "one member state" in claims.text
    assert row["members"] == rows["members"].max(), claims.text  # the group named holds the most, own group aside


def check_since(claims: Claims, table: pd.DataFrame) -> None:
    first, last = sorted(set(table["date"]))
    count = table.set_index(["date", "program"])["count"]
    gained = {p: int(count[(last, p)] - count[(first, p)]) for p in (ILRS, ARTEMIS)}
    if "neither coalition" in claims.text:
        assert not any(gained.values())
        return
    [(lead, more, other, fewer)] = claims.match(
        r"^Since [^,]+, the (ILRS|Artemis Accords) ha(?:s|ve) gained (\d+) member states?.*; "
        r"the (ILRS|Artemis Accords) (\d+|none)"
    )
    assert lead != other and gained[lead] >= gained[other]
    claims.equal(more, gained[lead])
    if fewer == "none":
        assert gained[other] == 0
    else:
        claims.equal(fewer, gained[other])


def check_split(claims: Claims, table: pd.DataFrame) -> None:
    wide = table.pivot_table(index="group", columns="part", values="states", aggfunc="sum", fill_value=0)
    ilrs, accords = wide[vocab.ILRS_ONLY] + wide[vocab.BOTH], wide[vocab.ARTEMIS_ONLY] + wide[vocab.BOTH]
    lean = table.drop_duplicates("group").set_index("group")["lean"]
    names = {headlines.group_name(g): g for g in wide.index}
    found = re.findall(r"(?:^|, |; )(.+?) leans furthest to the (ILRS|Artemis Accords) \((\d+) to (\d+)\)", claims.text)
    found += re.findall(r", (.+?) to the (Artemis Accords) \((\d+) to (\d+)\)$", claims.text)
    assert found, claims.text
    for name, side, first, second in found:
        name = name.split("; ")[-1]
        group = next(g for n, g in names.items() if n == name or capitalised(n) == name)
        claims.named(name, {name})
        end = lean.idxmax() if side == "ILRS" else lean.idxmin()
        assert lean[group] == lean[end], claims.text  # the bloc named is at that end of the chart
        own, other = (ilrs, accords) if side == "ILRS" else (accords, ilrs)
        claims.equal(first, int(own[group]))
        claims.equal(second, int(other[group]))


def check_milestones(claims: Claims, table: pd.DataFrame) -> None:
    for label, done, total in re.findall(
        r"[Tt]he (ILRS|Artemis program \(NASA\)) (?:has done )?(\d+) of (?:its )?(\d+)", claims.text
    ):
        program = {vocab.MILESTONE_PROGRAM_LABELS[p]: p for p in vocab.MILESTONE_PROGRAMS}[label]
        rows = table[(table["program_label"] == label) & (table["relation"] == vocab.OWN)].drop_duplicates(
            "milestone_id"
        )
        assert program
        claims.equal(done, int((rows["date_status"] == vocab.DONE).sum()))
        claims.equal(total, len(rows))


def check_targets(claims: Claims, table: pd.DataFrame) -> None:
    counted = table[table["count"].notna()].set_index("metric")
    nouns = {"country": vocab.COUNTRIES, "institution": vocab.INSTITUTIONS, "researcher": vocab.RESEARCHERS}
    found = claims.match(r"(\d+)% of its (\w+) target")
    assert len(found) == len(counted)
    for percent, noun in found:
        row = counted.loc[nouns[noun]]
        claims.equal(percent, round(100 * int(row["count"]) / int(row["target_value"])))


def check_panel(claims: Claims, table: pd.DataFrame, world_count: int | None) -> None:
    ours = table[table["series"] == vocab.OUR_COUNT]
    goal = table.loc[table["series"] == vocab.TARGET, "value"]
    ends = table[table["series"] == vocab.PROJECTION]
    if ours.empty:
        claims.equal(claims.match(r"target of ([\d,]+)$")[0][0], int(goal.iloc[0]))
    elif pace := re.search(r"would reach about ([\d,]+) of ([\d,]+) .* by (\d{4})$", claims.text):
        claims.equal(pace[1], round(float(ends["value"].iloc[-1])))
        claims.equal(pace[2], int(goal.iloc[0]))
        claims.equal(pace[3], pd.Timestamp(ends["date"].iloc[-1]).year)
    else:
        [(now, world)] = claims.match(r"^(None|\d+) of the ILRS's (\d+) partner")
        claims.equal(world, world_count)
        if now == "None":
            assert int(ours["value"].iloc[-1]) == 0
        else:
            claims.equal(now, int(ours["value"].iloc[-1]))


def check_wave(exhibit) -> None:
    """The per-year chart's callout: its years' new ILRS member states and the ILRS's total are the table's, and
    no other run of as many years holds more."""
    table, note = exhibit.table, exhibit.chart.callout
    ilrs = table[table["program"] == ILRS].set_index("year")["new_members"]
    runs = ilrs.rolling(2).sum().dropna()
    if not note:
        assert runs.empty or runs.max() < 3 or 2 * runs.max() <= ilrs.sum(), f"a wave of {runs.max()} left unsaid"
        return
    claims = Claims(note)
    [(joined, total, first, last)] = claims.match(
        r"^(?:All )?(\d+) of the ILRS's (?:(\d+) )?member states.* (\d{4})–(\d{2})$"
    )
    years = (int(first), int(first) // 100 * 100 + int(last))
    assert exhibit.chart.callout_years == years and years[1] == years[0] + 1
    claims.equal(joined, int(ilrs.loc[years[0] : years[1]].sum()))
    if total:
        claims.equal(total, int(ilrs.sum()))
    else:  # 'All 8 of the ILRS's member states'
        assert int(joined) == int(ilrs.sum())
    assert int(joined) == runs.max()
    claims.checked[int(first)] += 1
    claims.checked[int(last)] += 1
    claims.all_checked()


def check_split_over_time(claims: Claims, table: pd.DataFrame) -> None:
    """Each side's blocs with more members on the group's last date than on its first, counted afresh from the
    rows."""
    ends = members_at_ends(table)
    gained = pd.Series(
        {side: int((ends[f"{side}_last"] > ends[f"{side}_first"]).sum()) for side in ("ilrs", "accords")}
    )
    groups = len(ends)
    [(year, all_of, some, total, ilrs)] = claims.match(
        r"^Since the end of (\d{4}), the Artemis Accords have gained member states in "
        r"(?:all (\d+)|(\d+|none) of the (\d+)) blocs; the ILRS in (\d+|none|all of them)$"
    )
    claims.equal(year, pd.Timestamp(table["date"].min()).year)
    if all_of:
        claims.equal(all_of, groups)
        assert gained["accords"] == groups
    else:
        claims.equal(total, groups)
        if some == "none":
            assert gained["accords"] == 0
        else:
            claims.equal(some, int(gained["accords"]))
    said = {"none": 0, "all of them": groups}
    if ilrs in said:
        assert gained["ilrs"] == said[ilrs]
    else:
        claims.equal(ilrs, int(gained["ilrs"]))


def check(exhibit, as_of: date, scope: Scope, world_count: int | None = None) -> None:
    # The equal-tile map says what its area map says, of its own rows.
    claims, table, key = Claims(exhibit.headline), exhibit.table, exhibit.key.removesuffix("_tiles")
    assert not claims.text.endswith("."), f"{key}: a headline is a title, with no full stop: {claims.text!r}"
    if key in ("map.ilrs", "overview.partners"):
        check_partner_map(claims, table)
    elif key == "map.artemis":
        check_accords_map(claims, table)
    elif key in ("map.overlap", "compare.overlap"):
        check_overlap(claims, table)
    elif key == "compare.membership":
        check_membership(claims, table)
    elif key == "compare.aligned":
        check_aligned(claims, table)
    elif key == "compare.per_year":
        check_per_year(claims, table, as_of)
        check_wave(exhibit)
    elif key == "compare.blocs":
        check_split(claims, table)
    elif key == "compare.blocs_over_time":
        check_split_over_time(claims, table)
    elif key == "compare.since":
        check_since(claims, table)
    elif key == "compare.regions":
        check_composition(claims, table, scope)
    elif key == "compare.milestones":
        check_milestones(claims, table)
    elif key == "growth.targets":
        check_targets(claims, table)
    else:
        check_panel(claims, table, world_count)
    claims.all_checked()


CASES = [(s, None) for s in scopes()] + [(s, d) for s in (Scope(), Scope("au"), Scope("eu")) for d in EARLIER]


@pytest.mark.parametrize(("scope", "day"), CASES, ids=lambda v: getattr(v, "slug", str(v)))
def test_every_headline_number_is_its_tables(tables, points, drawable, scope, day):
    as_of = day or tables.checked_on
    where = at(tables, scope, as_of)
    for exhibit in compare_model(tables, points, drawable, where).exhibits:
        check(exhibit, as_of, scope)
    for view in vocab.PROGRAM_VIEWS:
        for exhibit in map_model(tables, points, drawable, where, MapOptions(view=view)).exhibits:
            check(exhibit, as_of, scope)
    world = at(tables, Scope(), as_of)
    for metric in vocab.TARGET_METRICS:
        page = growth_model(tables, where, GrowthOptions(metric=metric))
        targets = growth_model(tables, world, GrowthOptions(metric=metric)).exhibits[0].table.set_index("metric")
        count = targets.loc[metric, "count"]
        check(page.exhibits[0], as_of, scope)
        check(page.exhibits[1], as_of, scope, None if pd.isna(count) else int(count))


@pytest.mark.parametrize("iso3", ["SEN", "EGY", "THA", "CHN", "USA", "BRA", "IRL"])
def test_a_country_profiles_headlines_are_its_rows(tables, iso3):
    profile = country_model(tables, iso3, tables.checked_on)
    said = {e.key: e.headline for e in profile.exhibits}
    standing = profile.exhibit("country.standing").table.set_index("program")["standing"]
    ilrs, accords = standing[ILRS], standing[ARTEMIS]
    in_both = ilrs == vocab.STATUS_LABELS[vocab.SIGNED] and accords == vocab.SIGNATORY_LABEL
    assert ("in both coalitions" in said["country.standing"]) == in_both
    assert ("leads the ILRS" in said["country.standing"]) == (iso3 == "CHN")
    split = profile.exhibit("country.blocs").table.pivot_table(
        index="group", columns="part", values="states", fill_value=0
    )
    blocs = pd.DataFrame(
        {
            ILRS: split[vocab.ILRS_ONLY] + split[vocab.BOTH],
            ARTEMIS: split[vocab.ARTEMIS_ONLY] + split[vocab.BOTH],
        }
    )
    [(outnumbered, total)] = re.findall(r"in (\d+) of .* (\d+) blocs?$", said["country.blocs"])
    assert int(total) == len(blocs)
    leader, other = (ARTEMIS, ILRS) if said["country.blocs"].startswith(ARTEMIS) else (ILRS, ARTEMIS)
    assert int(outnumbered) == int((blocs[leader] > blocs[other]).sum())
    if "country.timeline" in said:
        ties = profile.exhibit("country.timeline").table
        [count] = re.findall(r": (\d+) ties?", said["country.timeline"])
        assert int(count) == int((ties["kind"] == "tie").sum())


def test_the_scenario_and_the_claim_gap_say_their_tables(tables):
    scenario = what_if_model(tables, tables.checked_on, vocab.COUNTRIES, 2035, ("announced",)).exhibits[0]
    [(chosen, total, target)] = re.findall(
        r"^Scenario: with the (\d+) .* would have (\d+) of its (\d+)", scenario.headline
    )
    value = scenario.table.set_index("part")["value"]
    assert int(chosen) == int(value[vocab.SCENARIO])
    assert int(total) == int(value[vocab.OUR_COUNT]) + int(value[vocab.SCENARIO])
    assert int(target) == int(value[vocab.TARGET])
    gaps = reconciliation_model(tables, tables.checked_on).exhibits[0]
    [gap] = re.findall(r"is (\d+) (?:above|below) our count", gaps.headline)
    assert int(gap) == abs(int(gaps.table.iloc[-1]["difference"]))


@pytest.mark.parametrize(
    ("larger", "smaller", "said"),
    [(67, 13, "about 5 times"), (6, 3, "twice"), (7, 3, "about twice"), (10, 2, "5 times"), (31, 3, "about 10 times")],
)
def test_times_says_about_unless_exact(larger, smaller, said):
    assert headlines.times(larger, smaller) == said
