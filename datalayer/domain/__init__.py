"""The domain: dates, scope (bloc and region filters), partners, growth maths, countries on the map, the
comparison, geometry."""
