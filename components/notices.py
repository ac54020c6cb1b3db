"""Sourced notes shown beside a path: the announced wind-down of the service (on paths that
describe it as it is today) and the client's rights (on every path)."""

from __future__ import annotations

import streamlit as st

from components import library
from components.safe import md
from components.step_panel import safe_link
from polku.i18n import t
from polku.models import PathFile
from polku.reference import Notice, client_rights, wind_down
from polku.summary import validity_status


def notice_sources(notice: Notice, lang: str) -> str:
    links = "; ".join(
        safe_link(s.title + (f" ({s.date.strftime('%d.%m.%Y')})" if s.date else ""), s.url)
        for s in notice.sources
    )
    return f"{t('notice.sources', lang)}: {links}"


def wind_down_notice(path: PathFile, lang: str, client: bool = False) -> None:
    """The wind-down, on a path that describes the service as it is today."""
    if validity_status(path, library.today()) != "current":
        return
    notice = wind_down()
    # One line until opened: at a 1280x720 table the step itself must stay in view.
    with st.expander(t("notice.wind_down", lang), icon=":material/campaign:"):
        st.markdown(md((notice.client if client else notice.pro)[lang]))
        st.caption(notice_sources(notice, lang))


def rights_panel(lang: str, client: bool = False) -> None:
    """The client's rights: formal complaint, social ombudsman, appeal."""
    notice = client_rights()
    title = t("notice.rights_client" if client else "notice.rights", lang)
    with st.expander(title, icon=":material/gavel:"):
        st.markdown(md((notice.client if client else notice.pro)[lang]))
        st.caption(notice_sources(notice, lang))
