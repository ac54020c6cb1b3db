"""The client meeting's parts: its large type, the step with its answers, the handout form.

Everything said here comes from `polku.meeting` and `polku.handout`; these functions only
arrange it for a laptop across a table (1280×720), a projector (1920×1080) and a tablet held
upright (800×1280)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components import library
from components.notices import rights_panel, wind_down_notice
from components.path_diagram import path_diagram
from components.safe import md
from components.url_state import set_value, sync
from polku.graph import PathGraph
from polku.handout import Worker, handout_content, handout_html, handout_pdf
from polku.i18n import t
from polku.meeting import answers, plain_notes
from polku.summary import duration_text
from polku.text import resolve
from polku.walk import settle_route

# Type a client can read across a table; the page starts at the top, so the step, who does
# it, what the client does and every answer fit a 1280×720 screen. After a path is picked,
# focus leaves the picker so that the arrow and number keys walk again.
STYLE = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.4rem; }
.st-key-meeting p, .st-key-meeting li { font-size: 1.25rem; line-height: 1.45; }
.st-key-meeting h2 { font-size: 2.1rem; line-height: 1.15; padding: .2rem 0 .4rem; }
.st-key-meeting .st-key-meeting-crumbs p { font-size: 1.05rem; color: #333; }
.st-key-meeting .stButton button { font-size: 1.15rem; min-height: 3rem; padding: .3rem 1rem;
  justify-content: flex-start; text-align: left; }
.st-key-meeting .stButton button p { font-size: 1.15rem; }
.st-key-meeting [data-testid="stVerticalBlock"] { gap: .55rem; }
/* The notes below the step (the service's future, the client's rights): read together too. */
[data-testid="stExpander"] summary [data-testid="stMarkdownContainer"] p {
  font-size: 1.15rem !important; }
.st-key-meeting-notes [data-testid="stExpanderDetails"] p { font-size: 1.2rem; line-height: 1.45; }
/* Practising with an example person: the person and the way they take, read together too. */
.st-key-meeting-persona p, .st-key-meeting-persona li,
.st-key-meeting-persona-intro [data-testid="stExpanderDetails"] p {
  font-size: 1.2rem; line-height: 1.45; }
.st-key-meeting-persona-intro [data-testid="stCaptionContainer"] p { font-size: 1rem; }
@media (max-width: 900px) {
  .st-key-meeting .stButton button { min-height: 3.6rem; }
}
</style>
<script>
(() => {
  if (window.__polkuPickerFocus) return;
  window.__polkuPickerFocus = true;
  const leavePicker = () => setTimeout(() => {
    const el = document.activeElement;
    if (el && el.closest(".st-key-meeting-picker")) el.blur();
  }, 60);
  document.addEventListener("click", (e) => {
    if (e.target.closest('[role="option"]')) leavePicker();
  }, true);
  document.addEventListener("keydown", (e) => {
    if ((e.key === "Enter" || e.key === "Escape") && e.target.closest(".st-key-meeting-picker"))
      leavePicker();
  }, true);
})();
</script>"""


def meeting_style() -> None:
    st.html(STYLE, unsafe_allow_javascript=True)


