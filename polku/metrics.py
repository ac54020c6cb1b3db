"""Figures to compare paths by, each with a one-line definition in the message catalogue
(`metric.<name>.def`) and the steps behind it, so a chart's bar can be opened."""

from __future__ import annotations

import heapq
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
        return None  # a range the file got wrong is a finding, not a figure
    ends = (d.min, d.max) if low else (d.max, d.min)
    value = ends[0] if ends[0] is not None else ends[1]
    return value * DAYS[d.unit]


def _shortest(graph: PathGraph) -> tuple[float, list[str]] | None:
    """Fewest days from an entry to an exit (Dijkstra on step durations, low ends)."""
    weight = {sid: _days(s, low=True) or 0.0 for sid, s in graph.steps.items()}
    queue = [(weight[e], i, e, (e,)) for i, e in enumerate(graph.entries)]
    heapq.heapify(queue)
    done: set[str] = set()
    tick = len(queue)
    while queue:
        days, _, sid, route = heapq.heappop(queue)
        if sid in done:
            continue
        done.add(sid)
        if not graph.successors[sid]:
            return days, list(route)
        for nxt in graph.successors[sid]:
            if nxt not in done:
                tick += 1
                heapq.heappush(queue, (days + weight[nxt], tick, nxt, (*route, nxt)))
    return None


def _longest(graph: PathGraph) -> tuple[float, list[str]] | None:
    """Most days from an entry to an exit without going round a loop (high ends). Dropping
    the back edges leaves only forward ones in reading order, so one pass in order is enough."""
    weight = {sid: _days(s, low=False) or 0.0 for sid, s in graph.steps.items()}
    best: dict[str, tuple[float, str | None]] = {e: (weight[e], None) for e in graph.entries}
    for sid in graph.order:
        if sid not in best:
            continue
        for nxt in graph.successors[sid]:
            if (sid, nxt) in graph.back_edges:
                continue
            days = best[sid][0] + weight[nxt]
            if nxt not in best or days > best[nxt][0]:
                best[nxt] = (days, sid)
    ends = [e for e in graph.exits if e in best]
    if not ends:
        return None
    end = max(ends, key=lambda e: best[e][0])
    route = [end]
    while (prev := best[route[-1]][1]) is not None:
        route.append(prev)
    return best[end][0], route[::-1]


@dataclass(frozen=True)
class PathMetrics:
    values: dict[str, float | None]  # None: cannot be computed (no durations given)
    behind: dict[str, tuple[Item, ...]]


def path_metrics(graph: PathGraph) -> PathMetrics:
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
    values: dict[str, float | None] = {k: float(len(v)) for k, v in behind.items()}
    values["actors"] = float(len(acting))
    has_durations = any(_days(s, low=True) is not None for s in steps)
    for name, found in (("shortest", _shortest(graph)), ("longest", _longest(graph))):
        if has_durations and found:
            values[name] = round(found[0], 1)
            behind[name] = tuple((sid, None) for sid in found[1])
        else:
            values[name] = None
            behind[name] = ()
    return PathMetrics(values, behind)
