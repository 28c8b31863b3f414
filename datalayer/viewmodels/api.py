"""The JSON API's answers, from the same view models and records as the pages: plain dicts and lists, ready to
serialise. Pure: the HTTP layer (service/api.py) reads the address and calls these."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from datalayer import vocab
from datalayer.domain.dates import dated_rows
from datalayer.domain.headline import headline
from datalayer.domain.partners import partners_as_of
from datalayer.domain.scope import WORLD_SCOPE, Scope, ScopeOnDate, within
from datalayer.loading.tables import Tables
from datalayer.viewmodels.map import map_tiles
from datalayer.viewmodels.what_if import what_if_model

PARTNER_FIELDS = ["name", "iso3", "kind", "status", "date", "source_publisher", "source_url", "source_date"]
PARTNER_FIELDS += ["source_grade", "confidence"]
SIGNATORY_FIELDS = ["country", "iso3", "date", "order", "source_publisher", "source_url", "source_date"]
SIGNATORY_FIELDS += ["source_grade", "confidence"]
CLAIM_FIELDS = ["date", "speaker", "kind", "metric", "value", "qualifier", "quote", "source_publisher", "source_url"]
CLAIM_FIELDS += ["source_date", "source_grade", "confidence"]


def records(table: pd.DataFrame, fields: list[str]) -> list[dict[str, Any]]:
    """Rows as JSON objects: dates as ISO text, missing values as null, numbers as numbers."""
    out = table[fields].astype(object).where(table[fields].notna(), None)
    rows: list[dict[str, Any]] = [{str(k): v for k, v in row.items()} for row in out.to_dict(orient="records")]
    for row in rows:
        for key, value in row.items():
            if isinstance(value, (pd.Timestamp, date)):
                row[key] = value.date().isoformat() if isinstance(value, pd.Timestamp) else value.isoformat()
            elif isinstance(value, float) and value.is_integer():
                row[key] = int(value)
            elif value == "":
                row[key] = None
    return rows


def scope_part(at: ScopeOnDate) -> dict[str, Any]:
    return {
        "scope": at.scope.label,
        "bloc": at.scope.bloc.slug if at.scope.bloc else None,
        "group": list(at.scope.group) or None,
        "region": at.scope.region_slug,
        "as_of": at.as_of.isoformat(),
        "members": None if at.members is None else len(at.members),
    }


def headline_answer(tables: Tables, at: ScopeOnDate) -> dict[str, Any]:
    """Both coalitions' counts for a scope and date, by the rules the pages state, with the pages' tiles."""
    members = None if at.members is None else set(at.members)
    h = headline(tables.partners, tables.artemis_accords, members, at.as_of, at.disputed)
    return {
        **scope_part(at),
        "ilrs": {
            "partner_states": h.partner_states,
            "members_with_lead": h.ilrs_members,
            "lead_in_scope": h.ilrs_lead,
            "international_organizations": h.intl_orgs,
            "institutions": h.institutions,
            "weaker_ties_states": h.weaker_states,
            "unconfirmed_states": h.unconfirmed_ilrs,
            "disputed_members": list(h.disputed_ilrs),
        },
        "artemis_accords": {
            "signatories_with_lead": h.artemis,
            "lead_in_scope": h.artemis_lead,
            "unconfirmed": h.unconfirmed_artemis,
            "disputed_members": list(h.disputed_artemis),
        },
        "in_both": h.both,
        "tiles": [{"label": t.label, "value": t.value, "rule": t.delta, "help": t.help} for t in map_tiles(h)],
    }


def partners_answer(tables: Tables, at: ScopeOnDate) -> dict[str, Any]:
    """Every ILRS tie on the date (the lead among them, marked): states in the scope, and the international
    organizations and institutions, which the pages count world-wide and by host."""
    dated = partners_as_of(tables.partners, at.as_of)
    orgs = dated[dated["kind"] == vocab.INTL_ORG]  # no territory: world-wide in every scope, as the counts
    hosted = within(dated[dated["kind"] != vocab.INTL_ORG], at.members)
    inside = pd.concat([hosted, orgs])
    return {**scope_part(at), "partners": records(inside.sort_values(["kind", "date", "name"]), PARTNER_FIELDS)}


def signatories_answer(tables: Tables, at: ScopeOnDate) -> dict[str, Any]:
    """Every Artemis Accords signatory in the scope on the date (the United States, its lead, among them)."""
    signed = within(dated_rows(tables.artemis_accords, at.as_of), at.members)
    return {**scope_part(at), "signatories": records(signed.sort_values(["date", "country"]), SIGNATORY_FIELDS)}


def official_counts_answer(tables: Tables, as_of: date) -> dict[str, Any]:
    """Officials' stated totals up to the date: their own series, never our count."""
    claims = tables.reported_counts
    claims = claims[claims["kind"] == vocab.OFFICIAL]
    return {"as_of": as_of.isoformat(), "official_counts": records(dated_rows(claims, as_of), CLAIM_FIELDS)}


def what_if_answer(
    tables: Tables, as_of: date, metric: str, target_year: int, tokens: tuple[str, ...], scope: Scope = WORLD_SCOPE
) -> dict[str, Any]:
    """The growth page's scenario: who it adds, the table its chart draws, and its sentence (`scope` lends the
    'group' preset the reader's group)."""
    model = what_if_model(tables, as_of, metric, target_year, tokens, scope)
    answer: dict[str, Any] = {"as_of": as_of.isoformat(), "metric": metric, "target_year": target_year}
    answer["notices"] = list(model.notices)
    answer["chosen"] = records(model.chosen, list(model.chosen.columns)) if not model.chosen.empty else []
    if model.exhibits:
        exhibit = model.exhibits[0]
        answer["summary"] = exhibit.summary
        answer["table"] = records(exhibit.table, list(exhibit.table.columns))
    return answer
