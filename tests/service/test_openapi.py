"""The API's OpenAPI description validates and documents every route and every value the routes accept."""

from openapi_spec_validator import validate

from datalayer import vocab
from service.api import API_ROUTES
from service.openapi import BASE, openapi_document


def test_the_document_is_valid_openapi():
    validate(openapi_document())


def test_every_route_is_documented_and_every_documented_path_is_served():
    served = {route.path for route in API_ROUTES} - {f"{BASE}/openapi.json"}
    assert set(openapi_document()["paths"]) == served


def test_the_bloc_values_documented_are_the_pages():
    parameters = openapi_document()["paths"][f"{BASE}/headline"]["get"]["parameters"]
    bloc = next(p for p in parameters if p["name"] == "bloc")
    assert bloc["schema"]["enum"] == [b.slug for b in vocab.BLOCS]
