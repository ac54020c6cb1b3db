"""Make sure a page runs inside the app shell (app.py), never on its own.

Streamlit treats a folder named `pages/` next to the entrypoint as a legacy multipage app
until the first `st.navigation` call. The very first visitor after a server start who
opens a deep link (/explorer) would get the page without the shell: no language switch,
file names as navigation. A page that finds itself run that way turns the legacy mode off
and reruns, so the shell runs and routes to the same page.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def require_shell() -> str:
    """Return the UI language set by the shell; rerun through the shell if it did not run."""
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state.get("ui_lang", "fi")
