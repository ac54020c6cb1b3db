"""The role tour: the steps where the chosen role acts, each a button that jumps to it, the
stop itself, a map of the path with the role's steps highlighted, and at the end the way on to
the self-check. The stop is in the link (?stop=<step id>)."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from components.focus import focus_on_new_stop
from components.glossary import terms_here
from components.path_diagram import path_diagram
from components.safe import md
from components.step_panel import safe_link
from components.url_state import set_value, sync
from polku.diagram import step_number
from polku.i18n import t
from polku.loader import Library
from polku.onboarding import Neighbour, TourStop, tour
from polku.reference import Term
from polku.text import resolve


def tour_view(
    library: Library,
    path_id: str,
    kind: str,
    lang: str,
    terms: tuple[Term, ...],
    to_quiz: Callable[[], None],
) -> None:
    graph = library.graphs[path_id]
    path = graph.path
    actors = {a.id: a for a in path.actors}

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    stops = tour(graph, kind)
    if not stops:
        st.info(t("onb.none", lang))
        return
    ids = [s.step.id for s in stops]
    stop_id = sync("stop", ids, ids[0], scope=f"{path_id}/{kind}").value
    index = ids.index(stop_id)
    stop = stops[index]

    nav, main = st.columns([1, 2.6], gap="large")
    with nav:
        st.markdown(f"**{t('onb.stops', lang, n=len(stops))}**")
        with st.container(key="tour-stops"):
            for i, s in enumerate(stops):
                st.button(
                    t(
                        "onb.stop_label",
                        lang,
                        n=i + 1,
                        title=md(text(s.step.title)),
                        step=step_number(graph, s.step.id),
                    ),
                    key=f"tour-stop-{i}",
                    type="primary" if i == index else "tertiary",
                    on_click=set_value,
                    args=("stop", s.step.id),
                    width="stretch",
                )
        _mini_map(graph, ids, stop_id, lang, text)
    with main:
        _stop_card(graph, stop, index, len(stops), lang, terms, text, actors)
        focus_on_new_stop("tour-stop", f"{path_id}/{kind}", stop_id)
        last = index == len(stops) - 1
        stop_buttons(
            lang,
            "tour",
            "stop",
            ids[index - 1] if index > 0 else None,
            None if last else ids[index + 1],
        )
        if last:
            st.markdown(t("onb.tour_done", lang))
            st.button(t("onb.to_quiz", lang), key="tour-quiz", type="primary", on_click=to_quiz)

    with st.expander(t("onb.map", lang), icon=":material/map:"):
        st.caption(t("onb.map_hint", lang))

        def jump(target: str) -> None:
            if target in ids:
                set_value("stop", target)

        path_diagram(
            library.versions[path_id],
            path_id,
            graph,
            lang,
            key=f"onb-map-{path_id}",
            selected=stop_id,
            on_select=jump,
            lens=tuple(a.id for a in path.actors if a.kind == kind),
        )


def stop_buttons(
    lang: str, prefix: str, param: str, previous: str | None, following: str | None
) -> None:
    """A tour's previous and next stop (keys `{prefix}-prev`, `{prefix}-next`), each setting
    the link's `param` to that stop; None leaves the button out."""
    p1, p2 = st.columns(2)
    if previous is not None:
        p1.button(
            t("onb.prev", lang),
            key=f"{prefix}-prev",
            on_click=set_value,
            args=(param, previous),
        )
    if following is not None:
        p2.button(
            t("onb.next", lang),
            key=f"{prefix}-next",
            type="primary",
            on_click=set_value,
            args=(param, following),
        )


