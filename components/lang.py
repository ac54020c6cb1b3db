"""The language switch: a widget mirrored in the link (?lang=sv), defaulting from the browser."""

from __future__ import annotations

import streamlit as st

from components.url_state import sync
from polku.i18n import LANG_NAMES, LANGS, normalise_lang, t

LANG_KEY = "lang"


def language_switch() -> str:
    """Render the switch in the sidebar and return the chosen language code."""
    lang = sync(LANG_KEY, LANGS, normalise_lang(st.context.locale)).value
    with st.sidebar:
        # A radio group (not segmented_control: AppTest cannot rerun a ButtonGroup,
        # streamlit#11497); it is also a native radio group for screen readers.
        st.radio(
            # One label in all three languages: it must not change identity on a switch,
            # and a reader who cannot read the current language still finds it.
            t("app.language_all", lang),
            LANGS,
            format_func=LANG_NAMES.__getitem__,
            key=LANG_KEY,
            horizontal=True,
        )
    return lang
