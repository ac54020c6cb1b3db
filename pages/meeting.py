"""Client meeting: walk a client through their own path, one step at a time, in plain words.

Large type, little chrome, keyboard shortcuts (← back, → next, 1–9 for a choice). The way
walked lives only in this browser session; the handout is made on click, in memory.
"""

import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.diagram_cache import diagram_for
from components.diagram_view import diagram_labels, diagram_view
from components.library import get_library, today
from components.safe import md
from components.shell import require_shell
from components.url_state import set_value, sync
from polku.diagram import step_number
from polku.handout import handout_content, handout_html, handout_pdf
from polku.i18n import LANG_NAMES, t
from polku.summary import duration_text, ordered_ids, validity_status, validity_text
from polku.text import resolve
from polku.walk import settle_route

lang = require_shell()
library = get_library()
st.set_page_config(initial_sidebar_state="collapsed")  # little chrome in a meeting

# Large, high-contrast type for a projector or a tablet; scoped to this page's container.
st.html("""<style>
.st-key-meeting p, .st-key-meeting li { font-size: 1.3rem; line-height: 1.55; }
.st-key-meeting h2 { font-size: 2.3rem; line-height: 1.2; }
.st-key-meeting .stButton button { font-size: 1.2rem; min-height: 3rem; padding: .4rem 1rem; }
.st-key-meeting .stButton button p { font-size: 1.2rem; }
</style>""")

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
actors = {a.id: a for a in path.actors}


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

top = st.columns([3, 2])
top[0].caption(t("meeting.intro", lang))
top[1].selectbox(
    t("explorer.path", lang),
    path_ids,
    key="path",
    format_func=title_of,
    label_visibility="collapsed",
)
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path_id))
dropped_notice(
    "step", chosen_step.dropped, lang, title=resolve(step.title, lang, path.language).text
)
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
    phase = path.phase(step.phase)
    st.caption(
        t("meeting.step_of", lang, n=step_number(graph, step_id), m=len(graph.order))
        + " · "
        + md(text(phase.title))
    )
    st.markdown(f"**{t('meeting.you_are_here', lang)}**")
    title = resolve(step.title, lang, path.language)
    st.header(md(title.text), anchor=False)
    body = resolve(step.client_text, lang, path.language)
    if body.text:
        st.markdown(md(body.text))
    else:
        st.markdown(f"*{t('meeting.no_plain_text', lang)}*")
    # Say so when the words are not in the client's language (the file has no translation).
    fell_back = {r.lang for r in (title, body) if r.fell_back and r.text}
    for other in sorted(fell_back):
        st.caption(t("fallback.note", lang, lang=LANG_NAMES[other]))

    owners = graph.responsible(step)
    facts = []
    if owners:
        facts.append((t("meeting.who", lang), ", ".join(text(actors[a].name) for a in owners)))
        contacts = [text(actors[a].contact) for a in owners if actors[a].contact]
        if contacts:
            facts.append((t("meeting.contact", lang), "; ".join(contacts)))
    if step.client_does:
        facts.append((t("meeting.you_do", lang), text(step.client_does)))
    if step.documents:
        facts.append((t("meeting.bring", lang), ", ".join(text(d) for d in step.documents)))
    if step.duration is not None:
        facts.append((t("meeting.how_long", lang), duration_text(step, lang, path.language)))
    if facts:
        st.markdown("\n".join(f"- **{label}:** {md(value)}" for label, value in facts))

    nav = st.columns([1, 3])
    nav[0].button(
        t("meeting.back", lang),
        on_click=back,
        disabled=len(route) < 2,
        key="meeting-back",
        shortcut="Left",
        width="stretch",
    )
    with nav[1]:
        if not step.next:
            st.success(t("meeting.end", lang), icon=":material/flag:")
        elif len(step.next) == 1:
            target = step.next[0].to
            st.button(
                t("meeting.next", lang, title=text(graph.steps[target].title)) + " →",
                on_click=go,
                args=(target,),
                key="meeting-next",
                type="primary",
                shortcut="Right",
            )
        else:
            st.markdown(f"**{t('meeting.question', lang)}**")
            for i, tr in enumerate(step.next, 1):
                target_title = text(graph.steps[tr.to].title)
                label = (
                    t("meeting.choice", lang, when=text(tr.when), title=target_title)
                    if tr.when
                    else t("meeting.next", lang, title=target_title)
                )
                st.button(
                    f"{i}. {label}",
                    on_click=go,
                    args=(tr.to,),
                    key=f"meeting-choice-{i}",
                    shortcut=str(i) if i < 10 else None,
                    width="stretch",
                    wrap=True,
                )
    st.caption(t("meeting.keys", lang))

st.subheader(t("meeting.map", lang), anchor=False)
st.caption(t("meeting.map_marks", lang))
diagram, svg = diagram_for(library.versions[path_id], path_id, lang, graph, route=tuple(route))
if svg is not None:
    names = {
        sid: f"{step_number(graph, sid)}. {text(graph.steps[sid].title)}" for sid in graph.order
    }

    def jump_back(target: str) -> None:
        # On the map one can go back along the way walked, not skip ahead.
        if target in st.session_state.get(ROUTE, []):
            go(target)

    diagram_view(
        key=f"meeting-map-{path_id}",
        on_select=jump_back,
        data={
            "svg": svg,
            "nodes": diagram.nodes,
            "names": names,
            "selected": step_id,
            "key": f"meeting-{path_id}",
            "filename": f"polku-{path_id}",
            "legend": [],
            "fit": True,  # a compact map: the whole path at a glance
            "labels": diagram_labels(lang),
        },
    )
st.markdown(
    f"**{t('meeting.walked', lang)}:** "
    + " → ".join(
        md(names_step)
        for names_step in (f"{step_number(graph, s)}. {text(graph.steps[s].title)}" for s in route)
    )
)

with st.expander(t("handout.title", lang), icon=":material/print:"):
    st.caption(t("handout.help", lang))
    # The name stays in this browser session and goes only into the downloads made below.
    name = st.text_input(t("handout.name", lang), key="handout-name", max_chars=80)
    content = handout_content(graph, step_id, lang)
    d1, d2 = st.columns(2)
    d1.download_button(
        t("handout.pdf", lang),
        data=lambda: handout_pdf(content, name),
        file_name=f"polku-{path_id}.pdf",
        mime="application/pdf",
        on_click="ignore",
        type="primary",
    )
    d2.download_button(
        t("handout.html", lang),
        data=lambda: handout_html(content, name),
        file_name=f"polku-{path_id}.html",
        mime="text/html",
        on_click="ignore",
    )
