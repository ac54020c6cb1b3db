"""Paths side by side as one diagram: a column per path, a row per (phase kind, step kind), so
the same kind sits on the same row in every path, coloured by the responsible actor's kind.

Positions are computed here and pinned (neato with `pos="x,y!"`); Graphviz only draws the
boxes and routes the arrows. Every file string goes through `graphviz.escape()` into a label.
"""

from __future__ import annotations

import textwrap

import graphviz

from polku import palette
from polku.compare import Row, rows, step_row
from polku.diagram import Diagram
from polku.graph import PathGraph
from polku.i18n import t
from polku.text import resolve

CELL_W, CELL_H = 2.45, 1.2  # inches between box centres
BOX_W, BOX_H = 2.2, 0.95
LABEL_W = 2.2  # the row-label column


def _label(lines: list[str]) -> graphviz.quoting.NoHtml:
    return graphviz.nohtml("\\n".join(graphviz.escape(line) for line in lines if line))


def _lines(text: str, width: int, most: int) -> list[str]:
    wrapped = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]
    if len(wrapped) > most:  # the whole text is in the text alternative
        rest = " ".join(wrapped[most - 1 :])
        last = textwrap.shorten(rest, width, placeholder=" …")
        wrapped = [*wrapped[: most - 1], last if last != "…" else rest[: width - 1] + "…"]
    return wrapped


def node_key(path_id: str, step_id: str) -> str:
    """One name for a step among several paths ('/' never occurs in a slug)."""
    return f"{path_id}/{step_id}"


def build_side_by_side(graphs: dict[str, PathGraph], names: dict[str, str], lang: str) -> Diagram:
    """`names`: a short heading for each path's column. Returns DOT for the neato engine."""
    table: list[Row] = rows(graphs)
    row_of = {r: i for i, r in enumerate(table)}
    # A column is as wide as the most steps the path has in any one row.
    widths = {}
    for pid, g in graphs.items():
        counts: dict[Row, int] = {}
        for s in g.path.steps:
            counts[step_row(g, s.id)] = counts.get(step_row(g, s.id), 0) + 1
        widths[pid] = max(counts.values(), default=1)

    dot = graphviz.Digraph(
        "compare",
        engine="neato",
        graph_attr={
            # Routing arrows around boxes costs seconds beyond ~120 boxes: then straight lines.
            "splines": "true" if sum(len(g.path.steps) for g in graphs.values()) <= 120 else "line",
            "bgcolor": "transparent",
            "fontname": "Helvetica",
        },
        node_attr={
            "shape": "box",
            "fontname": "Helvetica",
            "fontsize": "11",
            "fixedsize": "true",
            "width": str(BOX_W),
            "height": str(BOX_H),
            "fontcolor": palette.TEXT,
        },
        edge_attr={"color": "#555555", "arrowsize": "0.7"},
    )
    for r, i in row_of.items():
        dot.node(
            f"row{i}",
            _label(
                _lines(f"{t(f'phase_kind.{r[0]}', lang)} · {t(f'step_kind.{r[1]}', lang)}", 26, 3)
            ),
            pos=f"0,{-(i + 1) * CELL_H}!",
            shape="plaintext",
            width=str(LABEL_W),
            fontsize="12",
            fontcolor="#333333",
        )
    nodes: dict[str, str] = {}
    x = LABEL_W / 2 + CELL_W / 2 + 0.2
    for c, (pid, g) in enumerate(graphs.items()):
        span = widths[pid] * CELL_W
        centre = x + (span - CELL_W) / 2
        dot.node(
            f"head{c}",
            _label(_lines(names[pid], 34, 2)),
            pos=f"{centre},0!",
            shape="plaintext",
            width=str(max(span, BOX_W)),
            fontsize="13",
        )
        actors = {a.id: a for a in g.path.actors}
        used: dict[Row, int] = {}
        name_of = {}
        for k, s in enumerate(g.path.steps):
            row = step_row(g, s.id)
            slot = used.get(row, 0)
            used[row] = slot + 1
            owners = g.responsible(s)
            if owners:
                fill, border, style = palette.ACTOR_COLOURS[actors[owners[0]].kind]
                owner = ", ".join(
                    resolve(actors[a].name, lang, g.path.language).text for a in owners
                )
            else:
                fill, border, style = palette.NO_OWNER
                owner = t("diagram.nobody", lang)
            marks = [t("compare.mark.gap", lang)] if not owners else []
            if len(owners) > 1:
                marks.append(t("compare.mark.overlap", lang))
            title = resolve(s.title, lang, g.path.language).text
            lines = _lines(title, 24, 3) + _lines(owner, 27, 1)
            if marks:
                lines.append("⚠ " + ", ".join(marks))
            name = f"c{c}s{k}"
            name_of[s.id] = name
            nodes[name] = node_key(pid, s.id)
            dot.node(
                name,
                _label(lines),
                pos=f"{x + slot * CELL_W},{-(row_of[row] + 1) * CELL_H}!",
                style=f"rounded,filled,{style}",
                fillcolor=fill,
                color=border,
                penwidth="1.5",
                peripheries="2" if not s.next else "1",
            )
        for s in g.path.steps:
            for tr in s.next:
                attrs = {}
                if tr.handoff == "warm":
                    attrs = {"color": palette.WARM, "penwidth": "2", "style": "bold"}
                elif tr.handoff == "cold":
                    attrs = {"color": palette.COLD, "style": "dashed"}
                dot.edge(name_of[s.id], name_of[tr.to], **attrs)
        x += span + 0.4
    return Diagram(dot.source, nodes)


def legend_for(graphs: dict[str, PathGraph], lang: str) -> list[dict[str, str]]:
    """Each responsible actor kind on the diagram with its colour, and 'no one' for gaps."""
    kinds: dict[str, None] = {}
    gap = False
    for g in graphs.values():
        kind_of = {a.id: a.kind for a in g.path.actors}
        for s in g.path.steps:
            owners = g.responsible(s)
            gap |= not owners
            if owners:
                kinds[kind_of[owners[0]]] = None
    items = [(palette.ACTOR_COLOURS[k], t(f"actor_kind.{k}", lang)) for k in kinds]
    if gap:
        items.append((palette.NO_OWNER, t("diagram.nobody", lang)))
    return [{"fill": f, "border": b, "style": s, "label": label} for (f, b, s), label in items]
