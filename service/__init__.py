"""The HTTP layer around the Streamlit app: compression that is done once, and the read-only JSON API."""
