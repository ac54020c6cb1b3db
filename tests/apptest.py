"""Running one page file through AppTest, as the pages' tests do.

An st.navigation app loses its sidebar on AppTest's second run, so each page file runs on
its own, with the language in the session and the view in the link."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, SHIPPED


def run_page(
    monkeypatch,
    *,
    page: str,
    folder: Path = SHIPPED,
    lang: str = "fi",
    state: dict | None = None,
    query: dict | None = None,
    **params,
):
    """`state`: session state to start with (e.g. a session's own paths); `params` (or `query`,
    for a name such as `lang` that is taken here): the link."""
    params = {**params, **(query or {})}
    monkeypatch.setenv("POLKU_PATHS", str(folder))
    at = AppTest.from_file(str(ROOT / "pages" / f"{page}.py"), default_timeout=60)
    at.session_state["ui_lang"] = lang
    for k, v in (state or {}).items():
        at.session_state[k] = v
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at
