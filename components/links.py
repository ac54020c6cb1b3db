"""A link to another page of the app."""

from __future__ import annotations

import streamlit as st
from streamlit.errors import StreamlitPageNotFoundError


def page_link(page: str, **kwargs) -> None:
    """`st.page_link`, left out when the page runs on its own (AppTest, a benchmark): there is
    no navigation then to link into. A `?room=` in this page's link is carried along."""
    room = st.query_params.get("room")
    if room:  # in a workshop room, every link into another page keeps the room
        kwargs["query_params"] = {"room": room, **(kwargs.get("query_params") or {})}
    try:
        st.page_link(page, **kwargs)
    except StreamlitPageNotFoundError:
        pass
