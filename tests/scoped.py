"""The tests' way to resolve a scope on a date, as the app's data access does once per request."""

from datetime import date

from datalayer.domain.scope import Scope, ScopeOnDate, resolve
from datalayer.loading.tables import Tables


def at(tables: Tables, scope: Scope, as_of: date) -> ScopeOnDate:
    return resolve(tables.blocs, tables.regions, scope, as_of)
