"""Learning the path from one's own role: a tour of the steps where an actor kind acts, and how
the same role looks in the other paths."""

from __future__ import annotations

from dataclasses import dataclass

from polku.graph import PathGraph
from polku.models import Role, Step


@dataclass(frozen=True)
class Neighbour:
    step: str
    owners: tuple[str, ...]  # responsible actor ids there
    handoff: str | None  # of the transition between the two steps


@dataclass(frozen=True)
class TourStop:
    step: Step
    roles: tuple[Role, ...]  # this kind's roles at the step
    before: tuple[Neighbour, ...]
    after: tuple[Neighbour, ...]


def kinds_present(graph: PathGraph) -> list[str]:
    """Actor kinds that have a role somewhere on the path, in order of first appearance."""
    kind_of = {a.id: a.kind for a in graph.path.actors}
    return list(dict.fromkeys(kind_of[r.actor] for s in graph.path.steps for r in s.roles))


def tour(graph: PathGraph, kind: str) -> list[TourStop]:
    """Exactly the steps where an actor of `kind` has a role, in reading order."""
    ids = {a.id for a in graph.path.actors if a.kind == kind}
    stops = []
    for step in graph.path.steps:
        mine = tuple(r for r in step.roles if r.actor in ids)
        if not mine:
            continue
        before = tuple(
            Neighbour(
                p,
                tuple(graph.responsible(graph.steps[p])),
                next(t.handoff for t in graph.steps[p].next if t.to == step.id),
            )
            for p in graph.predecessors[step.id]
        )
        after = tuple(
            Neighbour(t.to, tuple(graph.responsible(graph.steps[t.to])), t.handoff)
            for t in step.next
        )
        stops.append(TourStop(step, mine, before, after))
    return stops


@dataclass(frozen=True)
class RoleElsewhere:
    path_id: str
    steps: tuple[str, ...]  # step ids where the kind acts
    responsible: int  # how many of them it leads
    step_kinds: tuple[str, ...]


def same_role_elsewhere(graphs: dict[str, PathGraph], kind: str) -> list[RoleElsewhere]:
    out = []
    for pid, graph in graphs.items():
        stops = tour(graph, kind)
        out.append(
            RoleElsewhere(
                pid,
                tuple(s.step.id for s in stops),
                sum(any(r.role == "responsible" for r in s.roles) for s in stops),
                tuple(dict.fromkeys(s.step.kind for s in stops)),
            )
        )
    return out
