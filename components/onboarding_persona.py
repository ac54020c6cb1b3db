"""Onboarding's "follow an example person": a shipped persona walked through the path
(`polku.persona.play`), one stop per step walked — who meets the person (responsible first),
what happens in the client's words, the handoff to the next actor and why this way — with the
way walked marked on the diagram, and at the last stop how the walk ended. The persona and
the stop are in the link (?persona=<id>&pstop=<n>)."""

from __future__ import annotations

import streamlit as st

from components.focus import focus_on_new_stop
from components.onboarding_tour import stop_buttons, stops_style
from components.path_diagram import path_diagram
from components.personas import persona_picker, scenario_description, scenarios, walk_for
from components.safe import md
from components.step_panel import safe_link
from components.url_state import set_value, sync
from polku.diagram import step_number
from polku.i18n import day, t
from polku.loader import Library
from polku.models import Transition
from polku.persona import Walk, WalkStep
from polku.scenario import Scenario
from polku.situations import label
from polku.text import resolve, upper_first


def persona_view(library: Library, path_id: str, lang: str) -> None:
    graph = library.graphs[path_id]
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text if value is not None else ""

    found = scenarios()
    ids = list(found)
    if ids:
        chosen = sync("persona", ids, ids[0])
        if chosen.rejected:
            st.warning(
                md(t("onbp.unknown", lang, value=chosen.rejected[:60])),
                icon=":material/link_off:",
            )
    st.caption(t("onbp.intro", lang))
    scenario = persona_picker(lang, key="persona")
    if scenario is None:
        return
    walk = walk_for(library.versions[path_id], graph, scenario)
    _about(scenario, walk, lang)

    numbers = [str(i) for i in range(1, len(walk.steps) + 1)]
    scope = f"{path_id}/{scenario.id}"
    # Another person or path starts the walk from its first stop (a link's stop is kept).
    if st.session_state.get("_pstop_scope", scope) != scope:
        st.session_state["pstop"] = "1"
    st.session_state["_pstop_scope"] = scope
    index = int(sync("pstop", numbers, "1", scope=scope).value) - 1
    stop = walk.steps[index]
    last = index == len(walk.steps) - 1

    st.html(stops_style("persona-stops"))
    nav, main = st.columns([1, 2.6], gap="large")
    with nav:
        st.markdown(f"**{t('onbp.stops', lang, n=len(walk.steps))}**")
        with st.container(key="persona-stops"):
            for i, s in enumerate(walk.steps):
                st.button(
                    f"{i + 1}. {md(text(graph.steps[s.step].title))}",
                    key=f"ptour-stop-{i}",
                    type="primary" if i == index else "tertiary",
                    on_click=set_value,
                    args=("pstop", str(i + 1)),
                    width="stretch",
                )
    with main:
        _stop_card(graph, walk, stop, index, lang, text)
        focus_on_new_stop("persona-stop", scope, str(index))
        if last:
            _end(graph, walk, lang, text)
        # The link counts stops from 1: the previous is `index`, the next `index + 2`.
        stop_buttons(
            lang,
            "ptour",
            "pstop",
            str(index) if index > 0 else None,
            None if last else str(index + 2),
        )

    walked = walk.step_ids
    with st.expander(t("onbp.map", lang), icon=":material/map:", expanded=True):
        st.caption(t("onbp.map_hint", lang))

        def jump(target: str) -> None:
            if target in walked:
                set_value("pstop", str(walked.index(target) + 1))

        path_diagram(
            library.versions[path_id],
            path_id,
            graph,
            lang,
            key=f"onbp-map-{path_id}",
            selected=stop.step,
            on_select=jump,
            route=tuple(walked[: index + 1]),
        )


def _situations(keys, lang: str) -> str:
    return ", ".join(label(k, lang) for k in keys) or "–"


def _about(scenario: Scenario, walk: Walk, lang: str) -> None:
    """The person: who they are, the public source they are built on, the start."""
    source = scenario.source
    words = resolve(source.title, lang, "fi").text
    where = safe_link(words, source.url)
    if source.publisher is not None:
        where += f" — {md(resolve(source.publisher, lang, 'fi').text)}"
    if source.accessed is not None:
        where += f" ({t('onbp.accessed', lang, date=day(source.accessed, lang))})"
    with st.container(border=True, key="persona-about"):
        st.markdown(md(scenario_description(scenario, lang)))
        st.markdown(f"**{t('onbp.source', lang)}:** {where}  \n{t('onbp.fictional', lang)}")
        st.markdown(md(t("persona.start", lang, situations=_situations(walk.start, lang))))


