"""The read-only JSON API under /api/v1/: the pages' parameters (?bloc=, ?region=, ?asof=, ?what_if=, ?metric=,
?target_year=), read by the pages' own parsers, answered from the pages' own view models. A value the pages would
ignore with a notice gets a 400 here, with that notice and the parameter named: a program reading the answer
must not take the world for BRICS. Every answer carries the data's check date and version and may be cached for
an hour (the data changes when it is checked again, at most daily)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from components.widgets import url_state
from datalayer import vocab
from datalayer.domain.scope import Scope, cut_name, region_options, resolve
from datalayer.loading.paths import data_dir
from datalayer.loading.tables import Tables, data_stamp, load_tables
from datalayer.viewmodels import api
from datalayer.viewmodels.country import country_choices
from datalayer.viewmodels.growth import as_of_stops, target_year_choices
from service.openapi import API_VERSION, BASE, openapi_document

CACHE_CONTROL = "public, max-age=3600"
SCOPE_PARAMS = (url_state.BLOC, url_state.REGION, url_state.AS_OF, url_state.GROUP, url_state.GROUP_NAME)


class BadParameter(Exception):
    def __init__(self, parameter: str, value: str, notice: str) -> None:
        super().__init__(notice)
        self.parameter, self.value, self.notice = parameter, value, notice


@lru_cache(maxsize=2)
def _loaded(directory: str, stamp: tuple) -> tuple[Tables, str]:
    """The tables and the data's version, read once per state of the data files."""
    version = json.loads((Path(directory) / "datapackage.json").read_text(encoding="utf-8"))["version"]
    return load_tables(Path(directory)), version


def current_tables() -> tuple[Tables, str]:
    """The validated tables and the data's version, read again when a data file changes (the pages' own rule)."""
    directory = Path(data_dir())
    return _loaded(str(directory), data_stamp(directory))


@dataclass(frozen=True)
class Query:
    """A request's parameters, each read as the pages read it."""

    request: Request
    tables: Tables
    notices: list[str] = field(default_factory=list)  # items of a list left out, each named: the answer says so

    def only(self, *allowed: str) -> None:
        for name in self.request.query_params:
            if name not in allowed:
                raise BadParameter(name, self.request.query_params[name], url_state.unknown_notice(name))

    def choice(self, name: str, allowed: dict, default: Any) -> Any:
        raw = self.request.query_params.get(name)
        parsed = url_state.parse_choice(name, raw, allowed)
        if parsed.notice:
            raise BadParameter(name, raw or "", parsed.notice)
        return default if parsed.value is None else parsed.value

    def as_of(self) -> date:
        stops = as_of_stops(date.today())
        raw = self.request.query_params.get(url_state.AS_OF)
        parsed = url_state.parse_date(url_state.AS_OF, raw, stops[0].replace(day=1), stops[-1])
        if parsed.notice:
            raise BadParameter(url_state.AS_OF, raw or "", parsed.notice)
        return parsed.value if isinstance(parsed.value, date) else self.tables.checked_on

    def scope(self) -> Scope:
        regions = region_options(self.tables.regions)
        bloc = self.choice(url_state.BLOC, {b.slug: b.label for b in vocab.BLOCS}, None)
        region = self.choice(url_state.REGION, regions, None)
        raw = self.request.query_params.get(url_state.GROUP)
        group, notices = url_state.parse_group(raw, country_choices(self.tables))
        self.notices.extend(notices)
        if raw and not group:
            raise BadParameter(url_state.GROUP, raw, notices[0])  # a group of nothing is no group
        name = cut_name(self.request.query_params.get(url_state.GROUP_NAME) or "") if group else ""
        return Scope(bloc, region, regions[region].strip() if region else None, group, name)


def answer(request: Request, build) -> JSONResponse:
    """The JSON of `build(query)`, or a 400 naming the parameter."""
    tables, version = current_tables()
    query = Query(request, tables)
    try:
        body = build(query)
    except BadParameter as bad:
        problem = {"error": "bad parameter", "parameter": bad.parameter, "value": bad.value, "notice": bad.notice}
        return JSONResponse(problem, status_code=400)
    meta = {"api_version": API_VERSION, "data_checked_on": tables.checked_on.isoformat()}
    meta["data_version"] = version
    if query.notices:
        body = {**body, "notices": [*query.notices, *body.get("notices", [])]}
    return JSONResponse({**meta, **body}, headers={"Cache-Control": CACHE_CONTROL})


def scoped(query: Query):
    query.only(*SCOPE_PARAMS)
    return resolve(query.tables.blocs, query.tables.regions, query.scope(), query.as_of())


async def headline(request: Request) -> JSONResponse:
    return answer(request, lambda q: api.headline_answer(q.tables, scoped(q)))


async def partners(request: Request) -> JSONResponse:
    return answer(request, lambda q: api.partners_answer(q.tables, scoped(q)))


async def signatories(request: Request) -> JSONResponse:
    return answer(request, lambda q: api.signatories_answer(q.tables, scoped(q)))


def _official_counts(q: Query) -> dict:
    q.only(url_state.AS_OF)
    return api.official_counts_answer(q.tables, q.as_of())


async def official_counts(request: Request) -> JSONResponse:
    return answer(request, _official_counts)


def _what_if(q: Query) -> dict:
    q.only(
        url_state.AS_OF,
        url_state.METRIC,
        url_state.TARGET_YEAR,
        url_state.WHAT_IF,
        url_state.GROUP,
        url_state.GROUP_NAME,
    )
    metrics = {m: vocab.METRIC_LABELS[m] for m in vocab.TARGET_METRICS}
    years, basic_station = target_year_choices(q.tables.milestones)
    tokens = tuple(url_state.split_list(q.request.query_params.get(url_state.WHAT_IF)))
    metric = q.choice(url_state.METRIC, metrics, vocab.COUNTRIES)
    target_year = q.choice(url_state.TARGET_YEAR, years, basic_station)
    return api.what_if_answer(q.tables, q.as_of(), metric, target_year, tokens, q.scope())


async def what_if(request: Request) -> JSONResponse:
    return answer(request, _what_if)


async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(openapi_document(), headers={"Cache-Control": CACHE_CONTROL})


API_ROUTES = [
    Route(f"{BASE}/headline", headline),
    Route(f"{BASE}/partners", partners),
    Route(f"{BASE}/signatories", signatories),
    Route(f"{BASE}/official-counts", official_counts),
    Route(f"{BASE}/what-if", what_if),
    Route(f"{BASE}/openapi.json", openapi),
]
