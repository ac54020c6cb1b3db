"""Path explorer: the diagram, the selected step, an actor's lens, the role matrix, downloads.

Every choice lives in the link: ?path=…&step=…&actor=…&lang=…
"""

import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.lens_panel import lens_panel
from components.library import get_library, today
from components.notices import rights_panel, wind_down_notice
from components.path_diagram import choices_style, findings_list, path_diagram
from components.room import current_room, note_counts, store_engine
from components.safe import md
from components.shell import require_shell
from components.step_panel import step_panel
from components.url_state import set_value, sync
from components.workshop_notes import step_notes, steps_with_notes
from polku.describe import step_sentences
from polku.diagram import DOWNLOAD, step_number
from polku.exports import role_matrix_table
from polku.graph import previous_step
from polku.i18n import t
from polku.roles import resolve_actors
from polku.summary import ordered_ids, validity_status, validity_text
from polku.text import resolve

lang = require_shell()
library = get_library()

st.title(t("nav.explorer", lang))
st.caption(t("explorer.intro", lang))

if not library.paths:
    st.info(t("home.none", lang))
    st.stop()


def title_of(path) -> str:
    return resolve(path.title, lang, path.language).text


# Paths in force today first, as on Home; the first one is the default.
path_ids = ordered_ids(library.paths, lang, today())
chosen_path = sync("path", path_ids, path_ids[0])
path_id = chosen_path.value
path = library.paths[path_id]
graph = library.graphs[path_id]


def text(value) -> str:
    return resolve(value, lang, path.language).text


kinds_here = list(dict.fromkeys(a.kind for a in path.actors))
lens_options = [a.id for a in path.actors] + [
    k for k in kinds_here if k not in {a.id for a in path.actors}
]
chosen_actor = sync("actor", ["", *lens_options], "", scope=path_id)
chosen_step = sync("step", graph.order, graph.entries[0], scope=path_id)
step_id = chosen_step.value
step = graph.steps[step_id]

for rejected, key, extra in (
    (chosen_path.rejected, "link.unknown_path", {"title": title_of(path)}),
    (chosen_step.rejected, "link.unknown_step", {}),
    (chosen_actor.rejected, "link.unknown_actor", {}),
):
    if rejected:
        st.warning(md(t(key, lang, value=rejected[:60], **extra)), icon=":material/link_off:")
# The file may have changed since the last click: say what this session lost, if anything.
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path))
dropped_notice(
    "step", chosen_step.dropped, lang, title=f"{step_number(graph, step_id)}. {text(step.title)}"
)
dropped_notice("actor", chosen_actor.dropped, lang)
stale_notice(library, path_id, title_of(path), lang)


def lens_label(option: str) -> str:
    if not option:
        return t("explorer.lens_none", lang)
    actor = path.actor(option)
    if actor is not None:
        name, kind = text(actor.name), t("actor_kind." + actor.kind, lang)
        # "Kela (Kela)" says nothing twice: the kind only when the name does not contain it.
        return name if kind.casefold() in name.casefold() else f"{name} ({kind})"
    return t("explorer.lens_kind", lang, kind=t("actor_kind." + option, lang))


c1, c2, c3 = st.columns([3, 3, 2])
c1.selectbox(
    t("explorer.path", lang),
    path_ids,
    key="path",
    format_func=lambda pid: title_of(library.paths[pid]),
)


def jump_to_lens() -> None:
    """A new lens opens on the first step the actor takes part in."""
    chosen = resolve_actors(graph, st.session_state.get("actor") or "")
    ids = {a.id for a in chosen}
    first = next(
        (s for s in graph.order if any(r.actor in ids for r in graph.steps[s].roles)), None
    )
    if first is not None:
        set_value("step", first)


c2.selectbox(
    t("explorer.lens", lang),
    ["", *lens_options],
    key="actor",
    format_func=lens_label,
    on_change=jump_to_lens,
)
professional = c3.toggle(t("explorer.pro_view", lang), key="pro")

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
wind_down_notice(path, lang, client=not professional)

lens_actors = tuple(a.id for a in resolve_actors(graph, chosen_actor.value))


WALK = f"_walk_{path_id}"  # the steps walked with Next, so that Previous retraces them
# Steps the file no longer has drop out of the walk (the file may have changed on disk).
st.session_state[WALK] = [s for s in st.session_state.get(WALK, []) if s in graph.steps]


def go_to(target: str) -> None:
    set_value("step", target)


