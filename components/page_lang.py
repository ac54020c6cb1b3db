"""Tell the browser which language the page is in (<html lang>), for screen readers (WCAG 3.1.1)."""

from __future__ import annotations

import streamlit as st

from polku.i18n import LANGS

_JS = """
export default function(component) {
    const lang = component.data && component.data.lang;
    if (["fi", "sv", "en"].includes(lang)) {
        document.documentElement.lang = lang;
    }
}
"""

_component = st.components.v2.component("polku_page_lang", js=_JS)


def set_page_language(lang: str) -> None:
    if lang in LANGS:  # only a known code ever reaches the page
        _component(data={"lang": lang}, key="polku_page_lang", height=0)
