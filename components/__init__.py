"""Streamlit-facing building blocks: page setup, cached data access, chart builders."""
