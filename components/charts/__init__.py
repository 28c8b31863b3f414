"""Figure builders: a tidy table and column names in, a Plotly figure out. No Streamlit here."""
