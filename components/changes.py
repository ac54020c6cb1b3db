"""Notices for a file that changed under a session: a step, actor or path this session was
looking at is gone, or the file is broken now and its last valid version is shown."""

from __future__ import annotations

import streamlit as st

from components.safe import md
from polku.i18n import t
from polku.loader import Library


def dropped_notice(kind: str, value: str | None, lang: str, **params: str) -> None:
    """`kind`: path, step, actor or role; `value`: the id that is gone (None: nothing to say)."""
    if value:
        st.info(
            md(t(f"changed.{kind}", lang, value=value[:60], **params)),
            icon=":material/sync_problem:",
        )


def dropped_paths_notice(values: list[str], lang: str) -> None:
    if values:
        st.info(
            md(t("changed.paths", lang, values=", ".join(v[:60] for v in values))),
            icon=":material/sync_problem:",
        )


def stale_notice(library: Library, path_id: str, title: str, lang: str) -> None:
    """The path's file fails to load now: say that its last valid version is shown."""
    result = library.stale.get(path_id)
    if result is not None:
        st.warning(
            md(t("changed.stale", lang, title=title, n=len(result.errors)))
            + "  \n"
            + md(result.errors[0].render(lang)),
            icon=":material/history_toggle_off:",
        )
