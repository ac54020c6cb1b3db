"""Comparing paths: rows aligned on phase and step kind, the difference matrix, and the
differences said in words. Metrics per path are in `metrics.py`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from polku.graph import PathGraph
from polku.i18n import t
from polku.models import PHASE_KINDS, STEP_KINDS
from polku.summary import duration_text
from polku.text import resolve

Row = tuple[str, str]  # (phase kind, step kind)


def step_row(graph: PathGraph, step_id: str) -> Row:
    step = graph.steps[step_id]
    return (graph.path.phase(step.phase).kind, step.kind)


def rows(graphs: dict[str, PathGraph]) -> list[Row]:
    """Every (phase kind, step kind) any of the paths uses: into, during, out; then the kind's
    place in the format's list. The same kind in two phases is two rows."""
    used = {step_row(g, s.id) for g in graphs.values() for s in g.path.steps}
    return sorted(used, key=lambda r: (PHASE_KINDS.index(r[0]), STEP_KINDS.index(r[1])))


def row_label(row: Row, lang: str) -> str:
    return f"{t(f'phase_kind.{row[0]}', lang)} · {t(f'step_kind.{row[1]}', lang)}"


# Every kind of mark has its own sign and word, so no mark is told by colour alone. The first
# two are differences between the paths; the rest are findings in one path.
MARK_ICONS: dict[str, str] = {
    "only_here": "◆",
    "owner_differs": "⇄",
    "gap": "⊘",
    "overlap": "②",
    "cold": "❄",
    "unreachable": "↛",
    "dead_end": "↺",
    "no_exit": "⊗",
}
FINDING_MARKS = ("gap", "overlap", "cold", "unreachable", "dead_end")
# polku.graph's finding kind for each mark that is a finding
FINDING_OF_MARK = {
    "gap": "gap",
    "overlap": "overlap",
    "cold": "cold_handoff",
    "unreachable": "unreachable",
    "dead_end": "no_way_out",
    "no_exit": "no_exit",
}


def mark_word(key: str, lang: str) -> str:
    """A mark as its sign and word, e.g. "⊘ gap"."""
    return f"{MARK_ICONS[key]} {t(f'compare.mark.{key}', lang)}"


@dataclass(frozen=True)
class Cell:
    steps: tuple[str, ...]  # step ids of this kind in this path, reading order
    owner_kinds: tuple[str, ...]  # actor kinds responsible for any of them
    duration: str
    only_here: bool  # the only path (of two or more) with this row
    owner_differs: bool  # another path has the row with different responsible kinds
    gap: bool
    overlap: bool
    cold: bool  # a cold handoff into or out of one of the steps
    unreachable: bool = False  # a step no entry leads to
    dead_end: bool = False  # a step from which no exit can be reached

    @property
    def present(self) -> bool:
        return bool(self.steps)

    @property
    def marks(self) -> list[str]:
        """The keys of MARK_ICONS that hold here, in MARK_ICONS' order."""
        return [k for k in MARK_ICONS if getattr(self, k, False)]


def matrix(graphs: dict[str, PathGraph], lang: str) -> dict[Row, dict[str, Cell]]:
    """rows × paths. Every row any path uses is present; absent cells have no steps."""
    table: dict[Row, dict[str, Cell]] = {}
    for row in rows(graphs):
        raw: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for pid, g in graphs.items():
            steps = tuple(s.id for s in g.path.steps if step_row(g, s.id) == row)
            kinds = {a.id: a.kind for a in g.path.actors}
            owners = tuple(
                dict.fromkeys(kinds[a] for sid in steps for a in g.responsible(g.steps[sid]))
            )
            raw[pid] = (steps, owners)
        having = [pid for pid, (steps, _) in raw.items() if steps]
        table[row] = {}
        for pid, g in graphs.items():
            steps, owners = raw[pid]
            findings = {f.kind for sid in steps for f in g.findings_for(sid)}
            cold = any(
                tr.handoff == "cold"
                for s in g.path.steps
                for tr in s.next
                if (s.id in steps or tr.to in steps)
            )
            table[row][pid] = Cell(
                steps=steps,
                owner_kinds=owners,
                duration="; ".join(
                    d
                    for d in (duration_text(g.steps[sid], lang, g.path.language) for sid in steps)
                    if d
                ),
                only_here=bool(steps) and len(graphs) > 1 and having == [pid],
                owner_differs=bool(steps)
                and any(set(raw[o][1]) != set(owners) for o in having if o != pid),
                gap="gap" in findings,
                overlap="overlap" in findings,
                cold=cold,
                unreachable="unreachable" in findings,
                dead_end="no_way_out" in findings,
            )
    return table


