"""Widgets every page shares: URL-bound controls, the URL's parameter names and parsing, and sections drawn only
when opened."""
