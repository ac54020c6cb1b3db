"""What the client meeting says at a step, in the client's words: the answers that lead on,
and the hard parts said plainly (no one responsible, a referral the client must follow up
alone, a text in another language)."""

from __future__ import annotations

from dataclasses import dataclass

from polku.graph import PathGraph
from polku.i18n import t
from polku.summary import fallback_note
from polku.text import resolve


@dataclass(frozen=True)
class Answer:
    to: str
    label: str  # in the client's words; never the bare title of the step it leads to
    cold: bool  # the client is referred and left to make contact
    condition: str = ""  # the professional's wording of the condition, for them to judge


def answers(graph: PathGraph, step_id: str, lang: str) -> list[Answer]:
    """The ways on from a step. One way on is "Next: …". At a branch each answer is the
    transition's `client_when`; without it, the step it leads to and that the professional
    judges the condition (their wording goes in `condition`, shown on demand, not read out to
    the client); with no condition at all, "something else"."""
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    step = graph.steps[step_id]
    out = []
    for tr in step.next:
        title = text(graph.steps[tr.to].title)
        if len(step.next) == 1:
            label = t("meeting.next", lang, title=title)
        elif tr.client_when is not None and text(tr.client_when):
            label = t("meeting.answer_client", lang, when=text(tr.client_when), title=title)
        elif tr.when is not None and text(tr.when):
            label = t("meeting.answer_pro", lang, title=title)
        else:
            label = t("meeting.answer_else", lang, title=title)
        condition = text(tr.when) if tr.when is not None else ""
        out.append(Answer(tr.to, label, tr.handoff == "cold", condition))
    return out


def plain_notes(graph: PathGraph, step_id: str, lang: str) -> list[str]:
    """The hard parts of a step in plain words, for the client."""
    path = graph.path
    actors = {a.id: a for a in path.actors}

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    step = graph.steps[step_id]
    notes = []
    if not graph.responsible(step):
        notes.append(t("meeting.note_gap", lang))
    for tr in step.next:
        if tr.handoff != "cold":
            continue
        target = graph.steps[tr.to]
        owners = [actors[a] for a in graph.responsible(target)]
        who = ", ".join(
            text(a.name) + (f" ({text(a.contact)})" if a.contact else "") for a in owners
        )
        key = "meeting.note_cold" if who else "meeting.note_cold_nobody"
        notes.append(t(key, lang, title=text(target.title), who=who))
    shown = (step.title, step.client_text, step.client_does)
    fell_back = {
        r.lang for r in (resolve(v, lang, path.language) for v in shown) if r.fell_back and r.text
    }
    notes += [fallback_note(other, lang) for other in sorted(fell_back)]
    return notes
