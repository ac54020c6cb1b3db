"""Onboarding: learn the path from your own role — a tour, the same role elsewhere, the
glossary, the law and its timeline, and a self-check made from the data."""

import datetime as dt
import html
import textwrap

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.library import get_library, today
from components.notices import notice_sources
from components.safe import md
from components.shell import require_shell
from components.step_panel import safe_link
from components.url_state import sync
from polku.diagram import step_number
from polku.i18n import t
from polku.onboarding import kinds_present, same_role_elsewhere, tour
from polku.quiz import questions
from polku.reference import (
    client_rights,
    core_glossary,
    laws,
    path_glossary,
    reforms,
    search,
    terms_in,
    wind_down,
)
from polku.summary import ordered_ids, validity_status, validity_text
from polku.text import resolve

lang = require_shell()
library = get_library()

st.title(t("nav.onboarding", lang))
st.caption(t("onb.intro", lang))
if not library.paths:
    st.info(t("home.none", lang))
    st.stop()


def title_of(pid: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


path_ids = ordered_ids(library.paths, lang, today())
chosen_path = sync("path", path_ids, path_ids[0])
path_id = chosen_path.value
path, graph = library.paths[path_id], library.graphs[path_id]
kinds = kinds_present(graph)
chosen_kind = sync(
    "role", kinds, "social-services" if "social-services" in kinds else kinds[0], scope=path_id
)
kind = chosen_kind.value
for rejected, key in (
    (chosen_path.rejected, "link.unknown_path"),
    (chosen_kind.rejected, "link.unknown_role"),
):
    if rejected:
        role = t(f"actor_kind.{kind}", lang)
        st.warning(
            md(t(key, lang, value=rejected[:60], title=title_of(path_id), role=role)),
            icon=":material/link_off:",
        )
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path_id))
dropped_notice("role", chosen_kind.dropped, lang, title=t(f"actor_kind.{kind}", lang))
stale_notice(library, path_id, title_of(path_id), lang)


def text(value) -> str:
    return resolve(value, lang, path.language).text


actors = {a.id: a for a in path.actors}
c1, c2 = st.columns(2)
c1.selectbox(
    t("onb.role", lang), kinds, key="role", format_func=lambda k: t(f"actor_kind.{k}", lang)
)
c2.selectbox(t("explorer.path", lang), path_ids, key="path", format_func=title_of)

glossary = core_glossary() + tuple(g for p in library.paths.values() for g in path_glossary(p))
tabs = st.tabs([t(f"onb.tab_{k}", lang) for k in ("tour", "elsewhere", "glossary", "law", "quiz")])

# --- the tour ---------------------------------------------------------------------------------
with tabs[0]:
    stops = tour(graph, kind)
    if not stops:
        st.info(t("onb.none", lang))
    else:
        st.markdown(t("onb.stops", lang, n=len(stops)))
        st.markdown(
            "\n".join(
                f"{i}. {md(text(s.step.title))} ({t('explorer.step', lang).lower()} "
                f"{step_number(graph, s.step.id)})"
                for i, s in enumerate(stops, 1)
            )
        )
        at_key = f"_tour_{path_id}_{kind}"
        index = min(st.session_state.get(at_key, 0), len(stops) - 1)
        stop = stops[index]
        with st.container(border=True):
            st.caption(t("onb.stop_of", lang, n=index + 1, m=len(stops)))
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

            def neighbours(items) -> str:
                lines = []
                for n in items:
                    who = ", ".join(text(actors[a].name) for a in n.owners) or t(
                        "diagram.nobody", lang
                    )
                    how = (
                        t(f"diagram.{n.handoff}", lang) if n.handoff else t("onb.not_stated", lang)
                    )
                    lines.append(f"- {md(text(graph.steps[n.step].title))} — {md(who)} ({how})")
                return "\n".join(lines)

            b, a = st.columns(2)
            b.markdown(
                f"**{t('onb.before', lang)}**  \n"
                + (neighbours(stop.before) or t("onb.entry", lang))
            )
            a.markdown(
                f"**{t('onb.after', lang)}**  \n"
                + (neighbours(stop.after) or t("explorer.at_exit", lang))
            )
            here = terms_in(
                " ".join(
                    filter(
                        None, (text(stop.step.title), situation, text(stop.step.professional_text))
                    )
                ),
                glossary,
                lang,
            )
            if here:
                shown: dict[str, str] = {}
                for g in here:  # a region's own definition wins over the core translation
                    name = g.get(lang)
                    if g.definition:
                        shown[name.casefold()] = f"{name}: " + (
                            g.definition.get(lang) or next(iter(g.definition.values()))
                        )
                    else:
                        other = g.get("en" if lang != "en" else "fi")
                        shown.setdefault(name.casefold(), f"{name} = {other}")
                st.markdown(
                    f"**{t('onb.terms_here', lang)}**  \n"
                    + "\n".join(f"- {md(line)}" for line in list(shown.values())[:8])
                )
        p1, p2 = st.columns(2)
        p1.button(
            t("onb.prev", lang),
            disabled=index == 0,
            key="tour-prev",
            on_click=lambda: st.session_state.update({at_key: index - 1}),
        )
        p2.button(
            t("onb.next", lang),
            disabled=index == len(stops) - 1,
            key="tour-next",
            type="primary",
            on_click=lambda: st.session_state.update({at_key: index + 1}),
        )