def meeting_step(
    graph: PathGraph,
    route: list[str],
    lang: str,
    *,
    go: Callable[[str], None],
    back: Callable[[], None],
    ways_part: Callable[[], None] | None = None,
) -> None:
    """The step the client is at, the way walked to it, and every way on as a button; with
    `ways_part` (practising with an example person), that draws the way on instead."""
    path = graph.path
    step = graph.steps[route[-1]]
    actors = {a.id: a for a in path.actors}

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    with st.container(key="meeting-crumbs"):
        crumbs = [f"{i}. {md(text(graph.steps[s].title))}" for i, s in enumerate(route, 1)]
        crumbs[-1] = f"**{crumbs[-1]}** ({t('meeting.you_are_here', lang)})"
        st.markdown(f"{t('meeting.walked', lang)}: " + " → ".join(crumbs))
    st.header(md(text(step.title)), anchor=False)
    body = text(step.client_text)
    st.markdown(md(body) if body else f"*{t('meeting.no_plain_text', lang)}*")

    owners = graph.responsible(step)
    facts = [
        (
            t("meeting.who", lang),
            ", ".join(text(actors[a].name) for a in owners) or t("meeting.nobody", lang),
        )
    ]
    contacts = [text(actors[a].contact) for a in owners if actors[a].contact]
    if contacts:
        facts.append((t("meeting.contact", lang), "; ".join(contacts)))
    if step.client_does:
        facts.append((t("meeting.you_do", lang), text(step.client_does)))
    if step.documents:
        facts.append((t("meeting.bring", lang), ", ".join(text(d) for d in step.documents)))
    how_long = duration_text(step, lang, path.language)
    if how_long:
        facts.append((t("meeting.how_long", lang), how_long))
    st.markdown("\n".join(f"- **{label}:** {md(value)}" for label, value in facts))
    for note in plain_notes(graph, step.id, lang):
        st.markdown(f":material/info: *{md(note)}*")

    ways = [] if ways_part else answers(graph, step.id, lang)

    def label_of(way) -> str:
        return way.label + (f" ({t('meeting.cold_short', lang)})" if way.cold else "")

    if ways_part:
        ways_part()
    elif not ways:
        st.success(t("meeting.end", lang), icon=":material/flag:")
    elif len(ways) == 1:
        st.button(
            label_of(ways[0]),
            on_click=go,
            args=(ways[0].to,),
            key="meeting-next",
            type="primary",
            shortcut="Right",
        )
    else:
        st.markdown(f"**{t('meeting.question', lang)}**")
        columns = st.columns(2 if len(ways) > 3 else 1)
        for i, way in enumerate(ways, 1):
            columns[(i - 1) % len(columns)].button(
                label_of(way),
                on_click=go,
                args=(way.to,),
                key=f"meeting-choice-{i}",
                shortcut=str(i) if i < 10 else None,
                width="stretch",
                wrap=True,
            )
        conditions = [(way.label, way.condition) for way in ways if way.condition]
        if conditions:
            # The professional's wording, one click away from the client's.
            with st.expander(t("meeting.conditions", lang)):
                st.markdown("\n".join(f"- {md(label)}: *{md(when)}*" for label, when in conditions))
    nav = st.columns([1, 3], vertical_alignment="center")
    nav[0].button(
        t("meeting.back", lang),
        on_click=back,
        disabled=len(route) < 2,
        key="meeting-back",
        shortcut="Left",
        width="stretch",
    )
    nav[1].caption(t("meeting.keys", lang))


def handout_form(graph: PathGraph, route: list[str], lang: str, path_id: str) -> None:
    """The handout: what the professional types here goes only into the download."""
    st.caption(t("handout.help", lang))
    # Nothing typed here is stored: it stays in this browser session and the download.
    c1, c2 = st.columns(2)
    name = c1.text_input(t("handout.name", lang), key="handout-name", max_chars=80)
    worker = Worker(
        name=c2.text_input(t("handout.worker", lang), key="handout-worker", max_chars=80),
        contact=c1.text_input(
            t("handout.worker_contact", lang), key="handout-contact", max_chars=120
        ),
        appointment=c2.text_input(
            t("handout.appointment", lang), key="handout-appointment", max_chars=120
        ),
    )
    content = handout_content(graph, route, lang, library.today())
    d1, d2 = st.columns(2)
    d1.download_button(
        t("handout.pdf", lang),
        data=lambda: handout_pdf(content, name, worker),
        file_name=f"polku-{path_id}.pdf",
        mime="application/pdf",
        on_click="ignore",
        type="primary",
    )
    d2.download_button(
        t("handout.html", lang),
        data=lambda: handout_html(content, name, worker),
        file_name=f"polku-{path_id}.html",
        mime="text/html",
        on_click="ignore",
    )


def _route_key(path_id: str) -> str:
    return f"_route_{path_id}"  # the way walked: in this session only, never stored elsewhere


@st.fragment
def meeting_walk(shared, path_id: str, lang: str) -> None:
    """The part of the meeting that follows the way walked: the step with its answers, the
    notes read with the client, the map and the handout. Next, Back, a choice, a click on the
    map and the handout's fields rerun only this; the step in the link is kept here too."""
    graph = shared.graphs[path_id]
    path = graph.path
    # Settled again here: a run of this fragment must update the link too (the page has said
    # what was wrong with the link on the full run).
    chosen = sync("step", graph.order, graph.entries[0], scope=path_id)
    key = _route_key(path_id)
    route = settle_route(graph, st.session_state.get(key, []), chosen.value)
    st.session_state[key] = route
    step_id = route[-1]

    def go(target: str) -> None:
        set_value("step", target)

    def back() -> None:
        walked = st.session_state.get(key, [])
        if len(walked) > 1:
            set_value("step", walked[-2])

    def jump_back(target: str) -> None:
        # On the map one can go back along the way walked, not skip ahead.
        if target in st.session_state.get(key, []):
            go(target)

    with st.container(key="meeting"):
        meeting_step(graph, route, lang, go=go, back=back)

    with st.container(key="meeting-notes"):
        wind_down_notice(path, lang, client=True)
        rights_panel(lang, client=True)

    # Drawn only while open: the map marks the way walked, so each new way is a new layout
    # (about a tenth of a second) that every Next would otherwise pay with the map closed.
    with st.expander(
        t("meeting.map", lang), icon=":material/map:", key="meeting-map-open", on_change="rerun"
    ) as map_box:
        if map_box.open:
            st.caption(t("meeting.map_marks", lang))
            path_diagram(
                shared.versions[path_id],
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
