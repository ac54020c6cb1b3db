"""The self-check: questions about the chosen role's steps, each answer judged and explained
from the file, with a link to the step in the explorer. The score lives only in the session."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from components.safe import md
from polku.diagram import step_number
from polku.graph import PathGraph
from polku.i18n import t
from polku.quiz import Question, questions


def explorer_link(path_id: str, step_id: str, kind: str, lang: str) -> str:
    """A link into the explorer at the step, through the role's lens (relative: works under
    any base path)."""
    return "explorer?" + urlencode({"path": path_id, "step": step_id, "actor": kind, "lang": lang})


def feedback(q: Question, ok: bool, graph: PathGraph, path_id: str, kind: str, lang: str) -> str:
    lines = [md(t("onb.right" if ok else "onb.wrong", lang) + " " + q.explanation)]
    lines += [md(why) for why in q.why]
    if q.step:
        label = t("onb.open_step", lang, n=step_number(graph, q.step))
        lines.append(f"[{label}]({explorer_link(path_id, q.step, kind, lang)})")
    return "  \n".join(lines)


def self_check(graph: PathGraph, path_id: str, kind: str, lang: str, region: str) -> None:
    st.caption(t("onb.quiz_intro", lang, role=t(f"actor_kind.{kind}", lang), region=md(region)))
    round_key = f"_quiz_round_{path_id}_{kind}"
    seed = st.session_state.get(round_key, 0)
    quiz = questions(graph, lang, count=6, seed=seed, kind=kind, region=region)
    right = 0
    for i, q in enumerate(quiz):
        with st.container(border=True):
            st.markdown(f"**{i + 1}. {md(q.prompt)}**")
            key = f"quiz-{path_id}-{kind}-{seed}-{i}"
            if len(q.correct) == 1:
                pick = st.radio(
                    q.prompt,
                    range(len(q.options)),
                    index=None,
                    key=key,
                    format_func=lambda j, q=q: q.options[j],
                    label_visibility="collapsed",
                )
                chosen = set() if pick is None else {pick}
            else:
                # Several right answers: judge the whole choice, not each click on the way there.
                with st.form(f"{key}-form", border=False):
                    picks = st.multiselect(
                        t("quiz.pick_all", lang),
                        range(len(q.options)),
                        key=key,
                        format_func=lambda j, q=q: q.options[j],
                        placeholder=t("quiz.choose", lang),
                    )
                    if st.form_submit_button(t("onb.check", lang)):
                        st.session_state[f"{key}-checked"] = True
                chosen = set(picks) if st.session_state.get(f"{key}-checked") else set()
            if chosen:
                ok = chosen == set(q.correct)
                right += ok
                (st.success if ok else st.error)(feedback(q, ok, graph, path_id, kind, lang))
    st.markdown(t("onb.score", lang, right=right, total=len(quiz)))
    st.button(
        t("onb.new_questions", lang),
        key="quiz-new",
        on_click=lambda: st.session_state.update({round_key: seed + 1}),
    )