def cell_marks(cell: Cell, lang: str) -> list[str]:
    """The highlights of a cell, each as its sign and word (colour is never the only signal)."""
    return [mark_word(k, lang) for k in cell.marks]


def cell_text(cell: Cell, lang: str) -> str:
    if not cell.present:
        return t("compare.absent", lang)
    owners = ", ".join(t(f"actor_kind.{k}", lang) for k in cell.owner_kinds) or t(
        "diagram.nobody", lang
    )
    parts = [owners]
    if len(cell.steps) > 1:
        parts.insert(0, t("count.steps", lang, n=len(cell.steps)))
    if cell.duration:
        parts.append(cell.duration)
    return " · ".join(parts + cell_marks(cell, lang))


def path_findings(graph: PathGraph, lang: str) -> list[tuple[str, list[str]]]:
    """A path's findings for the workshop, gaps first: (mark key, the steps or transitions it
    concerns, in words), only the kinds the path has."""

    def title(sid: str) -> str:
        return resolve(graph.steps[sid].title, lang, graph.path.language).text

    out = []
    for mark in (*FINDING_MARKS, "no_exit"):
        kind = FINDING_OF_MARK[mark]
        found = [f for f in graph.findings if f.kind == kind]
        if not found:
            continue
        if kind == "cold_handoff":
            items = [f"{title(f.step)} → {title(dict(f.params)['to'])}" for f in found]
        else:
            items = [title(f.step) for f in found if f.step]
        out.append((mark, list(dict.fromkeys(items))))
    return out


def short_names(graphs: dict[str, PathGraph], lang: str, most: int = 40) -> dict[str, str]:
    """A short, unique heading per path: the region's name, else the title's head, else the
    title; two versions of one region get their id added."""
    names = {}
    for pid, g in graphs.items():
        region = resolve(g.path.region, lang, g.path.language).text
        title = resolve(g.path.title, lang, g.path.language).text
        candidates = [region.split(" (")[0], re.split(r" [–—-] |: ", title)[0], title, pid]
        names[pid] = next(c.strip() for c in candidates if c.strip() and len(c.strip()) <= most)
    counts = Counter(names.values())
    return {pid: n if counts[n] == 1 else f"{n} ({pid})" for pid, n in names.items()}


def differences(graphs: dict[str, PathGraph], lang: str) -> list[str]:
    """How the paths differ, in sentences: a kind of step only one path has, a kind whose owner
    differs. Gaps and overlaps are findings of one path (`path_findings`)."""
    names = short_names(graphs, lang)
    out: list[str] = []
    for row, cells in matrix(graphs, lang).items():
        label = row_label(row, lang)
        having = [pid for pid, c in cells.items() if c.present]
        if len(graphs) > 1 and len(having) == 1:
            (pid,) = having
            g = graphs[pid]
            titles = ", ".join(
                resolve(g.steps[s].title, lang, g.path.language).text for s in cells[pid].steps
            )
            out.append(t("compare.say.only", lang, path=names[pid], kind=label, titles=titles))
        owners = {pid: cells[pid].owner_kinds for pid in having}
        if len({frozenset(o) for o in owners.values()}) > 1:
            out.append(
                t(
                    "compare.say.owners",
                    lang,
                    kind=label,
                    who="; ".join(
                        f"{names[pid]}: "
                        + (
                            ", ".join(t(f"actor_kind.{k}", lang) for k in o)
                            or t("diagram.nobody", lang)
                        )
                        for pid, o in owners.items()
                    ),
                )
            )
    return out
