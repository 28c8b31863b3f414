"""Streamlit-facing building blocks: page setup, URL-bound widgets, cached data access, the Exhibit renderer,
presenter mode, exports and the briefing pack."""
