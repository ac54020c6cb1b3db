"""Paths side by side as one diagram: a column per path, a row per (phase kind, step kind), so
the same kind sits on the same row in every path, coloured by the responsible actor's kind.

Laid out for reading across a table: every box text whole (titles and names wrap, never cut),
at the explorer's type size; a path's several steps of one row stack in its column, so columns
stay one box wide and every arrow points down or across. A transition back to a step above
(a loop, or a path whose order differs from the rows') is no arrow up the page but a marker
"↩ 3" under its step. Rows alternate on light stripes. The arrangements differ only in box
width: wide boxes fill a projector's width with few lines, narrow ones keep four paths legible
on a laptop; the viewer shows whichever is largest across its box.

Positions are computed here and pinned (neato with `pos="x,y!"`); Graphviz only draws the
boxes and routes the arrows. Every file string goes through `graphviz.escape()` into a label.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from functools import cache

import graphviz
import pyphen

from polku import palette
from polku.compare import Row, rows, step_row
from polku.diagram import (
    CHAR_W,
    FONT,
    KEY_FINDINGS,
    LINE_H,
    PAD_X,
    PAD_Y,
    ROUTE_LIMIT,
    TAG_GAP,
    TAG_H,
    Diagram,
    _label,
    short_name,
    tag_nodes,
)
from polku.graph import PathGraph
from polku.i18n import t
from polku.text import resolve

# Box widths in inches, widest first: the viewer prefers the first of equally large ones.
VARIANTS: dict[str, float] = {"widest": 5.6, "wide": 4.2, "medium": 3.2, "narrow": 2.5, "slim": 1.9}
DOWNLOAD = "narrow"
COL_GAP, STACK_GAP, ROW_GAP = 0.3, 0.32, 0.36
MARKED = (*KEY_FINDINGS, "cold_handoff")


def node_key(path_id: str, step_id: str) -> str:
    """One name for a step among several paths ('/' never occurs in a slug)."""
    return f"{path_id}/{step_id}"


@dataclass
class _Step:
    name: str
    texts: list[tuple[str, int]]  # (text, extra characters allowed on its lines)
    attrs: dict[str, str]
    back: list[tuple[str, str, dict[str, str]]]  # markers for transitions to a step above


def build_side_by_side(graphs: dict[str, PathGraph], names: dict[str, str], lang: str) -> Diagram:
    """`names`: a short heading for each path's column. Returns DOT for the neato engine."""
    table: list[Row] = rows(graphs)
    row_of = {r: i for i, r in enumerate(table)}
    nodes: dict[str, str] = {}
    steps: dict[tuple[int, str], _Step] = {}
    edges: list[tuple[int, str, str, dict[str, str]]] = []  # column, tail, head, attrs
    for c, (pid, g) in enumerate(graphs.items()):
        actors = {a.id: a for a in g.path.actors}

        def text(value, g=g) -> str:
            return resolve(value, lang, g.path.language).text

        for k, s in enumerate(g.path.steps):
            owners = g.responsible(s)
            if owners:
                fill, border, style = palette.ACTOR_COLOURS[actors[owners[0]].kind]
                owner = ", ".join(short_name(text(actors[a].name)) for a in owners)
            else:
                fill, border, style = palette.NO_OWNER
                owner = t("diagram.nobody", lang)
            entry = "▶ " if s.id in g.entries else ""
            texts = [(f"{entry}{g.position[s.id]}. {text(s.title)}", 0), (owner, 2)]
            marks = dict.fromkeys(
                t(f"finding.kind.{f.kind}", lang) for f in g.findings_for(s.id) if f.kind in MARKED
            )
            if marks:
                texts.append(("⚠ " + ", ".join(marks), 2))
            name = f"c{c}s{k}"
            nodes[name] = node_key(pid, s.id)
            attrs = {
                "style": f"rounded,filled,{style}",
                "fillcolor": fill,
                "color": border,
                "penwidth": "1.5",
            }
            if not s.next:
                attrs["peripheries"] = "2"
            steps[(c, s.id)] = _Step(name, texts, attrs, [])
        for s in g.path.steps:
            for tr in s.next:
                attrs = {}
                if tr.handoff == "warm":
                    attrs = {"color": palette.WARM, "penwidth": "2.2", "style": "bold"}
                elif tr.handoff == "cold":
                    attrs = {"color": palette.COLD, "penwidth": "1.6", "style": "dashed"}
                edges.append((c, s.id, tr.to, attrs))

    # Where each step sits: its row, then its place in its column's stack for that row.
    slot: dict[tuple[int, str], tuple[int, int]] = {}
    for c, g in enumerate(graphs.values()):
        used: dict[int, int] = {}
        for s in g.path.steps:
            r = row_of[step_row(g, s.id)]
            slot[(c, s.id)] = (r, used.get(r, 0))
            used[r] = used.get(r, 0) + 1
    marker_count = 0
    drawn: list[tuple[str, str, dict[str, str]]] = []
    for c, tail, head, attrs in edges:
        if slot[(c, head)] <= slot[(c, tail)]:  # above, or itself: a marker, not an arrow up
            g = list(graphs.values())[c]
            tag_attrs = {"color": attrs.get("color", "#444444")}
            if attrs.get("style") == "dashed":
                tag_attrs["style"] = "rounded,filled,dashed"
            steps[(c, tail)].back.append((f"u{marker_count}", f"↩ {g.position[head]}", tag_attrs))
            marker_count += 1
        else:
            drawn.append((steps[(c, tail)].name, steps[(c, head)].name, attrs))

    # Row headings wrap the same in every arrangement: two of the narrowest columns hold 40.
    row_labels = [
        tuple(
            _wrap_in(f"{t(f'phase_kind.{r[0]}', lang)} · {t(f'step_kind.{r[1]}', lang)}", 40, lang)
        )
        for r in table
    ]
    headings = [names[pid] for pid in graphs]
    variants = {
        variant: _arrange(graphs, steps, slot, drawn, row_labels, headings, width, lang)
        for variant, width in VARIANTS.items()
    }
    stripes = tuple(
        (
            row_labels[i],
            tuple(steps[key].name for key, (r, _) in slot.items() if r == i)
            + tuple(m[0] for key, (r, _) in slot.items() if r == i for m in steps[key].back),
        )
        for i in range(len(table))
    )
    return Diagram(variants[DOWNLOAD], nodes, variants, stripes=stripes)


