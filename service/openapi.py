"""The API's OpenAPI 3.1 description, built from the vocabularies it serves (bloc slugs, metrics) so it never
drifts from what the routes accept."""

from __future__ import annotations

from typing import Any

from components.widgets import url_state
from datalayer import vocab

API_VERSION = "1"
BASE = f"/api/v{API_VERSION}"


def _parameter(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


AS_OF = _parameter(
    url_state.AS_OF,
    "The day counted (YYYY-MM-DD); the data's check date when left out.",
    {"type": "string", "format": "date"},
)
BLOC = _parameter(
    url_state.BLOC, "A bloc's slug, as in the pages' ?bloc=.", {"type": "string", "enum": [b.slug for b in vocab.BLOCS]}
)
REGION = _parameter(
    url_state.REGION, "A UN M49 region or sub-region slug, as in the pages' ?region=.", {"type": "string"}
)
GROUP = _parameter(
    url_state.GROUP,
    "A group of your own: ISO3 codes, comma-separated, any case; it stands in for ?bloc=. Unknown codes are named "
    "in `notices` and left out.",
    {"type": "string"},
)
GROUP_NAME = _parameter(url_state.GROUP_NAME, "The group's name (cut at 40 characters).", {"type": "string"})
SCOPED = [BLOC, GROUP, GROUP_NAME, REGION, AS_OF]
META = {
    "api_version": {"type": "string"},
    "data_checked_on": {"type": "string", "format": "date"},
    "data_version": {"type": "string"},
}
SCOPE = {
    "scope": {"type": "string"},
    "bloc": {"type": ["string", "null"]},
    "group": {"type": ["array", "null"], "items": {"type": "string"}},
    "region": {"type": ["string", "null"]},
    "as_of": {"type": "string", "format": "date"},
    "members": {"type": ["integer", "null"], "description": "States in the scope on the day; null for the world."},
    "notices": {"type": "array", "items": {"type": "string"}, "description": "Items of a list left out, named."},
}
SOURCED = {
    "source_publisher": {"type": ["string", "null"]},
    "source_url": {"type": ["string", "null"]},
    "source_date": {"type": ["string", "null"]},
    "source_grade": {"type": "string", "enum": list(vocab.SOURCE_GRADES)},
    "confidence": {"type": "string", "enum": list(vocab.CONFIDENCES)},
}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _list_of(properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": _object(properties)}


def _operation(summary: str, parameters: list, answer: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "The answer, with the data's check date and version.",
                    "content": {"application/json": {"schema": _object({**META, **answer})}},
                },
                "400": {
                    "description": "A parameter the pages would ignore with a notice: named, with that notice.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BadParameter"}}},
                },
            },
        }
    }


def openapi_document() -> dict[str, Any]:
    counts = {"type": "object", "additionalProperties": True}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": f"{vocab.APP_NAME} API",
            "version": API_VERSION,
            "description": "Read-only counts and lists of the International Lunar Research Station (ILRS) and the "
            "Artemis Accords, by scope and date, each row with its source and grade. The lead of a program is "
            "never its own partner; officials' stated totals are their own series.",
        },
        "paths": {
            f"{BASE}/headline": _operation(
                "Both coalitions' counts for a scope and date, by the rules the pages state",
                SCOPED,
                {
                    **SCOPE,
                    "ilrs": counts,
                    "artemis_accords": counts,
                    "in_both": {"type": "integer"},
                    "tiles": {"type": "array"},
                },
            ),
            f"{BASE}/partners": _operation(
                "Every ILRS tie on the date: states and institutions in the scope, organizations world-wide",
                SCOPED,
                {
                    **SCOPE,
                    "partners": _list_of(
                        {
                            "name": {"type": "string"},
                            "iso3": {"type": ["string", "null"]},
                            "kind": {"type": "string", "enum": list(vocab.PARTNER_KINDS)},
                            "status": {"type": "string", "enum": list(vocab.STATUSES)},
                            "date": {"type": "string"},
                            **SOURCED,
                        }
                    ),
                },
            ),
            f"{BASE}/signatories": _operation(
                "Every Artemis Accords signatory in the scope on the date, the United States included",
                SCOPED,
                {
                    **SCOPE,
                    "signatories": _list_of(
                        {
                            "country": {"type": "string"},
                            "iso3": {"type": "string"},
                            "date": {"type": "string"},
                            "order": {"type": ["integer", "null"]},
                            **SOURCED,
                        }
                    ),
                },
            ),
            f"{BASE}/official-counts": _operation(
                "Officials' stated totals up to the date (never mixed with our count)",
                [AS_OF],
                {
                    "as_of": {"type": "string", "format": "date"},
                    "official_counts": _list_of(
                        {
                            "date": {"type": "string"},
                            "speaker": {"type": "string"},
                            "metric": {"type": "string"},
                            "value": {"type": "integer"},
                            "quote": {"type": ["string", "null"]},
                            **SOURCED,
                        }
                    ),
                },
            ),
            f"{BASE}/what-if": _operation(
                "The growth page's scenario: presets and ISO3 codes added to today's count, against a target",
                [
                    AS_OF,
                    _parameter(
                        url_state.WHAT_IF,
                        "Presets and ISO3 codes, comma-separated, as in the growth page's ?what_if=.",
                        {"type": "string"},
                    ),
                    _parameter(
                        url_state.METRIC, "What is counted.", {"type": "string", "enum": list(vocab.TARGET_METRICS)}
                    ),
                    _parameter(url_state.TARGET_YEAR, "The year the target is read against.", {"type": "integer"}),
                    GROUP,
                    GROUP_NAME,
                ],
                {
                    "as_of": {"type": "string", "format": "date"},
                    "metric": {"type": "string"},
                    "target_year": {"type": "integer"},
                    "notices": {"type": "array", "items": {"type": "string"}},
                    "chosen": {"type": "array"},
                    "summary": {"type": "string"},
                    "table": {"type": "array"},
                },
            ),
        },
        "components": {
            "schemas": {
                "BadParameter": _object(
                    {
                        "error": {"type": "string"},
                        "parameter": {"type": "string"},
                        "value": {"type": "string"},
                        "notice": {"type": "string"},
                    }
                )
            }
        },
    }
