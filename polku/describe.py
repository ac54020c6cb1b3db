"""The text alternative of a diagram: the whole path as an ordered list of sentences."""

from __future__ import annotations

from polku.graph import PathGraph
from polku.i18n import t
from polku.text import resolve


def step_sentences(graph: PathGraph, lang: str) -> list[str]:
    """One line per step in reading order: title, who is responsible, who takes part, next."""
    path = graph.path
    actors = {a.id: a for a in path.actors}

    def text(value) -> str:
        # One line per step: newlines and runs of spaces inside file text become one space.
        return " ".join(resolve(value, lang, path.language).text.split())

    def names(ids) -> str:
        return ", ".join(text(actors[a].name) for a in ids)

    lines = []
    for step in path.steps:
        owners = graph.responsible(step)
        others = [r.actor for r in step.roles if r.role != "responsible"]
        parts = [text(step.title)]
        parts.append(
            t("alt.responsible", lang, who=names(owners)) if owners else t("alt.nobody", lang)
        )
        if others:
            parts.append(t("alt.with", lang, who=names(dict.fromkeys(others))))
        if step.next:
            nexts = []
            for tr in step.next:
                item = text(graph.steps[tr.to].title)
                if tr.when:
                    item += f" ({text(tr.when)})"
                if tr.handoff:
                    item += f" [{t('diagram.' + tr.handoff, lang)}]"
                nexts.append(item)
            parts.append(t("alt.next", lang, steps="; ".join(nexts)))
        else:
            parts.append(t("alt.exit", lang))
        lines.append(
            " — ".join(parts[:2]) + ("; " if len(parts) > 2 else "") + "; ".join(parts[2:])
        )
    return lines
