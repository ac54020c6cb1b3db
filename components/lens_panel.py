"""The actor lens beside the diagram: the actor's tasks in order and its handoffs."""

from __future__ import annotations

import streamlit as st

from components.safe import md
from polku.diagram import step_number
from polku.graph import PathGraph
from polku.i18n import t
from polku.roles import lens
from polku.text import resolve


def lens_panel(graph: PathGraph, actor_ids: set[str], heading: str, lang: str) -> None:
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    names = {a.id: text(a.name) for a in path.actors}
    st.subheader(md(t("lens.title", lang, actor=heading)), anchor=False)
    entries = lens(graph, actor_ids)
    if not entries:
        st.info(t("lens.none", lang))
        return
    cold = 0
    lines = []
    for e in entries:
        line = (
            f"{step_number(graph, e.step.id)}. **{md(text(e.step.title))}** — "
            f"{t('role.' + e.role, lang)}"
        )
        if e.task:
            line += f": {md(text(e.task))}"
        if e.receives_from:
            who = ", ".join(names[a] for a in e.receives_from)
            line += "  \n" + md(t("lens.receives", lang, who=who))
        if e.hands_to:
            who_list = []
            for actor, handoff in e.hands_to:
                cold += handoff == "cold"
                word = f" ({t('diagram.' + handoff, lang)})" if handoff else ""
                who_list.append(names[actor] + word)
            line += "  \n" + md(t("lens.hands", lang, who=", ".join(who_list)))
        lines.append(line)
    st.markdown("\n".join(f"- {line}" for line in lines))
    if cold:
        st.warning(t("lens.cold_warning", lang, n=cold), icon=":material/ac_unit:")
