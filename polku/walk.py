"""A walk through a path in a meeting: the route taken so far, and what lies ahead."""

from __future__ import annotations

from polku.graph import PathGraph, _closure


def settle_route(graph: PathGraph, route: list[str], step: str) -> list[str]:
    """The route that ends at `step`: kept if `step` is on it (cut back to it), extended if
    `step` follows its last step, else started afresh at `step` (a link, a jump)."""
    route = [s for s in route if s in graph.steps]
    if step in route:
        return route[: route.index(step) + 1]
    if route and step in graph.successors[route[-1]]:
        return [*route, step]
    return [step]


def ahead(graph: PathGraph, current: str) -> list[str]:
    """The current step and every step that can still follow it, in reading order."""
    reachable = _closure([current], graph.successors)
    return [s for s in graph.order if s in reachable]
