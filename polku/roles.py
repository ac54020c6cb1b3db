"""Who does what: handoffs between actors, an actor's lens, and the step × actor role matrix."""

from __future__ import annotations

from dataclasses import dataclass

from polku.graph import PathGraph
from polku.models import Actor, Step

ROLE_RANK = {"responsible": 0, "participates": 1, "consulted": 2, "informed": 3}


@dataclass(frozen=True)
class Handoff:
    """A transition along which the responsible actor changes."""

    src: str
    dst: str
    from_actors: tuple[str, ...]
    to_actors: tuple[str, ...]
    kind: str | None  # warm, cold or None (not stated)


def handoffs(graph: PathGraph) -> list[Handoff]:
    out = []
    for step in graph.path.steps:
        owners = tuple(graph.responsible(step))
        for transition in step.next:
            target = graph.steps[transition.to]
            new_owners = tuple(graph.responsible(target))
            if owners and new_owners and set(owners) != set(new_owners):
                out.append(Handoff(step.id, target.id, owners, new_owners, transition.handoff))
    return out


def resolve_actors(graph: PathGraph, key: str | None) -> list[Actor]:
    """An actor id, or an actor kind (every actor of that kind); [] when unknown or empty."""
    if not key:
        return []
    by_id = [a for a in graph.path.actors if a.id == key]
    return by_id or [a for a in graph.path.actors if a.kind == key]


@dataclass(frozen=True)
class LensEntry:
    step: Step
    role: str
    task: str | dict[str, str] | None
    receives_from: tuple[str, ...]  # actor ids responsible just before, when this actor leads
    hands_to: tuple[tuple[str, str | None], ...]  # (actor id, handoff) responsible next


def lens(graph: PathGraph, actor_ids: set[str]) -> list[LensEntry]:
    """The steps where any of `actor_ids` has a role, in reading order, with its handoffs."""
    out = []
    for step in graph.path.steps:
        mine = sorted(
            (r for r in step.roles if r.actor in actor_ids), key=lambda r: ROLE_RANK[r.role]
        )
        if not mine:
            continue
        leads = mine[0].role == "responsible"
        receives: list[str] = []
        hands: list[tuple[str, str | None]] = []
        if leads:
            for prev in graph.predecessors[step.id]:
                receives += [
                    a
                    for a in graph.responsible(graph.steps[prev])
                    if a not in actor_ids and a not in receives
                ]
            for transition in step.next:
                for a in graph.responsible(graph.steps[transition.to]):
                    if a not in actor_ids and (a, transition.handoff) not in hands:
                        hands.append((a, transition.handoff))
        out.append(LensEntry(step, mine[0].role, mine[0].task, tuple(receives), tuple(hands)))
    return out


def role_matrix(graph: PathGraph) -> list[list[str | None]]:
    """Rows in reading order, one column per actor: the actor's strongest role or None."""
    rows = []
    for step in graph.path.steps:
        roles = {}
        for r in step.roles:
            if r.actor not in roles or ROLE_RANK[r.role] < ROLE_RANK[roles[r.actor]]:
                roles[r.actor] = r.role
        rows.append([roles.get(a.id) for a in graph.path.actors])
    return rows
