"""Home: where each kind of user starts, a card per loaded path, and the files that failed
to load. The parts are in `components/home_parts.py`."""

import streamlit as st

from components.home_parts import admin_files, home_style, path_card, ways_in
from components.library import get_library, today
from components.memo import by_graph
from components.safe import md
from components.shell import require_shell
from polku.i18n import t
from polku.summary import card, ordered_ids, validity_status

# A card's figures and sentences, worked out once per file version, language and day.
card_of = by_graph(lambda graph, lang, day: card(graph.path, graph, lang, day))

lang = require_shell()
library = get_library()
now = today()
home_style()

with st.container(key="home-intro"):
    st.title(t("app.title", lang))
    st.markdown(t("app.tagline", lang))

if library.paths:
    st.header(t("home.start", lang), anchor=False)
    ways_in(library, lang, now)

st.header(t("home.paths", lang), anchor=False)
in_force = sum(validity_status(p, now) == "current" for p in library.paths.values())
with st.container(key="home-count"):
    st.markdown(
        t("home.loaded", lang, n=len(library.paths))
        + (f" · {t('home.in_force', lang, n=in_force)}" if library.paths else "")
    )
if not library.paths:
    st.info(t("home.none", lang))

# Descriptions in force today first, then coming ones, then history; by title within each.
with st.container(key="home-cards"):
    for pid in ordered_ids(library.paths, lang, now):
        path_card(library, card_of(library.graphs[pid], lang, now), lang, now)

if library.failed:
    st.header(t("home.invalid", lang), anchor=False)
    st.caption(t("home.invalid_help", lang))
    for result in library.failed:
        st.error("  \n".join(md(e.render(lang)) for e in result.errors), icon=":material/error:")

admin_files(library, lang)
