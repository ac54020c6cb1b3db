"""Compare paths: side by side on aligned rows, the differences, metrics with a chart, an
overview of every loaded path, a summary in words for the workshop, and an example person walked
through each chosen path. The tabs' bodies are in `components/compare_side.py`,
`components/compare_tabs.py` and `components/compare_persona.py`."""

import streamlit as st

from components.changes import dropped_paths_notice, stale_notice
from components.compare_cache import matrix, short_names
from components.compare_persona import persona_tab
from components.compare_side import side_by_side_tab
from components.compare_tabs import differences_tab, metrics_tab, overview_tab, summary_tab
from components.library import get_library, today
from components.safe import md
from components.shell import require_shell
from components.url_state import sync_list
from polku.i18n import t
from polku.summary import ordered_ids
from polku.text import resolve

lang = require_shell()
library = get_library()

st.title(t("nav.compare", lang))
st.caption(t("compare.intro", lang))
if len(library.paths) < 2:
    st.info(t("compare.need_two_loaded", lang))
    st.stop()


def title_of(pid: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


path_ids = ordered_ids(library.paths, lang, today())
chosen = sync_list("paths", path_ids, path_ids[:2], most=4)
if chosen.rejected:
    st.warning(
        md(t("compare.unknown", lang, value=", ".join(chosen.rejected)[:120])),
        icon=":material/link_off:",
    )
dropped_paths_notice(chosen.dropped, lang)
for pid in chosen.values:
    stale_notice(library, pid, title_of(pid), lang)
st.multiselect(
    t("compare.choose", lang),
    path_ids,
    key="paths",
    format_func=title_of,
    max_selections=4,
    placeholder=t("quiz.choose", lang),
)
graphs = {pid: library.graphs[pid] for pid in chosen.values}
names = short_names(graphs, lang) if graphs else {}
table = matrix(graphs, lang)  # rows × paths, shared by the tabs below

# Each tab's body is a fragment: a widget inside one tab reruns only that tab.
tabs = st.tabs(
    [
        t(f"compare.tab_{k}", lang)
        for k in ("side", "matrix", "metrics", "all", "summary", "persona")
    ]
)
with tabs[0]:
    side_by_side_tab(library, graphs, names, table, lang)
with tabs[1]:
    differences_tab(graphs, names, table, lang)
with tabs[2]:
    metrics_tab(graphs, names, lang)
with tabs[3]:
    overview_tab(library.graphs, lang)
with tabs[4]:
    summary_tab(graphs, lang)
with tabs[5]:
    persona_tab(graphs, {pid: library.versions.get(pid) for pid in graphs}, lang)
