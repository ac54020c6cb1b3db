"""The empty Streamlit script every figure is a ratio to: the cost of a run that does nothing."""
