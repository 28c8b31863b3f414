"""Curated ILRS / Artemis data, with no Streamlit or Plotly inside: loading/ (read -> validate) -> domain/ (the rules) -> views/ (one view model per page, returning Exhibits)."""
