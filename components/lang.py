"""The language switch: a widget mirrored in the URL (?lang=sv), defaulting from the browser.

Streamlit's own `bind="query-params"` writes the formatted label (?lang=Svenska), so the
URL is kept in step here: whichever of the switch and the link changed since the last run
wins (a click on the switch; a shared link or the back button).
"""

from __future__ import annotations

import streamlit as st

from polku.i18n import LANG_NAMES, LANGS, normalise_lang, t

LANG_KEY = "lang"
_SYNCED = "_lang_synced"


def current_language() -> str:
    in_url = st.query_params.get(LANG_KEY)
    in_url = in_url if in_url in LANGS else None  # an unknown ?lang= falls back quietly
    chosen = st.session_state.get(LANG_KEY)
    synced = st.session_state.get(_SYNCED)
    if chosen in LANGS and chosen != synced:
        return chosen
    if in_url:
        return in_url
    if chosen in LANGS:
        return chosen
    return normalise_lang(st.context.locale)


def language_switch() -> str:
    """Render the switch in the sidebar and return the chosen language code."""
    lang = current_language()
    st.session_state[LANG_KEY] = lang
    st.session_state[_SYNCED] = lang
    if st.query_params.get(LANG_KEY) != lang:
        st.query_params[LANG_KEY] = lang
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
