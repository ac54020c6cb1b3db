"""The explorer's diagram and its chosen step. The step is a fragment: where it is in the path,
the way on, the step in words and, in a workshop room, its notes. A click on a step (on the
diagram, Next, Previous, the step list, a note) reruns only the fragment; the drawing above it
stays as sent and is told the selected step by a small element inside the fragment. What the
fragment is given (the path, the lens, the professional view) changes only on a full run,
which draws it anew."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import streamlit as st

from components.diagram_view import diagram_selection
from components.lens_panel import lens_panel
from components.memo import by_graph
from components.notices import rights_panel
from components.path_diagram import choices_style, findings_list, path_diagram
from components.room import current_room, note_counts, store_engine
from components.safe import md
from components.step_panel import step_panel
from components.url_state import set_value, sync
from components.workshop_notes import step_notes, steps_with_notes
from polku.describe import step_sentences
from polku.diagram import Diagram, step_number
from polku.exports import role_matrix_table
from polku.graph import PathGraph, previous_step
from polku.i18n import t
from polku.text import resolve

# What the page shows below the fragment, the same on every run while the file stays the same.
role_table = by_graph(role_matrix_table)


@by_graph
def role_arrow(graph: PathGraph, lang: str) -> pa.Table | pd.DataFrame:
    """The role table as Arrow, which `st.dataframe` would otherwise convert on every run (its
    cells are words; should Arrow refuse one, the table goes as it is, converted each run)."""
    table = role_table(graph, lang)
    try:
        return pa.Table.from_pandas(table)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return table


@by_graph
def role_csv(graph: PathGraph, lang: str) -> bytes:
    return role_table(graph, lang).to_csv().encode("utf-8-sig")


@by_graph
def text_alternative(graph: PathGraph, lang: str) -> str:
    """The diagram in words: every step as a numbered sentence."""
    return "\n".join(f"{i}. {md(line)}" for i, line in enumerate(step_sentences(graph, lang), 1))


@by_graph
def step_labels(graph: PathGraph, lang: str) -> dict[str, str]:
    """The step list's entries, "3. Title", by step id."""
    titles = {
        sid: resolve(step.title, lang, graph.path.language).text
        for sid, step in graph.steps.items()
    }
    return {sid: f"{step_number(graph, sid)}. {titles[sid]}" for sid in graph.order}


def _walk_key(path_id: str) -> str:
    return f"_walk_{path_id}"  # the steps walked with Next, so that Previous retraces them


def _go_to(target: str) -> None:
    set_value("step", target)


def _go_next(walk: str, current: str, target: str) -> None:
    st.session_state.setdefault(walk, []).append(current)
    set_value("step", target)


def _go_back(walk: str, graph: PathGraph, current: str) -> None:
    walked = st.session_state.get(walk, [])
    if walked and current in graph.successors.get(walked[-1], ()):
        set_value("step", walked.pop())
    else:
        st.session_state[walk] = []
        set_value("step", previous_step(graph, current))


_MARKS = "_explorer_marks"  # what the drawing of the page's last full run was marked with


def explorer_step(
    library,
    path_id: str,
    lang: str,
    *,
    lens: tuple[str, ...],
    lens_name: str,
    professional: bool,
) -> tuple[Diagram, dict[str, str] | None]:
    """Draw the diagram and the step part of the explorer; returns the diagram and its SVGs
    (for the page's downloads). The drawing is outside the fragment: a click on a step goes
    back through a small element inside it (`diagram_selection`), so the drawing is not drawn
    or sent again; only its marks (the minor findings' toggle, a room's notes) redraw it,
    with the whole page."""
    here = current_room()  # in a workshop room (?room=): notes marked, listed and added
    all_findings = bool(st.session_state.get("all_marks"))
    notes = note_counts(here, path_id)
    st.session_state[_MARKS] = (all_findings, tuple(sorted(notes.items())))
    graph = library.graphs[path_id]
    diagram, svgs = path_diagram(
        library.versions[path_id],
        path_id,
        graph,
        lang,
        key=f"diagram-{path_id}",
        selected=None,
        on_select=_go_to,
        lens=lens,
        all_findings=all_findings,
        notes=notes,
        selection=False,
    )
    st.caption(t("diagram.legend_edges", lang))
    findings_list(graph, lang)
    choices_style()  # page-wide CSS for the fragment's branch buttons, sent once per full run
    _step_fragment(
        library,
        path_id,
        lang,
        diagram,
        drawn=svgs is not None,
        lens=lens,
        lens_name=lens_name,
        professional=professional,
    )
    # The same for every step: outside the fragment, so that a step click does not send it.
    rights_panel(lang, client=not professional)
    return diagram, svgs


