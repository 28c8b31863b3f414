"""The JSON API over HTTP (in-process): the pages' parameters, the pages' numbers, a 400 naming a bad value."""

import json
from datetime import date

import pytest
from starlette.applications import Starlette

from datalayer import vocab
from datalayer.domain.scope import Scope
from datalayer.viewmodels.map import MapOptions, map_model
from datalayer.viewmodels.what_if import what_if_model
from service.api import API_ROUTES, CACHE_CONTROL
from tests.scoped import at
from tests.service.asgi import get

API = Starlette(routes=API_ROUTES)
SCOPES = [Scope(), Scope("brics"), Scope(None, "africa", "Africa")]
DATES = [date(2023, 12, 31), None]  # None: the data's check date, as a page without ?asof= shows


def answer(path: str) -> tuple[int, dict, dict]:
    status, headers, body = get(API, path)
    return status, headers, json.loads(body)


def address(scope: Scope, day: date | None) -> str:
    parts = [
        f"bloc={scope.bloc_slug}" if scope.bloc_slug else "",
        f"region={scope.region_slug}" if scope.region_slug else "",
    ]
    parts.append(f"asof={day.isoformat()}" if day else "")
    return "?" + "&".join(p for p in parts if p)


@pytest.mark.parametrize("day", DATES, ids=str)
@pytest.mark.parametrize("scope", SCOPES, ids=lambda s: s.label)
def test_headline_partners_and_signatories_equal_the_map_pages_view_model(tables, points, drawable, scope, day):
    on = day or tables.checked_on
    page = map_model(tables, points, drawable, at(tables, scope, on), MapOptions(view=vocab.VIEW_ILRS))
    status, headers, headline = answer("/api/v1/headline" + address(scope, day))
    assert status == 200 and headers["cache-control"] == CACHE_CONTROL
    assert headline["data_checked_on"] == tables.checked_on.isoformat() and headline["data_version"]
    assert headline["as_of"] == on.isoformat() and headline["scope"] == scope.label
    # The tiles a reader sees on /map, word for word and number for number.
    assert [(t["label"], t["value"], t["rule"]) for t in headline["tiles"]] == [
        (t.label, t.value, t.delta) for t in page.tiles
    ]
    tiles = {t.measure: t.value for t in page.tiles}
    assert str(headline["ilrs"]["partner_states"]) == tiles["ilrs.partner_states"]
    _, _, partners = answer("/api/v1/partners" + address(scope, day))
    states = {p["name"] for p in partners["partners"] if p["kind"] == vocab.STATE}
    shown = set(page.partners.loc[page.partners["kind"] == vocab.STATE, "name"])
    assert states == shown
    signed = [p for p in partners["partners"] if p["kind"] == vocab.STATE and p["status"] == vocab.SIGNED]
    assert len(signed) == headline["ilrs"]["partner_states"]
    assert all(p["source_grade"] in vocab.SOURCE_GRADES and p["source_url"] for p in partners["partners"])
    _, _, accords = answer("/api/v1/signatories" + address(scope, day))
    assert len(accords["signatories"]) == headline["artemis_accords"]["signatories_with_lead"]


def test_official_counts_are_the_officials_series_up_to_the_day(tables):
    _, _, now = answer("/api/v1/official-counts")
    _, _, then = answer("/api/v1/official-counts?asof=2023-12-31")
    assert now["official_counts"] and all(c["kind"] == vocab.OFFICIAL for c in now["official_counts"])
    assert len(then["official_counts"]) < len(now["official_counts"])
    assert all(c["date"] <= "2023-12-31" for c in then["official_counts"])


def test_what_if_answers_as_the_growth_pages_scenario(tables):
    model = what_if_model(tables, tables.checked_on, vocab.COUNTRIES, 2035, ("brics", "EGY", "XXX"))
    status, _, scenario = answer("/api/v1/what-if?what_if=brics,EGY,XXX&target_year=2035")
    assert status == 200 and scenario["summary"] == model.exhibits[0].summary
    assert scenario["notices"] == list(model.notices)  # a list's bad item is named, as on the page
    assert [c["iso3"] for c in scenario["chosen"]] == list(model.chosen["iso3"])


@pytest.mark.parametrize(
    "path, parameter",
    [
        ("/api/v1/headline?bloc=narnia", "bloc"),
        ("/api/v1/headline?region=atlantis", "region"),
        ("/api/v1/headline?asof=30-06-2025", "asof"),
        ("/api/v1/partners?asof=1999-01-01", "asof"),
        ("/api/v1/signatories?colour=year", "colour"),
        ("/api/v1/official-counts?bloc=brics", "bloc"),
        ("/api/v1/what-if?metric=parsecs", "metric"),
        ("/api/v1/what-if?target_year=1066", "target_year"),
    ],
)
def test_a_bad_value_gets_a_400_naming_it(path, parameter):
    status, headers, problem = answer(path)
    assert status == 400 and "cache-control" not in headers
    assert problem["parameter"] == parameter and f"?{parameter}" in problem["notice"]
    assert problem["value"] in path


def test_a_value_is_read_in_any_case_as_the_pages_read_it(tables):
    _, _, upper = answer("/api/v1/headline?bloc=BRICS")
    _, _, lower = answer("/api/v1/headline?bloc=brics")
    assert upper["ilrs"] == lower["ilrs"] and upper["bloc"] == "brics"


def test_a_group_is_a_scope_here_too_and_its_unknown_codes_are_named(tables, points, drawable):
    scope = Scope(group=("BRA", "IND", "ZAF", "EGY"), group_name="Four")
    page = map_model(tables, points, drawable, at(tables, scope, tables.checked_on), MapOptions())
    status, _, headline = answer("/api/v1/headline?group=bra,ind,ZAF,EGY,XX&group_name=Four")
    assert status == 200 and headline["scope"] == "Group: Four" and headline["group"] == list(scope.group)
    assert [(t["label"], t["value"]) for t in headline["tiles"]] == [(t.label, t.value) for t in page.tiles]
    assert headline["notices"] == ["Ignored in ?group: XX is not a country code (ISO3, such as SEN)."]
    status, _, problem = answer("/api/v1/headline?group=XX,YY")
    assert status == 400 and problem["parameter"] == "group"  # a group of nothing is no group
    _, _, scenario = answer("/api/v1/what-if?what_if=group&group=MLI,NER,SEN&group_name=Sahel")
    assert "the 2 states of the group 'Sahel' that have not signed" in scenario["summary"]