def go_next(current: str, target: str) -> None:
    st.session_state.setdefault(WALK, []).append(current)
    set_value("step", target)


def go_back(current: str) -> None:
    walk = st.session_state.get(WALK, [])
    if walk and current in graph.successors.get(walk[-1], ()):
        set_value("step", walk.pop())
    else:
        st.session_state[WALK] = []
        set_value("step", previous_step(graph, current))


phase = path.phase(step.phase)
st.markdown(
    f"**{t('explorer.step_of', lang, n=step_number(graph, step_id), m=len(graph.order))}** · "
    + md(t("explorer.phase", lang, phase=text(phase.title)))
)

here = current_room()  # in a workshop room (?room=): notes marked, listed and added
diagram, svgs = path_diagram(
    library.versions[path_id],
    path_id,
    graph,
    lang,
    key=f"diagram-{path_id}",
    selected=step_id,
    on_select=go_to,
    lens=lens_actors,
    all_findings=bool(st.session_state.get("all_marks")),
    notes=note_counts(here, path_id),
)
st.caption(t("diagram.legend_edges", lang))
findings_list(graph, lang)

# Walking the path: back to where one came from; forward along each transition.
nav = st.columns([1, 3])
previous = previous_step(graph, step_id)
walked = st.session_state.get(WALK, [])
can_retrace = bool(walked) and step_id in graph.successors.get(walked[-1], ())
nav[0].button(
    t("explorer.prev", lang),
    disabled=previous is None and not can_retrace,
    on_click=go_back,
    args=(step_id,),
    key="prev",
    width="stretch",
)
with nav[1]:
    if not step.next:
        st.markdown(f"*{t('explorer.at_exit', lang)}*")
    elif len(step.next) == 1:
        target = step.next[0].to
        st.button(
            t("explorer.next", lang, title=text(graph.steps[target].title)),
            on_click=go_next,
            args=(step_id, target),
            key="next",
            type="primary",
        )
    else:
        st.markdown(t("explorer.choices", lang))
        markers = {(c.step, c.to): c.marker for c in diagram.conditions}
        choices_style()
        with st.container(key="choices"):
            for i, tr in enumerate(step.next):
                label_title = text(graph.steps[tr.to].title)
                label = (
                    t("explorer.next_when", lang, when=text(tr.when), title=label_title)
                    if tr.when
                    else t("explorer.next", lang, title=label_title)
                )
                marker = markers.get((step_id, tr.to))
                st.button(
                    f"{marker} · {label}" if marker else label,
                    on_click=go_next,
                    args=(step_id, tr.to),
                    key=f"next-{i}",
                )

left, right = st.columns([3, 2], gap="large")
with left:
    step_panel(graph, step, lang, professional)
    if here is not None:
        step_notes(store_engine(), here, library, path_id, step_id, lang)
with right:
    if here is not None:
        steps_with_notes(store_engine(), here, graph, path_id, lang, on_select=go_to)
    st.selectbox(
        t("explorer.step", lang),
        graph.order,
        key="step",
        format_func=lambda sid: f"{step_number(graph, sid)}. {text(graph.steps[sid].title)}",
    )
    if lens_actors:
        lens_panel(graph, set(lens_actors), lens_label(chosen_actor.value), lang)
    rights_panel(lang, client=not professional)

with st.expander(
    t("alt.title", lang, steps=t("count.steps", lang, n=len(path.steps))), expanded=False
):
    st.markdown(
        "\n".join(f"{i}. {md(line)}" for i, line in enumerate(step_sentences(graph, lang), 1))
    )

st.subheader(t("matrix.title", lang), anchor=False)
matrix = role_matrix_table(graph, lang)
st.dataframe(matrix, width="stretch")

st.subheader(t("dl.title", lang), anchor=False)
d1, d2, d3 = st.columns(3)
if svgs is not None:
    d1.download_button(
        t("dl.svg", lang),
        svgs[DOWNLOAD],
        file_name=f"polku-{path_id}.svg",
        mime="image/svg+xml",
        on_click="ignore",
    )
d2.download_button(
    t("dl.dot", lang),
    diagram.dot,
    file_name=f"polku-{path_id}.dot",
    mime="text/vnd.graphviz",
    on_click="ignore",
)
d3.download_button(
    t("dl.csv", lang),
    matrix.to_csv().encode("utf-8-sig"),
    file_name=f"polku-{path_id}-roolit.csv",
    mime="text/csv",
    on_click="ignore",
)
st.caption(t("dl.png_hint", lang))
