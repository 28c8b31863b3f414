"""View models: one pure function per page, from (tables, scope, As of, options) to a frozen page of Exhibits."""