VOWELS = set("aeiouyäöåAEIOUYÄÖÅ")


@cache
def _hyphenator(lang: str) -> pyphen.Pyphen | None:
    return pyphen.Pyphen(lang={"sv": "sv", "en": "en_GB"}[lang]) if lang in ("sv", "en") else None


def _hyphen_points(word: str, lang: str) -> list[int]:
    """Where `word` may be hyphenated: pyphen's dictionaries for Swedish and English; for
    Finnish, which pyphen has no dictionary for, the basic rule of Finnish syllables, a break
    before a consonant that a vowel follows (työ-voi-ma-vi-ran-o-mai-nen, near enough)."""
    hyphenator = _hyphenator(lang)
    if hyphenator is not None:
        return hyphenator.positions(word)
    return [
        i
        for i in range(2, len(word) - 1)
        if word[i] not in VOWELS
        and word[i].isalpha()
        and word[i + 1] in VOWELS
        and any(c in VOWELS for c in word[:i])
    ]


def _wrap_in(text: str, width: int, lang: str = "fi") -> list[str]:
    """Lines of at most `width` characters: at spaces, then after hyphens, and a word still
    too long is hyphenated where the language allows (or split), so four columns fit a laptop
    and nothing is cut off."""
    out = []
    for line in textwrap.wrap(text, width, break_on_hyphens=True, break_long_words=False) or [""]:
        while len(line) > width:
            points = [p for p in _hyphen_points(line, lang) if p <= width - 1]
            at = max(points, default=width - 1)
            out.append(line[:at] + "-")
            line = line[at:]
        out.append(line)
    return out


