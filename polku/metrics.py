"""Figures to compare paths by, each with a one-line definition in the message catalogue
(`metric.<name>.def`) and the steps behind it, so a chart's bar can be opened."""

from __future__ import annotations

import heapq
import weakref
from dataclasses import dataclass

from polku.graph import PathGraph
from polku.models import DurationRange
from polku.roles import handoffs

METRICS: tuple[str, ...] = (
    "steps",
    "decisions",
    "actors",
    "handoffs",
    "warm",
    "cold",
    "gaps",
    "overlaps",
    "exits",
    "shortest",
    "longest",
)
DURATION_METRICS = ("shortest", "longest")
DAYS = {"days": 1.0, "weeks": 7.0, "months": 30.44}

# A step, or a transition (step, to), that a metric counts.
Item = tuple[str, str | None]


def _days(step, low: bool) -> float | None:
    d = step.duration
    if not isinstance(d, DurationRange) or not d.sensible:
        return None  # no range, text, or a range the file got wrong: unknown, never 0
    ends = (d.min, d.max) if low else (d.max, d.min)
    value = ends[0] if ends[0] is not None else ends[1]
    return value * DAYS[d.unit]


def _weights(graph: PathGraph, low: bool) -> dict[str, float | None]:
    """Each step's days on the way to an exit; None where the file gives no usable duration.
    An exit's own duration is not counted: the route ends when the client reaches it (an exit
    is where the path hands the client on, "into employment" has no length of its own)."""
    exits = set(graph.exits)
    return {sid: 0.0 if sid in exits else _days(s, low) for sid, s in graph.steps.items()}


def _shortest(graph: PathGraph) -> tuple[float, list[str]] | None:
    """Fewest days from an entry to an exit (Dijkstra on the low ends), or None when it is not
    known. An unknown duration is at least 0 days, so the known days of a route are a lower
    bound; the shortest is known only when a route with every duration given reaches the
    lowest such bound. Costs are (days, unknown steps), compared in that order."""
    weight = _weights(graph, low=True)

    def cost(sid: str) -> tuple[float, int]:
        w = weight[sid]
        return (0.0, 1) if w is None else (w, 0)

    queue = [(*cost(e), i, e, (e,)) for i, e in enumerate(graph.entries)]
    heapq.heapify(queue)
    done: set[str] = set()
    tick = len(queue)
    while queue:
        days, unknown, _, sid, route = heapq.heappop(queue)
        if sid in done:
            continue
        done.add(sid)
        if not graph.successors[sid]:
            return None if unknown else (days, list(route))
        for nxt in graph.successors[sid]:
            if nxt not in done:
                tick += 1
                d, u = cost(nxt)
                heapq.heappush(queue, (days + d, unknown + u, tick, nxt, (*route, nxt)))
    return None


def _longest(graph: PathGraph) -> tuple[float, list[str]] | None:
    """Most days from an entry to an exit without going round a loop (high ends), or None when
    it is not known: a step without a duration on any such route could take any time. Dropping
    the back edges leaves only forward ones in reading order, so one pass in order is enough."""
    weight = _weights(graph, low=False)
    # step -> (days, previous step, an unknown duration on some route here)
    best: dict[str, tuple[float, str | None, bool]] = {
        e: (weight[e] or 0.0, None, weight[e] is None) for e in graph.entries
    }
    for sid in graph.order:
        if sid not in best:
            continue
        for nxt in graph.successors[sid]:
            if (sid, nxt) in graph.back_edges:
                continue
            days = best[sid][0] + (weight[nxt] or 0.0)
            unknown = best[sid][2] or weight[nxt] is None or best.get(nxt, (0, None, False))[2]
            if nxt not in best or days > best[nxt][0]:
                best[nxt] = (days, sid, unknown)
            else:
                best[nxt] = (*best[nxt][:2], unknown)
    ends = [e for e in graph.exits if e in best]
    if not ends or any(best[e][2] for e in ends):
        return None
    end = max(ends, key=lambda e: best[e][0])
    route = [end]
    while (prev := best[route[-1]][1]) is not None:
        route.append(prev)
    return best[end][0], route[::-1]


@dataclass(frozen=True)
class PathMetrics:
    values: dict[str, int | None]  # None: not known (a duration on the way is not given)
    behind: dict[str, tuple[Item, ...]]


# A graph is read-only and shared (built once per file version), so its metrics are computed once:
# the compare page asks for every loaded path's on each run.
_computed: weakref.WeakKeyDictionary[PathGraph, PathMetrics] = weakref.WeakKeyDictionary()


def path_metrics(graph: PathGraph) -> PathMetrics:
    found = _computed.get(graph)
    if found is None:
        found = _computed[graph] = _path_metrics(graph)
    return found


def _path_metrics(graph: PathGraph) -> PathMetrics:
    steps = graph.path.steps
    findings = graph.findings
    acting = {r.actor for s in steps for r in s.roles}
    transitions = [(s.id, tr.to, tr.handoff) for s in steps for tr in s.next]
    behind: dict[str, tuple[Item, ...]] = {
        "steps": tuple((s.id, None) for s in steps),
        "decisions": tuple((sid, None) for sid in graph.order if len(graph.successors[sid]) > 1),
        "actors": tuple((s.id, None) for s in steps if s.roles),
        "handoffs": tuple((h.src, h.dst) for h in handoffs(graph)),
        "warm": tuple((a, b) for a, b, h in transitions if h == "warm"),
        "cold": tuple((a, b) for a, b, h in transitions if h == "cold"),
        "gaps": tuple((f.step, None) for f in findings if f.kind == "gap"),
        "overlaps": tuple((f.step, None) for f in findings if f.kind == "overlap"),
        "exits": tuple((e, None) for e in graph.exits if e in graph.reachable),
    }
    values: dict[str, int | None] = {k: len(v) for k, v in behind.items()}
    values["actors"] = len(acting)
    for name, found in (("shortest", _shortest(graph)), ("longest", _longest(graph))):
        if found:
            values[name] = round(found[0])  # whole days: the ends are estimates, not hours
            behind[name] = tuple((sid, None) for sid in found[1])
        else:
            values[name] = None
            behind[name] = ()
    return PathMetrics(values, behind)
