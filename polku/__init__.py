"""Polku core: path format, loading, graph analysis. Never imports Streamlit."""
