"""Polku: the app shell. Pages live in pages/; all logic lives in the polku package."""

import streamlit as st

from components.lang import language_switch
from components.page_lang import set_page_language
from polku.i18n import t

st.set_page_config(page_title="Polku", page_icon=":material/route:", layout="wide")

lang = language_switch()
st.session_state["ui_lang"] = lang
set_page_language(lang)

pages = [
    st.Page("pages/home.py", title=t("nav.home", lang), icon=":material/home:", default=True),
    st.Page(
        "pages/explorer.py",
        title=t("nav.explorer", lang),
        icon=":material/route:",
        url_path="explorer",
    ),
    st.Page(
        "pages/meeting.py",
        title=t("nav.meeting", lang),
        icon=":material/groups:",
        url_path="meeting",
    ),
    st.Page(
        "pages/compare.py",
        title=t("nav.compare", lang),
        icon=":material/compare_arrows:",
        url_path="compare",
    ),
    st.Page(
        "pages/onboarding.py",
        title=t("nav.onboarding", lang),
        icon=":material/school:",
        url_path="onboarding",
    ),
    st.Page(
        "pages/own.py",
        title=t("nav.own", lang),
        icon=":material/edit_document:",
        url_path="own",
    ),
    st.Page(
        "pages/workshop.py",
        title=t("nav.workshop", lang),
        icon=":material/forum:",
        url_path="workshop",
    ),
]
st.navigation(pages).run()
