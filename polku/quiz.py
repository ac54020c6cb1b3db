"""Self-check questions made from the path data, so they change when the data changes."""

from __future__ import annotations

import random
from dataclasses import dataclass

from polku.graph import PathGraph
from polku.i18n import t
from polku.text import resolve


@dataclass(frozen=True)
class Question:
    prompt: str
    options: tuple[str, ...]
    correct: frozenset[int]  # indexes of the right options
    explanation: str


def questions(graph: PathGraph, lang: str, count: int = 6, seed: int = 0) -> list[Question]:
    path = graph.path
    actors = {a.id: a for a in path.actors}

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    region = text(path.region)
    rnd = random.Random(f"{path.id}:{seed}")
    out: list[Question] = []
    names = {text(a.name) for a in path.actors}
    # A question needs a wrong option to be a question.
    owned = [
        s
        for s in path.steps
        if graph.responsible(s) and names - {text(actors[a].name) for a in graph.responsible(s)}
    ]
    for step in rnd.sample(owned, min(len(owned), (count + 1) // 2)):
        right = {text(actors[a].name) for a in graph.responsible(step)}
        others = sorted(names - right)
        options = sorted(right) + rnd.sample(others, min(3, len(others)))
        rnd.shuffle(options)
        out.append(
            Question(
                t("quiz.who", lang, step=text(step.title), region=region),
                tuple(options),
                frozenset(i for i, o in enumerate(options) if o in right),
                t("quiz.who_answer", lang, who=", ".join(sorted(right)), step=text(step.title)),
            )
        )
    titles = {text(s.title) for s in path.steps}

    def following(step) -> set[str]:
        return {text(graph.steps[tr.to].title) for tr in step.next}

    branching = [s for s in path.steps if s.next and titles - following(s) - {text(s.title)}]
    for step in rnd.sample(branching, min(len(branching), count - len(out))):
        right = following(step)
        others = sorted(titles - right - {text(step.title)})
        options = sorted(right) + rnd.sample(others, min(3, len(others)))
        rnd.shuffle(options)
        out.append(
            Question(
                t("quiz.next", lang, step=text(step.title)),
                tuple(options),
                frozenset(i for i, o in enumerate(options) if o in right),
                t("quiz.next_answer", lang, steps="; ".join(sorted(right)), step=text(step.title)),
            )
        )
    return out