def _arrange(graphs, steps, slot, drawn, row_labels, headings, box_w: float, lang: str) -> str:
    count = len(steps) + sum(len(s.back) for s in steps.values())
    dot = graphviz.Digraph(
        "compare",
        engine="neato",
        graph_attr={
            "splines": "true" if count <= ROUTE_LIMIT else "line",
            "esep": "+1",
            "bgcolor": "transparent",
            "fontname": "Helvetica",
            "pad": "0.15",
        },
        node_attr={
            "shape": "box",
            "fontname": "Helvetica",
            "fontsize": f"{FONT:g}",
            "margin": f"{PAD_X},{PAD_Y}",
            "fixedsize": "true",
            "fontcolor": palette.TEXT,
        },
        edge_attr={"color": "#444444", "arrowsize": "0.8", "penwidth": "1.3"},
    )
    per_line = int((box_w - 2 * PAD_X) / CHAR_W)

    def lines_of(step: _Step) -> list[str]:
        return [
            line for text, extra in step.texts for line in _wrap_in(text, per_line + extra, lang)
        ]

    boxes = {key: lines_of(step) for key, step in steps.items()}
    box_h = {key: len(lines) * LINE_H + 2 * PAD_Y for key, lines in boxes.items()}
    columns = len(graphs)
    x_of = [c * (box_w + COL_GAP) for c in range(columns)]
    heads = [_wrap_in(text, int(box_w / (CHAR_W * 1.08)), lang) for text in headings]

    def stack_h(key) -> float:  # a box and its markers
        return box_h[key] + (TAG_GAP + TAG_H if steps[key].back else 0)

    stack: dict[tuple[int, int], float] = {}  # (column, row) -> its boxes' height
    for key, (r, _) in slot.items():
        stack[(key[0], r)] = stack.get((key[0], r), -STACK_GAP) + stack_h(key) + STACK_GAP
    row_h = [0.0] * len(row_labels)
    for (_, r), h in stack.items():
        row_h[r] = max(row_h[r], h)

    head_h = max(len(h) for h in heads) * LINE_H * 1.1 + 0.1
    for c, head in enumerate(heads):
        dot.node(
            f"head{c}",
            _label(head),
            pos=f"{x_of[c] + box_w / 2:.3f},{-head_h / 2:.3f}!",
            shape="plaintext",
            width=f"{box_w:.3f}",
            height=f"{head_h:.3f}",
            fontsize=f"{FONT + 1:g}",
        )
    # Each row: room for its kind as a heading across the stripe (drawn by `striped`, so
    # arrows can pass it), then each path's steps of that kind.
    y = head_h + ROW_GAP
    row_top = []
    for i, label in enumerate(row_labels):
        row_top.append(y + len(label) * LINE_H + 0.12)
        y = row_top[-1] + row_h[i] + ROW_GAP
    stacked: dict[tuple[int, int], float] = {}  # (column, row) -> height used so far
    for key in sorted(slot, key=lambda k: (k[0], slot[k])):
        c, (r, _) = key[0], slot[key]
        h = box_h[key]
        top = row_top[r] + stacked.get((c, r), 0.0)
        stacked[(c, r)] = stacked.get((c, r), 0.0) + stack_h(key) + STACK_GAP
        cx = x_of[c] + box_w / 2
        step = steps[key]
        dot.node(
            step.name,
            _label(boxes[key]),
            pos=f"{cx:.3f},{-(top + h / 2):.3f}!",
            width=f"{box_w:.3f}",
            height=f"{h:.3f}",
            **step.attrs,
        )
        tag_nodes(dot, step.back, cx, top + h + TAG_GAP)
    for tail, head, attrs in drawn:
        dot.edge(tail, head, **attrs)
    return dot.source


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
