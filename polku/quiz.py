"""Self-check questions made from the path data, so they change when the data changes.

With a role (an actor kind) the questions are about the steps where that role acts: what the
role does there, who leads the step, what follows it. Each answer is explained from the file:
the task it gives, the conditions on the way on, the step's sources."""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import zip_longest

from polku.compare import short_names
from polku.graph import PathGraph
from polku.i18n import t
from polku.models import ROLE_KINDS, Step
from polku.text import resolve


@dataclass(frozen=True)
class Question:
    prompt: str
    options: tuple[str, ...]
    correct: frozenset[int]  # indexes of the right options
    explanation: str  # the right answer, in a sentence
    step: str = ""  # the step asked about, to open in the explorer
    why: tuple[str, ...] = ()  # what the file says that makes it the answer


def questions(
    graph: PathGraph,
    lang: str,
    count: int = 6,
    seed: int = 0,
    *,
    kind: str | None = None,
    region: str | None = None,
) -> list[Question]:
    """A round of `count` questions (fewer when the data gives fewer). Without `kind`: half
    "who leads …", half "what follows …" on any step. With `kind`: only the steps where that
    kind acts, taking turns between "your role at …", "who leads …" and "what follows …".
    `region`: the short name the prompts use (by default the region's short name)."""
    path = graph.path
    actors = {a.id: a for a in path.actors}
    sources = {s.id: s for s in path.sources}

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    if region is None:
        region = short_names({path.id: graph}, lang)[path.id]
    rnd = random.Random(f"{path.id}:{seed}" if kind is None else f"{path.id}:{kind}:{seed}")
    steps = [
        s for s in path.steps if kind is None or any(actors[r.actor].kind == kind for r in s.roles)
    ]

    def source_line(step: Step) -> tuple[str, ...]:
        titles = [text(sources[s].title) for s in step.sources if s in sources]
        if not titles:
            return ()
        key = "quiz.source" if len(titles) == 1 else "quiz.sources"
        return (t(key, lang, sources="; ".join(titles)),)

    def options_for(right: set[str], wrong: set[str]) -> tuple[tuple[str, ...], frozenset[int]]:
        options = sorted(right) + rnd.sample(sorted(wrong), min(3, len(wrong)))
        rnd.shuffle(options)
        return tuple(options), frozenset(i for i, o in enumerate(options) if o in right)

    names = {text(a.name) for a in path.actors}

    def who(step: Step) -> Question:
        leads = graph.responsible(step)
        right = {text(actors[a].name) for a in leads}
        options, correct = options_for(right, names - right)
        tasks = tuple(
            t("quiz.why_task", lang, actor=text(actors[r.actor].name), task=text(r.task))
            for r in step.roles
            if r.role == "responsible" and r.task
        )
        return Question(
            t("quiz.who", lang, step=text(step.title), region=region),
            options,
            correct,
            t("quiz.who_answer", lang, who=", ".join(sorted(right)), step=text(step.title)),
            step.id,
            tasks + source_line(step),
        )

    titles = {text(s.title) for s in path.steps}

    def following(step: Step) -> set[str]:
        return {text(graph.steps[tr.to].title) for tr in step.next}

    def what_next(step: Step) -> Question:
        right = following(step)
        options, correct = options_for(right, titles - right - {text(step.title)})
        ways = tuple(
            t("quiz.why_when", lang, step=text(graph.steps[tr.to].title), when=text(tr.when))
            for tr in step.next
            if tr.when
        )
        return Question(
            t("quiz.next", lang, step=text(step.title)),
            options,
            correct,
            t("quiz.next_answer", lang, steps="; ".join(sorted(right)), step=text(step.title)),
            step.id,
            ways + source_line(step),
        )

    def role_at(step: Step) -> Question:
        mine = [r for r in step.roles if actors[r.actor].kind == kind]
        labels = {k: t(f"role.{k}", lang) for k in ROLE_KINDS}
        right = {labels[r.role] for r in mine}
        options = [labels[k] for k in ROLE_KINDS]  # in their order: most to least involved
        tasks = tuple(
            t("quiz.why_task", lang, actor=text(actors[r.actor].name), task=text(r.task))
            for r in mine
            if r.task
        )
        return Question(
            t("quiz.role", lang, role=t(f"actor_kind.{kind}", lang), step=text(step.title)),
            tuple(options),
            frozenset(i for i, o in enumerate(options) if o in right),
            t(
                "quiz.role_answer",
                lang,
                step=text(step.title),
                roles=", ".join(f"{text(actors[r.actor].name)} – {labels[r.role]}" for r in mine),
            ),
            step.id,
            tasks + source_line(step),
        )

    # A question needs a wrong option to be a question.
    owned = [
        s
        for s in steps
        if graph.responsible(s) and names - {text(actors[a].name) for a in graph.responsible(s)}
    ]
    branching = [s for s in steps if s.next and titles - following(s) - {text(s.title)}]
    if kind is None:
        out = [who(s) for s in rnd.sample(owned, min(len(owned), (count + 1) // 2))]
        return out + [
            what_next(s) for s in rnd.sample(branching, min(len(branching), count - len(out)))
        ]
    kinds = (
        [role_at(s) for s in rnd.sample(steps, len(steps))],
        [who(s) for s in rnd.sample(owned, len(owned))],
        [what_next(s) for s in rnd.sample(branching, len(branching))],
    )
    turns = [q for row in zip_longest(*kinds) for q in row if q is not None]
    return turns[:count]
