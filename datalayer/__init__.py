"""Curated ILRS / Artemis data, with no Streamlit or Plotly inside: loading/ (read -> validate) -> domain/ (the
rules) -> viewmodels/ (one view model per page, returning Exhibits)."""

import pandas as pd

# Text columns held as Python strings, not Arrow: our tables have tens to hundreds of rows, where Arrow's cost per
# call outweighs its speed per row (a scope's seven view models build in about two thirds of the time).
pd.set_option("mode.string_storage", "python")