def _owners(graph, step_id: str, text) -> str:
    owners = graph.responsible(graph.steps[step_id])
    return ", ".join(md(text(graph.path.actor(a).name)) for a in owners if graph.path.actor(a))


def _handoff(tr: Transition, lang: str) -> str:
    return t(f"onbp.{tr.handoff}", lang) if tr.handoff else t("persona.handoff.unstated", lang)


def _stop_card(graph, walk: Walk, s: WalkStep, index: int, lang: str, text) -> None:
    step = graph.steps[s.step]
    with st.container(border=True, key="persona-stop"):
        st.caption(t("onb.stop_of", lang, n=index + 1, m=len(walk.steps)))
        st.subheader(md(f"{step_number(graph, s.step)}. {text(step.title)}"), anchor=False)
        phase = graph.path.phase(s.phase)
        st.caption(t("onbp.phase", lang, phase=md(text(phase.title) if phase else s.phase)))

        roles: dict[str, list[str]] = {}
        tasks: dict[str, str] = {}
        for r in step.roles:
            roles.setdefault(r.actor, []).append(t(f"role.{r.role}", lang))
            if r.task is not None:
                tasks.setdefault(r.actor, text(r.task))
        lines = []
        for a in s.actors:
            actor = graph.path.actor(a)
            name = md(text(actor.name)) if actor else md(a)
            task = f": {md(tasks[a])}" if a in tasks else ""
            lines.append(f"- **{name}** — {', '.join(roles.get(a, []))}{task}")
        if not graph.responsible(step):
            lines.append(f"- {t('onbp.nobody', lang)}")
        st.markdown(f"**{t('onbp.who', lang)}**  \n" + "\n".join(lines))

        said = text(step.client_text) or text(step.client_does)
        st.markdown(f"**{t('onbp.what', lang)}**  \n" + (md(said) or t("onbp.no_text", lang)))

        changes = []
        if s.added:
            changes.append(t("persona.added", lang, keys=_situations(s.added, lang)))
        if s.removed:
            changes.append(t("persona.removed", lang, keys=_situations(s.removed, lang)))
        if changes:
            said = md("; ".join(changes))
            st.info(upper_first(said), icon=":material/change_circle:")

        tr = s.taken
        if tr is None:
            return
        who = _owners(graph, tr.to, text) or t("diagram.nobody", lang)
        target = md(f"{step_number(graph, tr.to)}. {text(graph.steps[tr.to].title)}")
        st.markdown(
            f"**{t('onbp.handoff', lang)}**  \n→ {target} — {who} (**{_handoff(tr, lang)}**)"
        )
        why = []
        if len(step.next) == 1:
            why.append(t("onbp.only_way", lang))
        else:
            if tr.situations:
                why.append(t("onbp.because", lang, situations=_situations(tr.situations, lang)))
            if tr.when is not None:
                why.append(t("onbp.when", lang, when=text(tr.when)))
        st.markdown(f"**{t('onbp.why', lang)}**  \n" + md(" ".join(why)))


def _end(graph, walk: Walk, lang: str, text) -> None:
    title = text(graph.steps[walk.end_step].title)
    with st.container(border=True, key="persona-end"):
        st.subheader(t("onbp.end", lang), anchor=False)
        if walk.end == "loop":
            words = t("persona.end.loop", lang, step=title, n=walk.max_visits)
        else:
            words = t(f"persona.end.{walk.end}", lang, step=title)
        st.markdown(md(words))
        lines = []
        for tr in walk.options:
            parts = [text(tr.when)] if tr.when is not None else []
            parts.append(
                _situations(tr.situations, lang)
                if tr.situations
                else t("persona.no_situations", lang)
            )
            target = f"{step_number(graph, tr.to)}. {text(graph.steps[tr.to].title)}"
            lines.append(f"- → **{md(target)}** ({md('; '.join(parts))})")
        if lines:
            st.markdown("\n".join(lines))
        sm = walk.summary
        st.caption(
            t(
                "onbp.summary",
                lang,
                n=sm.steps,
                warm=sm.warm,
                cold=sm.cold,
                handoff_unstated=sm.handoff_unstated,
            )
        )
