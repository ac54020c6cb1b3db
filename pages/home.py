"""Home: what Polku is for, a card per loaded path, and the files that failed to load."""

import streamlit as st

from components.changes import stale_notice
from components.library import SESSION_PREFIX, folders, get_library, today
from components.links import page_link
from components.safe import md
from components.shell import require_shell
from polku.i18n import LANG_NAMES, t
from polku.summary import card, finding_where, ordered_ids, render_finding

lang = require_shell()
library = get_library()

st.title(t("app.title", lang))
st.markdown(t("app.tagline", lang))
st.caption(t("home.uses", lang))

st.header(t("home.paths", lang))
st.caption(t("home.count", lang, n=len(library.paths), folders=", ".join(folders())))
if not library.paths:
    st.info(t("home.none", lang))

STATUS_ICON = {
    "current": ":material/check_circle:",
    "past": ":material/history:",
    "future": ":material/schedule:",
}

# Descriptions in force today first, then coming ones, then history; by title within each.
cards = [
    card(library.paths[pid], library.graphs[pid], lang, today())
    for pid in ordered_ids(library.paths, lang, today())
]

columns = st.columns(2)
for i, c in enumerate(cards):
    path_id = c.id
    graph = library.graphs[path_id]
    with columns[i % 2].container(border=True):
        st.subheader(md(c.title), anchor=False)
        stale_notice(library, path_id, c.title, lang)
        if c.title_fallback:
            st.caption(t("fallback.note", lang, lang=LANG_NAMES[c.title_fallback]))
        st.markdown(
            f"**{t('card.region', lang)}:** {md(c.region)}  \n"
            + (f"**{t('card.organiser', lang)}:** {md(c.organiser)}  \n" if c.organiser else "")
            + f"**{t('card.updated', lang)}:** {c.updated}  \n"
            + f"**{t('card.validity', lang)}:** {c.validity} "
            + f"{STATUS_ICON[c.status]} {t('validity.' + c.status, lang)}"
        )
        if c.summary:
            with st.expander(t("card.summary", lang)):
                st.markdown(md(c.summary))
        m1, m2, m3 = st.columns(3)
        m1.metric(t("card.steps", lang), c.steps)
        m2.metric(t("card.actors", lang), c.actors)
        m3.metric(t("card.findings", lang), c.findings)
        if graph.findings:
            with st.expander(t("card.findings_list", lang)):
                lines = []
                for f in graph.findings:
                    where = finding_where(graph, f, lang)
                    lines.append(f"- **{md(where)}** — {md(render_finding(f, lang))}")
                st.markdown("\n".join(lines))
        page_link(
            "pages/explorer.py",
            label=t("card.open", lang),
            icon=":material/route:",
            query_params={"path": path_id, "lang": lang},
        )
        if library.files[path_id].startswith(SESSION_PREFIX):
            st.caption(t("own.card", lang))
        else:
            st.caption(f"{t('card.file', lang)}: {md(library.files[path_id])}")

if library.failed:
    st.header(t("home.invalid", lang))
    st.caption(t("home.invalid_help", lang))
    for result in library.failed:
        st.error("  \n".join(md(e.render(lang)) for e in result.errors), icon=":material/error:")
