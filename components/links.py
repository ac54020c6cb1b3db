"""A link to another page of the app."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError


def page_link(page: str, **kwargs) -> None:
    """`st.page_link`, left out when the page runs on its own (AppTest, a benchmark): there is
    no navigation then to link into."""
    try:
        st.page_link(page, **kwargs)
    except StreamlitPageNotFoundError:
        pass