def stops_style(key: str) -> str:
    """A tour's list of stops (buttons in the container keyed `key`): left-aligned, wrapping,
    the stops not current shown as links."""
    k = f".st-key-{key} button"
    # The list beside the card until the two no longer fit (a tablet beside the sidebar):
    # then the list above the card, each full width, rather than a list 7 letters wide.
    row = f'[data-testid="stHorizontalBlock"]:has(> [data-testid="stColumn"] .st-key-{key})'
    return f"""<style>
{row} > [data-testid="stColumn"]:first-child {{ min-width: min(100%, 12rem); }}
{row} > [data-testid="stColumn"]:last-child {{ min-width: min(100%, 22rem); }}
{k} {{ justify-content: flex-start; text-align: left; height: auto; }}
{k} > div {{ justify-content: flex-start; }}
{k} p {{ white-space: normal; text-align: left; }}
{k}[kind="tertiary"] p {{ color: #0054A6; text-decoration: underline; }}
</style>"""


def _mini_map(graph, ids: list[str], current: str, lang: str, text) -> None:
    """The whole path phase by phase as numbered marks: the role's steps marked ● (and blue),
    this stop ▶; the text says it, the colour only repeats it."""
    st.html(stops_style("tour-stops"))
    st.markdown(f"**{t('onb.mini_map', lang)}**")
    lines = []
    for phase in graph.path.phases:
        steps = [s for s in graph.order if graph.steps[s].phase == phase.id]
        if not steps:
            continue
        marks = []
        for sid in steps:
            n = step_number(graph, sid)
            if sid == current:
                marks.append(f":blue-badge[**▶ {n}**]")
            elif sid in ids:
                marks.append(f":blue-badge[● {n}]")
            else:
                marks.append(f":gray-badge[{n}]")
        lines.append(f"{md(text(phase.title))}  \n" + " ".join(marks))
    st.markdown("\n\n".join(lines))
    st.caption(t("onb.mini_map_key", lang))


def _stop_card(graph, stop: TourStop, index: int, total: int, lang, terms, text, actors) -> None:
    with st.container(border=True, key="tour-stop"):
        st.caption(t("onb.stop_of", lang, n=index + 1, m=total))
        st.subheader(
            md(f"{step_number(graph, stop.step.id)}. {text(stop.step.title)}"), anchor=False
        )
        tasks = [
            f"- **{md(text(actors[r.actor].name))}** — {t('role.' + r.role, lang)}"
            + (f": {md(text(r.task))}" if r.task else "")
            for r in stop.roles
        ]
        st.markdown(f"**{t('onb.your_task', lang)}**  \n" + "\n".join(tasks))
        situation = text(stop.step.client_text)
        if situation:
            st.markdown(f"**{t('onb.client_situation', lang)}:** {md(situation)}")
        if stop.step.professional_text:
            st.markdown(md(text(stop.step.professional_text)))
        if stop.step.documents:
            st.markdown(
                f"**{t('panel.documents', lang)}:** "
                + ", ".join(md(text(d)) for d in stop.step.documents)
            )
        if stop.step.legal_basis:
            st.markdown(
                f"**{t('panel.legal', lang)}:** "
                + "; ".join(safe_link(text(lb.title), lb.url) for lb in stop.step.legal_basis)
            )

        def neighbours(items: tuple[Neighbour, ...]) -> str:
            lines = []
            for n in items:
                who = ", ".join(text(actors[a].name) for a in n.owners) or t("diagram.nobody", lang)
                how = f" ({t(f'diagram.{n.handoff}', lang)})" if n.handoff else ""
                lines.append(f"- {md(text(graph.steps[n.step].title))} — {md(who)}{how}")
            return "\n".join(lines)

        b, a = st.columns(2)
        b.markdown(
            f"**{t('onb.before', lang)}**  \n" + (neighbours(stop.before) or t("onb.entry", lang))
        )
        a.markdown(
            f"**{t('onb.after', lang)}**  \n"
            + (neighbours(stop.after) or t("explorer.at_exit", lang))
        )
        # Said once, and only where a handoff on either side is not stated.
        if any(not n.handoff for n in (*stop.before, *stop.after)):
            st.caption(t("onb.handoff_unstated", lang))
        words = " ".join(
            filter(None, (text(stop.step.title), situation, text(stop.step.professional_text)))
        )
        lines = terms_here(words, terms, lang)
        if lines:
            st.markdown(f"**{t('onb.terms_here', lang)}**  \n" + "\n".join(lines[:8]))
