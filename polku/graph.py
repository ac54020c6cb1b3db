"""The path as a graph: entry steps, reading order, reachability, exits, loops, findings."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import cached_property

from polku.models import LANGS, PathFile, Step
from polku.text import languages_of

FINDING_KINDS = (
    "gap",
    "overlap",
    "unreachable",
    "no_exit",
    "no_way_out",
    "cold_handoff",
    "missing_translation",
    "unsourced",
)


@dataclass(frozen=True)
class Finding:
    kind: str  # one of FINDING_KINDS; its message key is f"finding.{kind}"
    step: str | None  # the step it concerns; None for the whole path
    params: tuple[tuple[str, object], ...] = ()


class PathGraph:
    """Derived, read-only facts about one PathFile. Build once per file and share."""

    def __init__(self, path: PathFile):
        self.path = path
        self.steps: dict[str, Step] = {s.id: s for s in path.steps}
        self.successors: dict[str, list[str]] = {
            s.id: list(dict.fromkeys(t.to for t in s.next)) for s in path.steps
        }

    @cached_property
    def entries(self) -> list[str]:
        marked = [s.id for s in self.path.steps if s.start]
        return marked or [self.path.steps[0].id]

    @cached_property
    def exits(self) -> list[str]:
        return [s.id for s in self.path.steps if not s.next]

    @cached_property
    def predecessors(self) -> dict[str, list[str]]:
        """For each step, the steps with a transition to it, in reading order."""
        out: dict[str, list[str]] = {s: [] for s in self.steps}
        for src, targets in self.successors.items():
            for dst in targets:
                out[dst].append(src)
        return out

    @cached_property
    def reachable(self) -> set[str]:
        return _closure(self.entries, self.successors)

    @cached_property
    def reaches_exit(self) -> set[str]:
        """Steps from which some exit can be reached (walking the arrows backwards)."""
        return _closure(self.exits, self.predecessors)

    @cached_property
    def order(self) -> list[str]:
        """Reading order: the file's order, which PATH_FORMAT.md defines as reading order."""
        return [s.id for s in self.path.steps]

    @cached_property
    def back_edges(self) -> set[tuple[str, str]]:
        """Transitions that go back to an earlier step in reading order: the loops."""
        position = {sid: i for i, sid in enumerate(self.order)}
        return {
            (src, dst)
            for src, targets in self.successors.items()
            for dst in targets
            if position[dst] <= position[src]
        }

    def responsible(self, step: Step) -> list[str]:
        return [r.actor for r in step.roles if r.role == "responsible"]

    @cached_property
    def findings(self) -> list[Finding]:
        out: list[Finding] = []
        lang = self.path.language
        if not self.exits:
            out.append(Finding("no_exit", None))
        for step in self.path.steps:
            owners = self.responsible(step)
            if not owners:
                out.append(Finding("gap", step.id))
            elif len(owners) > 1:
                out.append(
                    Finding("overlap", step.id, (("n", len(owners)), ("actors", ", ".join(owners))))
                )
            if step.id not in self.reachable:
                out.append(Finding("unreachable", step.id))
            elif self.exits and step.id not in self.reaches_exit:
                out.append(Finding("no_way_out", step.id))
            for transition in step.next:
                if transition.handoff == "cold":
                    out.append(Finding("cold_handoff", step.id, (("to", transition.to),)))
            missing = _missing_translations(step, lang)
            if missing:
                langs, fields = missing
                out.append(
                    Finding(
                        "missing_translation",
                        step.id,
                        (("langs", ", ".join(langs)), ("fields", ", ".join(fields))),
                    )
                )
            if not step.sources:
                out.append(Finding("unsourced", step.id))
        return out

    @cached_property
    def _findings_by_step(self) -> dict[str | None, list[Finding]]:
        out: dict[str | None, list[Finding]] = {}
        for f in self.findings:
            out.setdefault(f.step, []).append(f)
        return out

    def findings_for(self, step_id: str) -> list[Finding]:
        return list(self._findings_by_step.get(step_id, ()))

    @cached_property
    def position(self) -> dict[str, int]:
        """Each step's place in reading order, from 1."""
        return {sid: i for i, sid in enumerate(self.order, 1)}


def _closure(starts: list[str], neighbours: dict[str, list[str]]) -> set[str]:
    """Every step reachable from `starts` along `neighbours` (breadth first)."""
    seen = set(starts)
    queue = deque(starts)
    while queue:
        for nxt in neighbours[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def _missing_translations(step: Step, file_lang: str) -> tuple[list[str], list[str]] | None:
    """Languages lacking in a step's reader-facing texts, and which fields lack them."""
    fields = {"title": step.title, "client_text": step.client_text}
    missing_langs: set[str] = set()
    missing_fields: list[str] = []
    for name, value in fields.items():
        if value is None:
            continue
        lacking = set(LANGS) - languages_of(value, file_lang)
        if lacking:
            missing_langs |= lacking
            missing_fields.append(name)
    if not missing_langs:
        return None
    return sorted(missing_langs, key=LANGS.index), missing_fields


def previous_step(graph: PathGraph, step_id: str) -> str | None:
    """The step a reader most likely came from: the nearest earlier step leading here, else
    the one before it in reading order; None at the first step."""
    position = graph.order.index(step_id)
    earlier = [s for s in graph.predecessors[step_id] if graph.order.index(s) < position]
    if earlier:
        return max(earlier, key=graph.order.index)
    return graph.order[position - 1] if position > 0 else None