# --- the same role elsewhere ------------------------------------------------------------------
with tabs[1]:
    st.caption(t("onb.elsewhere_caption", lang, kind=t(f"actor_kind.{kind}", lang)))
    rows = same_role_elsewhere(library.graphs, kind)
    everywhere_else = {k for r in rows if r.path_id != path_id for k in r.step_kinds}
    table = pd.DataFrame(
        [
            {
                t("onb.col_path", lang): title_of(r.path_id),
                t("onb.col_steps", lang): len(r.steps),
                t("onb.col_leads", lang): r.responsible,
                t("onb.col_where", lang): "; ".join(
                    text_of
                    for text_of in (
                        resolve(
                            library.graphs[r.path_id].steps[s].title,
                            lang,
                            library.paths[r.path_id].language,
                        ).text
                        for s in r.steps
                    )
                ),
                t("onb.col_only", lang): ", ".join(
                    k for k in r.step_kinds if k not in everywhere_else
                )
                if r.path_id == path_id
                else "",
            }
            for r in rows
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")

# --- glossary -----------------------------------------------------------------------------------
with tabs[2]:
    query = st.text_input(t("onb.search", lang), key="glossary-q", max_chars=80)
    found = search(glossary, query)
    st.caption(t("onb.results", lang, n=len(found)))
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Suomi": g.texts.get("fi", ""),
                    "Svenska": g.texts.get("sv", "")
                    + ("" if g.sv_verified or "sv" not in g.texts else " †"),
                    "English": g.texts.get("en", ""),
                    t("onb.col_definition", lang): g.definition.get(lang)
                    or next(iter(g.definition.values()), ""),
                    t("onb.col_origin", lang): t("onb.core", lang)
                    if g.origin == "core"
                    else title_of(g.origin),
                }
                for g in found
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    st.caption("† " + t("onb.sv_unverified", lang))

# --- law and timeline ---------------------------------------------------------------------------
with tabs[3]:
    st.subheader(t("onb.laws", lang), anchor=False)
    st.markdown(
        "\n".join(f"- {safe_link(f'{law.names[lang]} {law.number}', law.url)}" for law in laws())
    )
    st.subheader(t("onb.reforms", lang), anchor=False)
    st.markdown(
        "\n".join(
            f"- **{r.date.strftime('%d.%m.%Y')}** — {md(r.texts[lang])}  \n  *{md(r.source)}*"
            for r in reforms()
        )
    )
    current = [p for p in path_ids if validity_status(library.paths[p], today()) == "current"]
    st.subheader(t("notice.wind_down", lang), anchor=False)
    notice = wind_down()
    st.markdown(md(notice.pro[lang]))
    if current:
        st.markdown(
            t("onb.wind_down_paths", lang)
            + "\n"
            + "\n".join(f"- {md(title_of(pid))}" for pid in current)
        )
    st.caption(notice_sources(notice, lang))
    st.subheader(t("notice.rights", lang), anchor=False)
    st.markdown(md(client_rights().pro[lang]))
    st.caption(notice_sources(client_rights(), lang))
    st.subheader(t("onb.timeline", lang), anchor=False)
    start = min(
        [p.valid_from for p in library.paths.values() if p.valid_from] + [dt.date(2019, 1, 1)]
    )
    end = max(today(), *(r.date for r in reforms())) + dt.timedelta(days=180)
    fig = go.Figure()

    def plot_label(title: str) -> str:
        # Plotly reads tags in text: escape file strings, then wrap long titles.
        return "<br>".join(html.escape(line) for line in textwrap.wrap(title, 38))

    titles = [title_of(pid) for pid in path_ids]
    labels = {  # one row per path, even when two files share a title
        pid: plot_label(title if titles.count(title) == 1 else f"{title} ({pid})")
        for pid, title in zip(path_ids, titles, strict=True)
    }
    for pid in reversed(path_ids):
        p = library.paths[pid]
        a, b = p.valid_from or start, p.valid_until or end
        current = validity_status(p, today()) == "current"
        fig.add_trace(
            go.Bar(
                y=[labels[pid]],
                x=[(b - a).days * 86_400_000],
                base=[a.isoformat()],
                orientation="h",
                marker_color="#0072B2" if current else "#C8C8C8",
                text=[validity_text(p, lang)],
                textposition="auto",  # outside a bar too short to hold it
                insidetextanchor="middle",
                insidetextfont={"color": "#FFFFFF" if current else "#0B0D10"},
                outsidetextfont={"color": "#0B0D10"},
                hovertemplate="%{y}<br>%{text}<extra></extra>",
                showlegend=False,
            )
        )
    for i, r in enumerate(reforms()):
        fig.add_vline(x=r.date.isoformat(), line_dash="dash", line_color="#D55E00")
        fig.add_annotation(  # staggered: reforms can be months apart
            x=r.date.isoformat(),
            y=1.02 + 0.08 * (i % 2),
            yanchor="bottom",
            yref="paper",
            showarrow=False,
            text=r.date.strftime("%d.%m.%Y"),
            font={"color": "#8A3B00"},
        )
    fig.add_vline(x=today().isoformat(), line_color="#111111")
    fig.add_annotation(
        x=today().isoformat(),
        y=1.10,
        yref="paper",
        yanchor="bottom",
        showarrow=False,
        text=f"<b>{t('onb.today', lang)}</b>",
    )
    fig.update_layout(
        xaxis={"type": "date", "range": [start.isoformat(), end.isoformat()]},
        height=120 + 42 * len(path_ids),
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        plot_bgcolor="#ffffff",
        font={"size": 13},
    )
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False})
    with st.expander(t("onb.timeline_alt", lang)):
        st.markdown(
            "\n".join(
                f"- {md(title_of(pid))}: {validity_text(library.paths[pid], lang)}"
                f" ({t('validity.' + validity_status(library.paths[pid], today()), lang)})"
                for pid in path_ids
            )
        )

# --- self-check ---------------------------------------------------------------------------------
with tabs[4]:
    round_key = f"_quiz_round_{path_id}"
    quiz = questions(graph, lang, count=6, seed=st.session_state.get(round_key, 0))
    right = 0
    answered = 0
    for i, q in enumerate(quiz):
        with st.container(border=True):
            st.markdown(f"**{i + 1}. {md(q.prompt)}**")
            key = f"quiz-{path_id}-{st.session_state.get(round_key, 0)}-{i}"
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
                answered += 1
                ok = chosen == set(q.correct)
                right += ok
                (st.success if ok else st.error)(
                    md(t("onb.right" if ok else "onb.wrong", lang) + " " + q.explanation)
                )
    st.markdown(t("onb.score", lang, right=right, total=len(quiz)))
    st.button(
        t("onb.new_questions", lang),
        key="quiz-new",
        on_click=lambda: st.session_state.update(
            {round_key: st.session_state.get(round_key, 0) + 1}
        ),
    )
