"""The selected step in words: texts, roles, documents, law, duration, sources, what next."""

from __future__ import annotations

import streamlit as st

from components.safe import md
from polku.graph import PathGraph
from polku.i18n import t
from polku.models import Step
from polku.situations import label as situation_label
from polku.summary import duration_text, render_finding
from polku.summary import fallback_note as shown_in
from polku.text import resolve


def safe_link(title: str, url: str | None) -> str:
    """A markdown link only for http(s) addresses; anything else is shown as text."""
    if url and url.startswith(("https://", "http://")) and not any(c in url for c in " ()<>"):
        return f"[{md(title)}]({url})"
    return md(title) + (f" ({md(url)})" if url else "")


def step_panel(graph: PathGraph, step: Step, lang: str, professional: bool) -> None:
    path = graph.path
    actors = {a.id: a for a in path.actors}
    sources = {s.id: s for s in path.sources}

    def text(value):
        return resolve(value, lang, path.language)

    def fallback_note(resolved) -> None:
        if resolved.fell_back and resolved.text:
            st.caption(shown_in(resolved.lang, lang))

    title = text(step.title)
    st.subheader(md(title.text), anchor=False)
    fallback_note(title)

    body = text(step.professional_text if professional else step.client_text)
    st.caption(t("explorer.pro_view" if professional else "explorer.client_view", lang))
    if body.text:
        st.markdown(md(body.text))
        fallback_note(body)
    else:
        st.markdown(f"*{t('panel.no_text', lang)}*")

    findings = graph.findings_for(step.id)
    if findings:
        st.warning(
            "  \n".join(
                md((f"{f.place.render(lang)}: " if f.place else "") + render_finding(f, lang))
                for f in findings
            ),
            icon=":material/report:",
        )

    # What follows the text goes out as one Markdown element: every element costs the server
    # a message on each step click, and these are read as one block anyway.
    blocks = []
    if step.roles:
        lines = [f"**{t('panel.roles', lang)}**"]
        for role in step.roles:
            actor = actors[role.actor]
            line = (
                f"- **{md(text(actor.name).text)}** "
                f"({t('actor_kind.' + actor.kind, lang)}) — {t('role.' + role.role, lang)}"
            )
            if role.task:
                line += f": {md(text(role.task).text)}"
            if actor.contact:
                line += f"  \n  {t('panel.contact', lang)}: {md(text(actor.contact).text)}"
            lines.append(line)
        blocks.append("\n".join(lines))

    details = []
    if step.client_does:
        details.append((t("panel.client_does", lang), md(text(step.client_does).text)))
    if step.duration is not None:
        details.append((t("panel.duration", lang), md(duration_text(step, lang, path.language))))
    if step.documents:
        details.append(
            (t("panel.documents", lang), ", ".join(md(text(d).text) for d in step.documents))
        )
    if step.legal_basis:
        details.append(
            (
                t("panel.legal", lang),
                "; ".join(safe_link(text(lb.title).text, lb.url) for lb in step.legal_basis),
            )
        )
    blocks += [f"**{label}:** {value}" for label, value in details]

    if step.sources:
        items = []
        for sid in step.sources:
            src = sources.get(sid)
            if src is None:
                items.append(md(t("panel.source_missing", lang, id=sid)))
                continue
            item = safe_link(text(src.title).text, src.url)
            if src.publisher:
                item += f" — {md(text(src.publisher).text)}"
            if src.date:
                item += f" ({md(str(src.date))})"
            items.append(item)
        blocks.append(f"**{t('panel.sources', lang)}**  \n" + "\n".join(f"- {i}" for i in items))

    if step.next:
        lines = []
        for tr in step.next:
            target = graph.steps[tr.to]
            line = f"- {md(text(target.title).text)}"
            if tr.when:
                line += f" — {md(text(tr.when).text)}"
            if tr.handoff:
                line += f" ({t('diagram.' + tr.handoff, lang)})"
            if professional and tr.situations:
                # The situations the way turns on (the shared vocabulary that example persons
                # are played with): a professional sees which client it is meant for.
                labels = " + ".join(md(situation_label(k, lang)) for k in tr.situations)
                line += f"  \n  *{t('panel.situations', lang, labels=labels)}*"
            lines.append(line)
        blocks.append(f"**{t('panel.next', lang)}**  \n" + "\n".join(lines))
    else:
        blocks.append(f"**{t('explorer.at_exit', lang)}**")
    st.markdown("\n\n".join(blocks))
