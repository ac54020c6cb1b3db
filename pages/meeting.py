"""Client meeting: walk a client through their own path, one step at a time, in plain words.

Large type, little chrome, keyboard shortcuts (← back, → next, 1–9 for a choice). The way
walked lives only in this browser session; the handout is made on click, in memory.
"""

import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.library import get_library, today
from components.meeting_parts import handout_form, meeting_step, meeting_style
from components.notices import rights_panel, wind_down_notice
from components.path_diagram import path_diagram
from components.safe import md
from components.shell import require_shell
from components.url_state import set_value, sync
from polku.i18n import t
from polku.summary import ordered_ids, validity_status, validity_text
from polku.text import resolve
from polku.walk import settle_route

lang = require_shell()
library = get_library()
st.set_page_config(initial_sidebar_state="collapsed")  # little chrome in a meeting

meeting_style()

if not library.paths:
    st.info(t("home.none", lang))
    st.stop()


def title_of(pid: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


path_ids = ordered_ids(library.paths, lang, today())
chosen_path = sync("path", path_ids, path_ids[0])
path_id = chosen_path.value
path = library.paths[path_id]
graph = library.graphs[path_id]
chosen_step = sync("step", graph.order, graph.entries[0], scope=path_id)
ROUTE = f"_route_{path_id}"  # the way walked: in this session only, never stored elsewhere
route = settle_route(graph, st.session_state.get(ROUTE, []), chosen_step.value)
st.session_state[ROUTE] = route
step_id = route[-1]
step = graph.steps[step_id]


def text(value) -> str:
    return resolve(value, lang, path.language).text


def go(target: str) -> None:
    set_value("step", target)


def back() -> None:
    walked = st.session_state.get(ROUTE, [])
    if len(walked) > 1:
        set_value("step", walked[-2])


for rejected, key in (
    (chosen_path.rejected, "link.unknown_path"),
    (chosen_step.rejected, "link.unknown_step"),
):
    if rejected:
        st.warning(
            md(t(key, lang, value=rejected[:60], title=title_of(path_id))),
            icon=":material/link_off:",
        )

top = st.columns([3, 2], vertical_alignment="center")
top[0].caption(t("meeting.intro", lang))
with top[1].container(key="meeting-picker"):
    st.selectbox(
        t("explorer.path", lang),
        path_ids,
        key="path",
        format_func=title_of,
        label_visibility="collapsed",
    )
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path_id))
dropped_notice("step", chosen_step.dropped, lang, title=text(step.title))
stale_notice(library, path_id, title_of(path_id), lang)
status = validity_status(path, today())
if status == "past":
    st.warning(
        t("validity.notice_past", lang, range=validity_text(path, lang)), icon=":material/history:"
    )
elif status == "future":
    st.info(
        t("validity.notice_future", lang, range=validity_text(path, lang)),
        icon=":material/schedule:",
    )

with st.container(key="meeting"):
    meeting_step(graph, route, lang, go=go, back=back)

with st.container(key="meeting-notes"):
    wind_down_notice(path, lang, client=True)
    rights_panel(lang, client=True)

with st.expander(t("meeting.map", lang), icon=":material/map:"):
    st.caption(t("meeting.map_marks", lang))

    def jump_back(target: str) -> None:
        # On the map one can go back along the way walked, not skip ahead.
        if target in st.session_state.get(ROUTE, []):
            go(target)

    path_diagram(
        library.versions[path_id],
        path_id,
        graph,
        lang,
        key=f"meeting-map-{path_id}",
        selected=step_id,
        on_select=jump_back,
        route=tuple(route),
        client=True,
        show_legend=False,
    )

with st.expander(t("handout.title", lang), icon=":material/print:"):
    handout_form(graph, route, lang, path_id)
