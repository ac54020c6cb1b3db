"""Practising a meeting with an example person: a fictional persona scenario walks the path
on the meeting's own step screens, and instead of the client choosing, the way the persona
takes is shown, with the situations it turns on.

The practice lives in this browser session only; the link may carry the persona
(`?persona=<id>`), so that a practice walk can be shared. Nothing is stored about anyone."""

from __future__ import annotations

import streamlit as st

from components.meeting_parts import meeting_step
from components.notices import rights_panel, wind_down_notice
from components.personas import (
    persona_picker,
    scenario_description,
    scenario_title,
    scenarios,
    walk_for,
)
from components.safe import md
from polku.graph import PathGraph
from polku.i18n import t
from polku.models import Transition
from polku.persona import Walk, situation_label
from polku.scenario import Scenario
from polku.text import resolve

TOGGLE = "persona-practice"  # the toggle's key
PICKER = "persona"  # the picker's key, and the link's parameter
_SYNCED = "_meeting_persona_link"  # the persona the meeting last wrote into the link


def _labels(keys, lang: str) -> str:
    return ", ".join(situation_label(k, lang) for k in keys) or "–"


def practice_controls(lang: str, toggle_box, picker_box) -> Scenario | None:
    """The toggle to practise, and the persona picker while it is on; the persona chosen, or
    None for the ordinary meeting. A persona in the link turns practice on; an unknown one
    gives a notice and the ordinary meeting."""
    found = scenarios()
    if not found:
        return None
    raw = st.query_params.get(PICKER)
    if raw is not None and raw != st.session_state.get(_SYNCED):
        if raw in found:
            st.session_state[TOGGLE] = True
            st.session_state[PICKER] = raw
        else:
            st.warning(
                md(t("meeting.persona.unknown", lang, value=raw[:60])), icon=":material/link_off:"
            )
            del st.query_params[PICKER]
            st.session_state[_SYNCED] = None
    if not toggle_box.toggle(t("meeting.persona.toggle", lang), key=TOGGLE):
        st.session_state[_SYNCED] = None
        if PICKER in st.query_params:
            del st.query_params[PICKER]
        return None
    with picker_box.container(key="meeting-persona-picker"):
        scenario = persona_picker(lang, key=PICKER)
    if scenario is None:
        return None
    st.session_state[_SYNCED] = scenario.id
    if st.query_params.get(PICKER) != scenario.id:
        st.query_params[PICKER] = scenario.id
    return scenario


def practice_intro(scenario: Scenario, lang: str, *, first: bool) -> None:
    """Who the example person is and what holds for them at the start, in plain words: open
    at the first step, one click away after it (so the step fits the screen)."""
    with (
        st.container(key="meeting-persona-intro"),
        st.expander(md(scenario_title(scenario, lang)), icon=":material/person:", expanded=first),
    ):
        st.markdown(md(scenario_description(scenario, lang)))
        start = _labels(sorted(set(scenario.situations)), lang)
        st.markdown(md(t("meeting.persona.start", lang, situations=start)))
        st.caption(t("meeting.persona.fictional", lang))


def _title(graph: PathGraph, step_id: str, lang: str) -> str:
    step = graph.steps.get(step_id)
    return resolve(step.title, lang, graph.path.language).text if step else step_id


def _way(graph: PathGraph, tr: Transition, lang: str) -> str:
    when = resolve(tr.when, lang, graph.path.language).text if tr.when is not None else ""
    situations = _labels(tr.situations, lang) if tr.situations else t("persona.no_situations", lang)
    return t(
        "meeting.persona.way",
        lang,
        title=_title(graph, tr.to, lang),
        when=when or "–",
        situations=situations,
    )


def end_words(walk: Walk, graph: PathGraph, lang: str) -> tuple[str, list[str]]:
    """Why the walk ends, in words, and the branch's ways (for "open" and "several")."""
    step = _title(graph, walk.end_step, lang)
    if walk.end == "loop":
        return t("persona.end.loop", lang, step=step, n=walk.max_visits), []
    if walk.end == "exit":
        return t("persona.end.exit", lang, step=step), []
    return t(f"persona.end.{walk.end}", lang, step=step), [
        _way(graph, tr, lang) for tr in walk.options
    ]


def _ways_part(walk: Walk, graph: PathGraph, at: int, lang: str, *, forward, restart) -> None:
    here = walk.steps[at]
    if here.added:
        st.markdown(md(t("meeting.persona.changed", lang, situations=_labels(here.added, lang))))
    if here.removed:
        st.markdown(
            md(t("meeting.persona.no_longer", lang, situations=_labels(here.removed, lang)))
        )
    with st.container(key="meeting-persona-way"):
        if at or here.added or here.removed:  # at the start: said in the introduction
            now = _labels(here.situations, lang)
            st.markdown(md(t("meeting.persona.now", lang, situations=now)))
        if here.taken is not None:
            title = _title(graph, here.taken.to, lang)
            if len(graph.steps[here.step].next) > 1 and here.taken.situations:
                because = _labels(here.taken.situations, lang)
                way = t("meeting.persona.goes", lang, title=title, situations=because)
            else:
                way = t("meeting.persona.goes_only", lang, title=title)
            st.markdown(f"**{md(way)}**")
        last = at == len(walk.steps) - 1
        if not last:
            st.button(
                t("meeting.persona.next", lang),
                on_click=forward,
                key="persona-next",
                type="primary",
                shortcut="Right",
            )
            return
        reason, ways = end_words(walk, graph, lang)
        with st.container(key=f"persona-end-{walk.end}"):
            if walk.end == "exit":
                st.success(md(reason), icon=":material/flag:")
            else:
                st.info(md(reason), icon=":material/help:")
            if ways:
                st.markdown(f"**{t('meeting.persona.ways', lang)}**")
                st.markdown("\n".join(f"- {md(w)}" for w in ways))
        st.button(t("meeting.restart", lang), on_click=restart, key="persona-restart")


def _position_key(path_id: str, scenario_id: str) -> str:
    return f"_persona_at_{path_id}_{scenario_id}"  # this session only


@st.fragment
def persona_walk(shared, path_id: str, lang: str, scenario: Scenario) -> None:
    """The practice walk on the meeting's step screen; Next and Back rerun only this."""
    graph = shared.graphs[path_id]
    walk = walk_for(shared.versions[path_id], graph, scenario)
    key = _position_key(path_id, scenario.id)
    at = min(max(int(st.session_state.get(key, 0)), 0), len(walk.steps) - 1)
    st.session_state[key] = at
    route = walk.step_ids[: at + 1]

    def forward() -> None:
        st.session_state[key] = min(st.session_state.get(key, 0) + 1, len(walk.steps) - 1)

    def back() -> None:
        st.session_state[key] = max(st.session_state.get(key, 0) - 1, 0)

    def restart() -> None:
        st.session_state[key] = 0

    practice_intro(scenario, lang, first=at == 0)
    with st.container(key="meeting"), st.container(key="meeting-persona"):
        meeting_step(
            graph,
            route,
            lang,
            go=lambda _target: forward(),
            back=back,
            ways_part=lambda: _ways_part(walk, graph, at, lang, forward=forward, restart=restart),
        )

    with st.container(key="meeting-notes"):
        wind_down_notice(graph.path, lang, client=True)
        rights_panel(lang, client=True)
