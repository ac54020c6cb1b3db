"""The path as a Graphviz diagram: phases left to right, every step coloured *and* named by its
responsible actor, branches labelled, loops drawn back, exits doubled, handoffs styled.

Every string from a file goes through `graphviz.escape()` and only ever into a `label`.
Node names are generated (`n0`, `n1`, …), never taken from the file; `Diagram.nodes` maps
them back to step ids for the clickable SVG.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

import graphviz

from polku import palette
from polku.graph import PathGraph
from polku.i18n import t
from polku.models import Step
from polku.text import resolve

WRAP = 26
MARKED_FINDINGS = ("gap", "overlap", "unsourced", "unreachable", "no_way_out")


@dataclass(frozen=True)
class Diagram:
    dot: str
    nodes: dict[str, str]  # graphviz node name -> step id


def _label(*lines: str) -> graphviz.quoting.NoHtml:
    """A multi-line label from file text: each line escaped, then joined with DOT's \\n."""
    return graphviz.nohtml("\\n".join(graphviz.escape(line) for line in lines if line))


def _wrap(text: str, width: int = WRAP) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def step_number(graph: PathGraph, step_id: str) -> int:
    return graph.position[step_id]


def build(
    graph: PathGraph,
    lang: str,
    lens_actors: frozenset[str] = frozenset(),
    route: tuple[str, ...] = (),
    findings: bool = True,
) -> Diagram:
    """`lens_actors` dims the steps they take no part in; `route` marks the way walked so far
    (its last step is "you are here"); `findings=False` leaves out the marks meant for
    professionals (gaps, overlaps, no source), as on the map shown to a client."""
    path = graph.path
    walked_edges = set(zip(route, route[1:], strict=False))

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    actors = {a.id: a for a in path.actors}
    node_of = {step.id: f"n{i}" for i, step in enumerate(path.steps)}
    dot = graphviz.Digraph(
        "path",
        graph_attr={
            "rankdir": "LR",
            "fontname": "Helvetica",
            "fontsize": "13",
            "nodesep": "0.35",
            "ranksep": "0.5",
            "bgcolor": "transparent",
            "newrank": "true",
            "compound": "true",
        },
        node_attr={
            "shape": "box",
            "fontname": "Helvetica",
            "fontsize": "12",
            "margin": "0.15,0.08",
            "fontcolor": palette.TEXT,
        },
        edge_attr={
            "fontname": "Helvetica",
            "fontsize": "10",
            "color": "#444444",
            "fontcolor": "#222222",
        },
    )

    def add_step(sub: graphviz.Digraph, step: Step) -> None:
        owners = graph.responsible(step)
        involved = not lens_actors or any(r.actor in lens_actors for r in step.roles)
        if not involved:
            fill, border, style = palette.DIMMED
        elif owners:
            fill, border, style = palette.ACTOR_COLOURS[actors[owners[0]].kind]
        else:
            fill, border, style = palette.NO_OWNER
        marks = [
            t(f"finding.kind.{f.kind}", lang)
            for f in graph.findings_for(step.id)
            if findings and f.kind in MARKED_FINDINGS
        ]
        title = f"{step_number(graph, step.id)}. {text(step.title)}"
        owner_line = (
            ", ".join(text(actors[a].name) for a in owners) if owners else t("diagram.nobody", lang)
        )
        lines = [*_wrap(title), *_wrap(owner_line, WRAP + 6)]
        if step.id in graph.entries:
            lines.insert(0, t("diagram.entry", lang))
        if not step.next:
            lines.append(t("diagram.exit", lang))
        if marks:
            lines.append("⚠ " + ", ".join(marks))
        if route and step.id == route[-1]:
            lines.insert(0, t("diagram.here", lang))
        elif step.id in route:
            lines.insert(0, t("diagram.walked", lang))
        attrs = {
            "style": f"rounded,filled,{style}",
            "fillcolor": fill,
            "color": border,
            "penwidth": "2.5" if (lens_actors and involved) else "1.5",
            "fontcolor": palette.TEXT if involved else palette.DIMMED_TEXT,
        }
        if not step.next:
            attrs["peripheries"] = "2"
        if route and step.id == route[-1]:
            attrs.update(penwidth="4", color=palette.TEXT)
        elif step.id in route:
            attrs.update(penwidth="2.5", color=palette.TEXT)
        sub.node(node_of[step.id], _label(*lines), **attrs)

    for i, phase in enumerate(path.phases):
        members = [s for s in path.steps if s.phase == phase.id]
        if not members:
            continue
        with dot.subgraph(name=f"cluster_{i}") as sub:
            sub.attr(
                label=_label(text(phase.title)),
                style="rounded,dashed",
                color="#9AA5B1",
                fontcolor="#333333",
                labeljust="l",
            )
            for step in members:
                add_step(sub, step)

    for step in path.steps:
        for transition in step.next:
            lines = _wrap(text(transition.when), WRAP) if transition.when else []
            attrs = {}
            if transition.handoff == "warm":
                lines.append(t("diagram.warm", lang))
                attrs.update(style="bold", color=palette.WARM, penwidth="2")
            elif transition.handoff == "cold":
                lines.append(t("diagram.cold", lang))
                attrs.update(style="dashed", color=palette.COLD, penwidth="1.5")
            if (step.id, transition.to) in graph.back_edges:
                attrs["constraint"] = "false"
            if (step.id, transition.to) in walked_edges:
                attrs.update(color=palette.TEXT, penwidth="3.5")
            dot.edge(
                node_of[step.id],
                node_of[transition.to],
                label=_label(*lines) if lines else None,
                **attrs,
            )
    return Diagram(dot.source, {v: k for k, v in node_of.items()})


def legend(graph: PathGraph, lang: str, lens_active: bool) -> list[dict[str, str]]:
    """The legend for `build`'s colours, each paired with the words it stands for."""

    def entry(colours: tuple[str, str, str], label: str) -> dict[str, str]:
        return {"fill": colours[0], "border": colours[1], "style": colours[2], "label": label}

    actors = {a.id: a for a in graph.path.actors}
    kinds = dict.fromkeys(actors[o].kind for s in graph.path.steps for o in graph.responsible(s))
    out = [entry(palette.ACTOR_COLOURS[k], t(f"actor_kind.{k}", lang)) for k in kinds]
    if any(not graph.responsible(s) for s in graph.path.steps):
        out.append(entry(palette.NO_OWNER, t("diagram.nobody", lang)))
    if lens_active:
        out.append(entry(palette.DIMMED, t("diagram.legend_dimmed", lang)))
    return out
