"""Curated ILRS / Artemis data: load -> validate -> transform, with no Streamlit inside."""
