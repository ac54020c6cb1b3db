"""The language switch: a widget bound to the URL (?lang=sv), defaulting from the browser."""

from __future__ import annotations

import streamlit as st

from polku.i18n import LANG_NAMES, LANGS, normalise_lang, t

LANG_KEY = "lang"


def language_switch() -> str:
    """Render the switch in the sidebar and return the chosen language code."""
    if st.query_params.get(LANG_KEY) not in (None, *LANGS):
        del st.query_params[LANG_KEY]  # an unknown ?lang= falls back quietly
    default = normalise_lang(st.context.locale)
    current = st.session_state.get(LANG_KEY) or st.query_params.get(LANG_KEY) or default
    with st.sidebar:
        chosen = st.segmented_control(
            t("app.language", normalise_lang(current)),
            LANGS,
            default=default,
            format_func=LANG_NAMES.__getitem__,
            key=LANG_KEY,
            bind="query-params",
            required=True,
        )
    return normalise_lang(chosen)
