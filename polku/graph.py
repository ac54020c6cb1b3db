"""The path as a graph: entry steps, reading order, reachability, exits, loops, findings."""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel

from polku.i18n import Day
from polku.models import LANGS, STEP_KINDS_BY_PHASE, DurationRange, PathFile, Step
from polku.place import COLLECTIONS, STEP_LISTS, Place, hashable_title, step_place
from polku.situations import SITUATIONS
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
    "kind_phase",
    "unknown_field",
    "duration_empty",
    "duration_order",
    "duration_negative",
    "validity_order",
    "unknown_situation",
    "duplicate_situation",
)


@dataclass(frozen=True)
class Finding:
    kind: str  # one of FINDING_KINDS; its message key is f"finding.{kind}"
    step: str | None  # the step it concerns; None for the whole path
    params: tuple[tuple[str, object], ...] = ()
    place: Place | None = None  # a more exact place: an actor, or a transition of `step`


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
        path = self.path
        if not self.exits:
            out.append(Finding("no_exit", None))
        if path.valid_from and path.valid_until and path.valid_from > path.valid_until:
            dates = (
                ("start", Day(path.valid_from)),
                ("until", Day(path.valid_until)),
            )
            out.append(Finding("validity_order", None, dates))
        out.extend(self._unknown_fields(None, path, None))
        for collection in ("actors", "phases", "sources", "glossary"):
            for i, item in enumerate(getattr(path, collection)):
                out.extend(self._unknown_fields(None, item, _item_place(collection, i, item, lang)))
        phase_kind = {p.id: p.kind for p in path.phases}
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
            actual = phase_kind.get(step.phase)
            usual = next(p for p, kinds in STEP_KINDS_BY_PHASE.items() if step.kind in kinds)
            if actual and usual not in ("any", actual):
                params = (
                    ("kind_key", f"step_kind.{step.kind}"),
                    ("usual_key", f"phase_kind.{usual}"),
                    ("actual_key", f"phase_kind.{actual}"),
                )
                out.append(Finding("kind_phase", step.id, params))
            if isinstance(step.duration, DurationRange) and not step.duration.sensible:
                out.append(_duration_finding(step.id, step.duration))
            out.extend(self._step_unknown_fields(step))
            out.extend(self._situation_findings(step))
        return out

    def _situation_findings(self, step: Step) -> Iterator[Finding]:
        """A situation key outside the vocabulary (a typo, or a later vocabulary's key), or
        one written twice on a transition: shown, never refused."""
        parent = step_place(step, self.position[step.id], self.path.language)
        for j, transition in enumerate(step.next):
            place = Place("transition", j + 1, transition.to, self.path.language, parent)
            seen: set[str] = set()
            for key in transition.situations:
                shown = key if len(key) <= 60 else key[:59] + "…"
                if key in seen:
                    yield Finding("duplicate_situation", step.id, (("situation", shown),), place)
                    continue
                seen.add(key)
                if key not in SITUATIONS:
                    yield Finding("unknown_situation", step.id, (("situation", shown),), place)

    def _step_unknown_fields(self, step: Step) -> Iterator[Finding]:
        yield from self._unknown_fields(step.id, step, None)
        if isinstance(step.duration, BaseModel):
            yield from self._unknown_fields(step.id, step.duration, None, prefix="duration.")
        parent = step_place(step, self.position[step.id], self.path.language)
        for field, (kind, name_field) in STEP_LISTS.items():
            for j, item in enumerate(getattr(step, field)):
                if isinstance(item, BaseModel):
                    title = getattr(item, name_field) if name_field else None
                    place = Place(kind, j + 1, hashable_title(title), self.path.language, parent)
                    yield from self._unknown_fields(step.id, item, place)

    @staticmethod
    def _unknown_fields(
        step: str | None, model: BaseModel, place: Place | None, prefix: str = ""
    ) -> Iterator[Finding]:
        known = list(type(model).model_fields)
        for name in model.unknown_fields:
            like = difflib.get_close_matches(name, known, n=1, cutoff=0.7)
            shown = name if len(name) <= 60 else name[:59] + "…"
            yield Finding(
                "unknown_field",
                step,
                (("field", prefix + shown), ("like", prefix + like[0] if like else "")),
                place,
            )

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


def _item_place(collection: str, index: int, item: BaseModel, lang: str) -> Place:
    kind, name_field = COLLECTIONS[collection]
    return Place(kind, index + 1, hashable_title(getattr(item, name_field, None)), lang)


def _duration_finding(step_id: str, d: DurationRange) -> Finding:
    if d.min is None and d.max is None:
        return Finding("duration_empty", step_id)
    if min(e for e in (d.min, d.max) if e is not None) < 0:
        return Finding("duration_negative", step_id)
    return Finding("duration_order", step_id, (("min", f"{d.min:g}"), ("max", f"{d.max:g}")))


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
