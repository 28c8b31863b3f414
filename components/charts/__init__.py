"""Figure builders: a tidy table and column names in, a Plotly figure out; and `export`, which renders a figure as
a slide image on the server. No Streamlit here."""
