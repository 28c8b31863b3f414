"""What draws without Streamlit: chart builders (one tidy table and column roles in, a Plotly figure out), the
theme, the type-size rule per medium, slide images and the briefing pack."""
