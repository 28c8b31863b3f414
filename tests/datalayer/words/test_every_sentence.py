"""Every generated sentence is a claim: each number in it is read back out and checked against the table of the
exhibit it speaks for, in every bloc and region scope and on a sample of dates; a lead named as included must
be in the scope. The same holds for the KPI tiles, and a headline number is the same on every page."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pandas as pd
import pytest

from datalayer import vocab
from datalayer.domain.scope import Scope, scope_members
from datalayer.viewmodels.briefing import briefing_model
from datalayer.viewmodels.compare import compare_model
from datalayer.viewmodels.growth import GrowthOptions, growth_model
from datalayer.viewmodels.map import MapOptions, map_model
from datalayer.viewmodels.overview import overview_model
from datalayer.words import comparison_lines, growth_lines, headline_tiles
from datalayer.words.dates import written_date
from datalayer.words.method import MEMBER, SCOPES, THE_LEAD, method_text
from tests.scoped import at

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATES = re.compile(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}\b|\b\d{{4}}-\d{{2}}(?:-\d{{2}})?\b|\(\d{{4}}(?=[;),])")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
CHINA, USA = vocab.LEADS[vocab.ILRS], vocab.LEADS[vocab.ARTEMIS]
ILRS, ARTEMIS = vocab.PROGRAM_LABELS[vocab.ILRS], vocab.PROGRAM_LABELS[vocab.ARTEMIS]
REGIONS = ("africa", "asia", "europe", "americas", "oceania")
EARLIER = (date(2023, 6, 30), date(2024, 12, 31))


def scopes() -> list[Scope]:
    return [
        Scope(),
        *(Scope(b.slug) for b in vocab.BLOCS),
        *(Scope(region_slug=r, region_label=r.title()) for r in REGIONS),
    ]


def numbers_in(text: str) -> Counter:
    """The numbers a sentence states, dates left out (they are checked where they matter, as years)."""
    return Counter(int(n.replace(",", "")) if "." not in n else float(n) for n in NUMBER.findall(DATES.sub("", text)))


class Claims:
    """The numbers a checker has matched in a sentence against its table: what is left over was never checked."""

    def __init__(self, text: str):
        self.text, self.checked, self.names = text, Counter(), []

    def match(self, pattern: str) -> list[tuple[str, ...]]:
        found = re.findall(pattern, self.text)
        assert found, f"{pattern!r} not in {self.text!r}"
        return [f if isinstance(f, tuple) else (f,) for f in found]

    def equal(self, stated: str, expected) -> None:
        value = int(stated.replace(",", ""))
        assert value == expected, f"{self.text!r} states {value}, its table {expected}"
        self.checked[value] += 1

    def leads(self, members: set[str] | None) -> None:
        """A lead said to be included is in the scope; a lead said to be outside is not."""
        held = lambda lead: members is None or lead.iso3 in members  # noqa: E731
        for lead in (CHINA, USA):
            if re.search(rf"{lead.name}, (its|the program's) lead, (included|is not counted)", self.text):
                assert held(lead), f"{lead.name} named as included, outside the scope: {self.text!r}"
            if re.search(rf"{lead.name}, the (other coalition's )?lead, is (not in|outside)|neither lead", self.text):
                assert not held(lead), f"{lead.name} said to be outside, but in the scope: {self.text!r}"

    def named(self, name: str, known: set[str]) -> None:
        """A name from the table ('Global South (G77)'): its digits are part of the name, not a number."""
        assert name in known, f"{name!r} is not in its table: {self.text!r}"
        self.names.append(name)

    def all_checked(self) -> None:
        text = self.text
        for name in [*self.names, *(b.label for b in vocab.BLOCS), *(b.name for b in vocab.BLOCS)]:  # G77
            text = text.replace(name, "")
        stated = numbers_in(text)
        assert stated == self.checked, f"unchecked numbers {stated - self.checked} in {self.text!r}"


def last_counts(table: pd.DataFrame) -> dict[str, int]:
    return {p: int(rows["count"].iloc[-1]) for p, rows in table.groupby("program")}


def check_membership(exhibit, members, as_of):
    claims = Claims(exhibit.summary)
    counts = last_counts(exhibit.table)
    [(ilrs, accords)] = claims.match(r"the ILRS had (\d+) member states?.* and the Artemis Accords (\d+)")
    claims.equal(ilrs, counts.get(ILRS, 0))
    claims.equal(accords, counts.get(ARTEMIS, 0))
    claims.leads(members)
    return claims


def check_aligned(exhibit, members, as_of):
    claims = Claims(exhibit.summary)
    table = exhibit.table.dropna(subset=["months_since_launch"])
    if "no common age" in exhibit.summary:
        assert table["program"].nunique() < 2
        return claims
    [(age, ilrs, accords)] = claims.match(
        r"^(\d+) months after its first signing, the ILRS had (\d+) member "
        r"states?; the Artemis Accords had (\d+)"
    )
    youngest = table.groupby("program")["months_since_launch"].max().min()
    claims.equal(age, round(youngest))
    for program, stated in ((ILRS, ilrs), (ARTEMIS, accords)):
        rows = table[(table["program"] == program) & (table["months_since_launch"] <= youngest)]
        claims.equal(stated, int(rows["count"].max()))
    return claims


def check_per_year(exhibit, members, as_of):
    claims, table = Claims(exhibit.summary), exhibit.table
    assert table.groupby("program")["year"].max().eq(as_of.year).all()  # quiet years run to the As of year
    whose = {"ILRS's": ILRS, "Artemis Accords'": ARTEMIS}
    for program, years, new in re.findall(
        r"(ILRS's|Artemis Accords') busiest (?:year was|years were) "
        r"([\d, and]+?) \((\d+) new",
        exhibit.summary,
    ):
        rows = table[table["program"] == whose[program]]
        most = int(rows["new_members"].max())
        claims.equal(new, most)
        stated = [int(y) for y in re.findall(r"\d{4}", years)]
        assert stated == sorted(rows.loc[rows["new_members"] == most, "year"]), exhibit.summary  # every tied year
        for year in stated:
            claims.equal(str(year), year)
    for program, year in re.findall(
        r"the (ILRS|Artemis Accords) has had no new member state since (\d{4})", exhibit.summary
    ):
        rows = table[(table["program"] == program) & (table["new_members"] > 0)]
        claims.equal(year, int(rows["year"].max()))
    return claims


def check_composition(exhibit, members, as_of, scope):
    claims, table = Claims(exhibit.summary), exhibit.table
    if exhibit.summary.startswith("No member state"):
        return claims
    own = {b.label for b in vocab.BLOCS if scope.bloc and b.source_bloc == scope.bloc.source_bloc}
    own |= {(scope.region_label or "").strip()}
    names = {comparison_lines.group_name(g): g for g in table["group"]}
    nouns = {"the ILRS's member states": ILRS, "the Artemis Accords' signatories": ARTEMIS}
    pattern = (
        r"(?:(all) (\d+)|(\d+\.\d)%) of (the ILRS's member states|the Artemis Accords' signatories)"
        r"(?: \((\d+) of (\d+)\))? (?:are|is) in (.+?)(?= and (?:all|\d)|\.$)"
    )
    for every, total_all, pct, noun, count, total, name in claims.match(pattern):
        claims.named(name, set(names))
        group, program = names[name], nouns[noun]
        assert group not in own, f"the scope's own group in {exhibit.summary!r}"
        row = table[(table["program"] == program) & (table["group"] == group)].iloc[0]
        others = table[(table["program"] == program) & ~table["group"].isin(own)]
        assert row["share"] == others["share"].max()
        coalition = round(row["members"] / row["share"])
        if every:
            claims.equal(total_all, coalition)
            assert row["share"] == 1
        else:
            claims.equal(count, int(row["members"]))
            claims.equal(total, coalition)
            assert float(pct) == round(100 * row["share"], 1)
            claims.checked[float(pct)] += 1
    return claims


def check_split(exhibit, members, as_of, scope):
    claims, table = Claims(exhibit.summary), exhibit.table
    wide = table.pivot_table(index="group", columns="part", values="states", aggfunc="sum", fill_value=0)
    ilrs, accords = wide[vocab.ILRS_ONLY] + wide[vocab.BOTH], wide[vocab.ARTEMIS_ONLY] + wide[vocab.BOTH]
    [(blocs, more_ilrs, more_accords, even)] = claims.match(
        r"^Of the (\d+) blocs? with member states.*?, (\d+) ha(?:s|ve) more ILRS .*?, "
        r"(\d+) the reverse and (\d+) as many"
    )
    claims.equal(blocs, len(wide))
    claims.equal(more_ilrs, int((ilrs > accords).sum()))
    claims.equal(more_accords, int((accords > ilrs).sum()))
    claims.equal(even, int((ilrs == accords).sum()))
    return claims


def members_at_ends(table: pd.DataFrame) -> pd.DataFrame:
    """Per group of a split over time (both counted on each side): each coalition's members on the group's first
    and last dates, counted afresh from the rows (columns ilrs_first, ilrs_last, accords_first, accords_last)."""
    members = table.assign(
        ilrs=table["states"].where(table["part"].isin([vocab.ILRS_ONLY, vocab.BOTH]), 0),
        accords=table["states"].where(table["part"].isin([vocab.ARTEMIS_ONLY, vocab.BOTH]), 0),
    )
    per_day = members.groupby(["group", "date"])[["ilrs", "accords"]].sum().reset_index().sort_values("date")
    ends = per_day.groupby("group")[["ilrs", "accords"]]
    return ends.first().add_suffix("_first").join(ends.last().add_suffix("_last"))


def check_split_over_time(exhibit, members, as_of):
    claims, table = Claims(exhibit.summary), exhibit.table
    ends = members_at_ends(table)
    gained = {side: ends[f"{side}_last"] > ends[f"{side}_first"] for side in ("ilrs", "accords")}
    [(all_of, some, total, ilrs)] = claims.match(
        r"gained member states in (?:all (\d+)|(\d+|none) of the (\d+)) blocs and the ILRS in (\d+|none|all of them)"
    )
    claims.equal(all_of or total, len(ends))
    if all_of:
        assert gained["accords"].all()
    elif some == "none":
        assert not gained["accords"].any()
    else:
        claims.equal(some, int(gained["accords"].sum()))
    if ilrs in ("none", "all of them"):
        assert gained["ilrs"].sum() == (0 if ilrs == "none" else len(ends))
    else:
        claims.equal(ilrs, int(gained["ilrs"].sum()))
    names = {comparison_lines.group_name(g): g for g in ends.index}
    for whose, name, first, last in re.findall(
        r"(Accords' largest gain was|ILRS's) in (.+?) \(from (\d+) to (\d+)\)", exhibit.summary
    ):
        side = "accords" if whose.startswith("Accords") else "ilrs"
        claims.named(name, set(names))
        row = ends.loc[names[name]]
        claims.equal(first, int(row[f"{side}_first"]))
        claims.equal(last, int(row[f"{side}_last"]))
        assert int(last) - int(first) == (ends[f"{side}_last"] - ends[f"{side}_first"]).max()
    return claims


def check_milestones(exhibit, members, as_of):
    claims, table = Claims(exhibit.summary), exhibit.table
    labels = "|".join(re.escape(label) for label in vocab.MILESTONE_PROGRAM_LABELS.values())
    for program, done, total in claims.match(rf"({labels}): (\d+) of (\d+) milestones? done"):
        rows = table[table["program_label"] == program].drop_duplicates("milestone_id")
        claims.equal(done, int((rows["date_status"] == vocab.DONE).sum()))
        claims.equal(total, len(rows))
    for title, when, late in re.findall(r"next (.+?) \(([^,)]+)(, not reported done by [^)]+)?\)", exhibit.summary):
        named = table[table["named"] & (table["title"].str.split(" \\(").str[0] == title)]
        claims.named(title, set(named["title"].str.split(" \\(").str[0]))  # the one the chart names
        row = named.iloc[0]
        assert written_date(row["date"]) == when and bool(late) == (row["date_start"] <= pd.Timestamp(as_of))
    for apart in re.findall(r"(\d+) milestones? of China's related missions", exhibit.summary):
        claims.equal(apart, table.loc[table["program_label"] == vocab.CHINA_RELATED_LANE, "milestone_id"].nunique())
    assert vocab.SUPERSEDED not in set(table["date_status"])  # a superseded plan is not a milestone
    return claims


def check_map(exhibit, members, as_of):
    claims, table = Claims(exhibit.summary), exhibit.table
    inside = table[table["in_scope"]]
    if "belonged to both coalitions" in exhibit.summary:
        [(both, ilrs, accords)] = claims.match(
            r"(\d+) states? .*belonged to both coalitions, (\d+) to the ILRS only"
            r".* and (\d+) to the Artemis Accords only"
        )
        for stated, category in ((both, vocab.BOTH), (ilrs, vocab.ILRS_ONLY), (accords, vocab.ARTEMIS_ONLY)):
            claims.equal(stated, int((inside["category"] == category).sum()))
    elif "signed the Artemis Accords" in exhibit.summary:
        [signed] = claims.match(r"(\d+) states? .*had signed the Artemis Accords")
        claims.equal(signed[0], int((inside["artemis_date"] != "").sum()))
    else:
        [(signed, weaker)] = claims.match(r"(\d+) states? .*had signed ILRS agreements.*, and (\d+) more had weaker")
        claims.equal(signed, int((inside["ilrs_status"] == vocab.SIGNED).sum()))
        claims.equal(
            weaker, int(inside["ilrs_status"].isin([vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY]).sum())
        )
    claims.leads(members)
    return claims


def check_targets(exhibit, members, as_of):
    claims, table = Claims(exhibit.summary), exhibit.table.set_index("metric")
    nouns = {vocab.METRIC_LABELS[m].lower(): m for m in vocab.TARGET_METRICS}
    for count, target, noun, percent in claims.match(r"(\d+) of ([\d,]+) ([a-z ]+?) \((\d+)%\)"):
        row = table.loc[nouns[noun]]
        claims.equal(count, int(row["count"]))
        claims.equal(target, int(row["target_value"]))
        claims.equal(percent, round(100 * row["count"] / row["target_value"]))
    held = re.search(r"; ([\d and]+) of them were within", exhibit.summary)
    assert (held is None) == (members is None), "a scope's count is told apart from the world's"
    if held:
        counted = table[table["count"].notna()]
        for stated, expected in zip(held.group(1).split(" and "), counted["scope_count"], strict=True):
            claims.equal(stated, int(expected))
    for target in re.findall(r"\(target ([\d,]+)\)", exhibit.summary):
        claims.equal(target, int(table.loc[vocab.RESEARCHERS, "target_value"]))
    return claims


def check_panel(exhibit, members, as_of, targets=None):
    claims, table = Claims(exhibit.summary), exhibit.table
    ours = table[table["series"] == vocab.OUR_COUNT]
    target = table.loc[table["series"] == vocab.TARGET, "value"]
    claimed = table[table["series"] == vocab.CLAIM]
    if ours.empty:
        [stated] = claims.match(r"target is ([\d,]+)")
        claims.equal(stated[0], int(target.iloc[0]))
    elif members is None:
        [(count, percent, goal)] = claims.match(r"our count stands at (\d+) signed .*?, (\d+)% of the ([\d,]+) target")
        claims.equal(count, int(ours["value"].iloc[-1]))
        claims.equal(goal, int(target.iloc[0]))
        claims.equal(percent, round(100 * int(ours["value"].iloc[-1]) / int(target.iloc[0])))
        assert "world" not in exhibit.summary
    else:
        [(count, world, percent, goal)] = claims.match(
            r"(\d+) of the ILRS's (\d+) signed .*? the world count is (\d+)% of the ([\d,]+) target \(world-wide"
        )
        metric = exhibit.key.split(".")[1]
        world_count = int(targets.set_index("metric").loc[metric, "count"])
        claims.equal(count, int(ours["value"].iloc[-1]))
        claims.equal(world, world_count)
        claims.equal(goal, int(target.iloc[0]))
        claims.equal(percent, round(100 * world_count / int(target.iloc[0])))
    if not claimed.empty:
        [stated] = claims.match(r"official claim is (?:more than |about |nearly )?(\d+)")
        claims.equal(stated[0], int(claimed["value"].iloc[-1]))
    return claims


def check_since(exhibit, members, as_of):
    claims, table = Claims(exhibit.summary), exhibit.table
    [(then_ilrs, then_accords, now_ilrs, now_accords)] = claims.match(
        r"the ILRS had (\d+) member states?.* and the Artemis Accords (\d+); on [^,]+, (\d+) and (\d+)\."
    )
    first, last = sorted(set(table["date"]))
    assert last == as_of
    count = table.set_index(["date", "program"])["count"]
    claims.equal(then_ilrs, int(count[(first, ILRS)]))
    claims.equal(then_accords, int(count[(first, ARTEMIS)]))
    claims.equal(now_ilrs, int(count[(last, ILRS)]))
    claims.equal(now_accords, int(count[(last, ARTEMIS)]))
    return claims


CHECKERS = {
    "compare.since": check_since,
    "compare.membership": check_membership,
    "compare.aligned": check_aligned,
    "compare.per_year": check_per_year,
    "compare.milestones": check_milestones,
    "compare.blocs_over_time": check_split_over_time,
    "compare.overlap": check_map,
    "overview.partners": check_map,
    "growth.targets": check_targets,
}


def check(exhibit, members, as_of, targets=None, scope=None):
    key = exhibit.key
    if key.startswith("map."):
        claims = check_map(exhibit, members, as_of)
    elif key.startswith("growth.") and key != "growth.targets":
        claims = check_panel(exhibit, members, as_of, targets)
    elif key == "compare.blocs":
        claims = check_split(exhibit, members, as_of, scope)
    elif key == "compare.regions":
        claims = check_composition(exhibit, members, as_of, scope)
    else:
        claims = CHECKERS[key](exhibit, members, as_of)
    claims.all_checked()


@pytest.fixture(scope="module")
def pages_for(tables, points, drawable):
    """The compare page, each map view and each growth panel of a scope on a date, built once for the module:
    view models are pure functions of the frozen tables, so the sentence test and the same-number test read one
    build of each scope."""
    built = {}

    def build(scope, as_of):
        if (scope, as_of) not in built:
            compare = compare_model(tables, points, drawable, at(tables, scope, as_of))
            maps = {
                view: map_model(
                    tables, points, drawable, at(tables, scope, as_of), MapOptions(view=view, institutions=True)
                )
                for view in vocab.PROGRAM_VIEWS
            }
            growth = {
                m: growth_model(tables, at(tables, scope, as_of), GrowthOptions(metric=m)) for m in vocab.TARGET_METRICS
            }
            built[(scope, as_of)] = compare, maps, growth
        return built[(scope, as_of)]

    return build


CASES = [(s, None) for s in scopes()] + [
    (s, d) for s in (Scope(), Scope("au"), Scope("brics"), Scope("eu")) for d in EARLIER
]


@pytest.mark.parametrize(("scope", "day"), CASES, ids=lambda v: getattr(v, "slug", str(v)))
def test_every_number_in_every_sentence_and_tile_is_its_tables(tables, pages_for, scope, day):
    as_of = day or tables.checked_on
    members = scope_members(tables.blocs, tables.regions, scope, as_of)
    compare, maps, growth = pages_for(scope, as_of)
    for exhibit in compare.exhibits:
        check(exhibit, members, as_of, scope=scope)
    for page in maps.values():
        for exhibit in page.exhibits:  # the area map and its equal tiles
            check(exhibit, members, as_of)
    for page in growth.values():
        targets = page.exhibits[0]
        check(targets, members, as_of)
        check(page.exhibits[1], members, as_of, targets.table)

    h = compare.headline
    tiles = {k.measure: k for k in compare.tiles if k.measure}
    # One rule per comparison: the bottom line counts both coalitions with their leads, as the tiles do.
    stated = re.search(
        r"[Cc]ounting each coalition with its lead, the ILRS has (\d+) member states? and the Artemis "
        r"Accords (\d+) signator",
        compare.bottom_line[0],
    )
    assert tuple(map(int, stated.groups())) == (h.ilrs_members, h.artemis)
    assert stated.groups() == (
        tiles[headline_tiles.ILRS_MEMBERS].value,
        tiles[headline_tiles.ARTEMIS_SIGNATORIES].value,
    )
    leads = re.search(r"\((.*)\)\.$", compare.bottom_line[0])[1]
    included = next((part for part in leads.split("; ") if part.endswith(" included")), "")
    for lead in (CHINA, USA):
        assert (lead.name in included) == (members is None or lead.iso3 in members), compare.bottom_line[0]
    # The population and GDP shares in words are the weight tiles' own numbers, rounded the same way.
    weight = {kpi.label: kpi.value for _, tiles in compare.weight for kpi in tiles}
    shares = next((line for line in compare.bottom_line if "of the world's population" in line), None)
    if shares:
        for program in (ILRS, ARTEMIS):
            assert weight[f"{program}: share of world population"] in shares
            assert weight[f"{program}: share of world GDP"] in shares
    targets = next(line for line in compare.bottom_line if line.startswith("Against its own targets"))
    assert re.search(rf"has {h.partner_states} partner states?", targets) and "without China" in targets
    membership = last_counts(compare.exhibit("compare.membership").table)
    assert int(tiles[headline_tiles.ILRS_MEMBERS].value) == membership.get(ILRS, 0)
    assert int(tiles[headline_tiles.ARTEMIS_SIGNATORIES].value) == membership.get(ARTEMIS, 0)
    overlap = compare.exhibit("compare.overlap").table
    assert int(tiles[headline_tiles.IN_BOTH].value) == int(
        (overlap["in_scope"] & (overlap["category"] == vocab.BOTH)).sum()
    )
    china_held = members is None or CHINA.iso3 in members
    assert ("+ China" in tiles[headline_tiles.ILRS_MEMBERS].delta) == china_held
    ilrs_map = maps[vocab.VIEW_ILRS]
    inside = ilrs_map.exhibits[0].table[ilrs_map.exhibits[0].table["in_scope"]]
    partner = next(k for k in ilrs_map.tiles if k.measure == headline_tiles.PARTNER_STATES)
    assert int(partner.value) == int((inside["ilrs_status"] == vocab.SIGNED).sum())
    hosted = int(inside["institutions"].sum())
    unhosted = re.match(
        r"(\d+) with no host", next(k.delta for k in ilrs_map.tiles if k.measure == headline_tiles.INSTITUTIONS_SIGNED)
    )
    institutions = next(k for k in ilrs_map.tiles if k.measure == headline_tiles.INSTITUTIONS_SIGNED)
    assert int(institutions.value) == hosted + (int(unhosted.group(1)) if unhosted else 0)
    for metric, page in growth.items():
        if page.tiles:
            ours = page.exhibits[1].table
            assert int(page.tiles[0].value) == int(ours.loc[ours["series"] == vocab.OUR_COUNT, "value"].iloc[-1])
            world = page.exhibits[0].table.set_index("metric").loc[metric]
            assert page.tiles[1].value == f"{100 * world['count'] / world['target_value']:.0f}%"
            assert ("world" in page.tiles[1].label.lower()) == (members is not None)


def test_the_overview_sentence_and_tiles_are_its_tables(tables, points, drawable):
    page = overview_model(tables, points, drawable)
    for exhibit in page.exhibits:
        check(exhibit, None, tables.checked_on)
    inside = page.exhibit("overview.partners").table
    tiles = {k.measure: int(k.value) for k in page.tiles}
    assert tiles[headline_tiles.PARTNER_STATES] == int((inside["ilrs_status"] == vocab.SIGNED).sum())
    assert tiles[headline_tiles.WEAKER_STATES] == int(
        inside["ilrs_status"].isin([vocab.ANNOUNCED, vocab.APPLIED, vocab.PAYLOAD_ONLY]).sum()
    )
    assert tiles[headline_tiles.ARTEMIS_SIGNATORIES] == int((inside["artemis_date"] != "").sum())


@pytest.mark.parametrize("scope", [Scope(), Scope("brics"), Scope("au"), Scope("nato")], ids=lambda s: s.slug)
def test_a_headline_number_is_the_same_on_every_page_or_carries_its_own_rule(
    tables, points, drawable, pages_for, scope
):
    """/, /map, /compare and the growth page agree on each headline measure; the pack reads the same numbers
    (its notes are the exhibits' summaries), and two rules for the ILRS carry two labels."""
    as_of = tables.checked_on
    compare, maps, growth = pages_for(scope, as_of)
    shown: dict[str, set[tuple[str, str]]] = {}
    pages = [compare.tiles, maps[vocab.VIEW_ILRS].tiles, growth[vocab.COUNTRIES].tiles]
    if scope.is_world:
        pages.append(overview_model(tables, points, drawable).tiles)
    for tiles in pages:
        for kpi in tiles:
            if kpi.measure:
                shown.setdefault(kpi.measure, set()).add((kpi.value, kpi.delta))
    for measure, values in shown.items():
        assert len(values) == 1, f"{measure} differs between pages: {values}"
    ((partners, partner_rule),) = shown[headline_tiles.PARTNER_STATES]
    ((members, member_rule),) = shown[headline_tiles.ILRS_MEMBERS]
    # 12 and 13 never stand side by side without rules that say why; equal numbers may share a rule.
    assert partners == members or partner_rule != member_rule
    pack = briefing_model(tables, points, drawable, at(tables, scope, as_of))
    [note] = [e.summary for e in pack.exhibits if e.key == "compare.membership"]
    assert f"the ILRS had {members} member state" in note
    ((artemis, _),) = shown[headline_tiles.ARTEMIS_SIGNATORIES]
    assert f"the Artemis Accords {artemis}" in note


def test_leads_are_named_only_where_the_scope_holds_them(tables, points, drawable):
    au = compare_model(tables, points, drawable, at(tables, Scope("au"), tables.checked_on))
    text = au.exhibit("compare.membership").summary
    assert "included" not in text and "neither lead (China, the United States) is in the African Union" in text
    assert au.exhibit("compare.membership").subtitle.endswith("neither lead in this scope")
    brics = compare_model(tables, points, drawable, at(tables, Scope("brics"), tables.checked_on))
    text = brics.exhibit("compare.membership").summary
    assert "(China, its lead, included)" in text and "United States, its lead" not in text
    assert brics.exhibit("compare.per_year").subtitle.endswith(
        "with China, its lead; the United States outside this scope"
    )


def test_a_bloc_is_never_read_against_a_world_target_without_saying_so(tables):
    page = growth_model(tables, at(tables, Scope("brics"), tables.checked_on), GrowthOptions())
    assert "world-wide target" in page.exhibits[1].summary and "world-wide" in page.exhibits[0].summary
    assert [k.label for k in page.tiles][:2] == ["Our count in this scope", "World progress to target"]
    assert (
        page.tiles[1].delta.endswith("(world)")
        and "targets and officials' figures are world-wide" in page.tiles[1].help
    )


def test_the_tiles_help_texts_are_the_method_pages_text(tables, points, drawable):
    tiles = {
        k.measure: k
        for k in map_model(tables, points, drawable, at(tables, Scope(), tables.checked_on), MapOptions()).tiles
    }
    assert method_text(THE_LEAD) in tiles[headline_tiles.PARTNER_STATES].help
    assert method_text(MEMBER) in tiles[headline_tiles.PARTNER_STATES].help
    scoped = growth_model(tables, at(tables, Scope("au"), tables.checked_on), GrowthOptions()).tiles[1]
    assert scoped.help == method_text(SCOPES)


def test_no_signing_is_said_in_words_not_as_zero_rates(tables):
    quiet = growth_model(tables, at(tables, Scope("brics"), tables.checked_on), GrowthOptions()).tiles
    recent = next(k for k in quiet if k.label.startswith("Signed in 12 / 24 months"))
    assert (recent.value, recent.delta) == ("none", "no new signing in 24 months")
    assert growth_lines.recent_signings(1, 3)[0] == "1 / 3"


def test_a_speaker_is_named_without_role_or_venue():
    assert growth_lines.speaker_name("Dmitry Bakanov (director general, Roscosmos), Brasilia") == "Dmitry Bakanov"
    assert growth_lines.speaker_name("CGTN report, Tunxi") == "CGTN report"
