"""Helpers shared by the browser tests and the benchmark: a real server, a hermetic browser."""