@st.fragment
def _step_fragment(
    library,
    path_id: str,
    lang: str,
    diagram: Diagram,
    *,
    drawn: bool,
    lens: tuple[str, ...],
    lens_name: str,
    professional: bool,
) -> None:
    here = current_room()
    notes = note_counts(here, path_id)
    marks = (bool(st.session_state.get("all_marks")), tuple(sorted(notes.items())))
    if st.session_state.get(_MARKS) != marks:
        # The drawing outside shows the marks of the page's last full run: new ones (a note
        # added in a room) redraw the whole page.
        st.rerun()

    graph = library.graphs[path_id]
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    # Settled again here: a fragment run must update the link too. (On a full run the page has
    # settled it and said what was wrong with the link; this finds nothing new.)
    step_id = sync("step", graph.order, graph.entries[0], scope=path_id).value
    step = graph.steps[step_id]

    walk = _walk_key(path_id)
    # Steps the file no longer has drop out of the walk (the file may have changed on disk).
    st.session_state[walk] = [s for s in st.session_state.get(walk, []) if s in graph.steps]

    phase = path.phase(step.phase)
    st.markdown(
        f"**{t('explorer.step_of', lang, n=step_number(graph, step_id), m=len(graph.order))}** · "
        + md(t("explorer.phase", lang, phase=text(phase.title)))
    )

    if drawn:
        diagram_selection(
            key=f"diagram-{path_id}", selected=step_id, steps=graph.steps, on_select=_go_to
        )

    # Walking the path: back to where one came from; forward along each transition. One row
    # (a horizontal container, not columns): every block is a message on each step click.
    previous = previous_step(graph, step_id)
    walked = st.session_state.get(walk, [])
    can_retrace = bool(walked) and step_id in graph.successors.get(walked[-1], ())
    with st.container(horizontal=True, gap="medium"):
        st.button(
            t("explorer.prev", lang),
            disabled=previous is None and not can_retrace,
            on_click=_go_back,
            args=(walk, graph, step_id),
            key="prev",
        )
        if not step.next:
            st.markdown(f"*{t('explorer.at_exit', lang)}*", width="stretch")
        elif len(step.next) == 1:
            target = step.next[0].to
            st.button(
                t("explorer.next", lang, title=text(graph.steps[target].title)),
                on_click=_go_next,
                args=(walk, step_id, target),
                key="next",
                type="primary",
            )
        else:
            markers = {(c.step, c.to): c.marker for c in diagram.conditions}
            with st.container(key="choices", width="stretch"):
                st.markdown(t("explorer.choices", lang))
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
                        on_click=_go_next,
                        args=(walk, step_id, tr.to),
                        key=f"next-{i}",
                    )

    left, right = st.columns([3, 2], gap="large")
    with left:
        step_panel(graph, step, lang, professional)
        if here is not None:
            step_notes(store_engine(), here, library, path_id, step_id, lang)
    with right:
        if here is not None:
            steps_with_notes(store_engine(), here, graph, path_id, lang, on_select=_go_to)
        st.selectbox(
            t("explorer.step", lang),
            graph.order,
            key="step",
            format_func=step_labels(graph, lang).__getitem__,
        )
        if lens:
            lens_panel(graph, set(lens), lens_name, lang)
