"""The path as a diagram laid out for the screens it is read on.

Steps keep the file's reading order on the drawing: phases are bands, and inside a band the
steps fill rows left to right, a new row starting whenever a step follows one already in the
row (so arrows between rows point down) or the row is full. The same rows make two
arrangements: `bands` stacks the phases top to bottom (narrow screens, print) and `columns`
sets them side by side (wide screens); the viewer shows whichever fits its box at a readable
size. Positions are computed here and pinned; Graphviz (neato) draws the boxes and routes the
arrows around them.

Nodes are compact: number and title, the responsible actor's short name, and only the
findings that change how the path works (gap, overlap, unreachable, no way out). A transition
with a condition carries a small marker ("3b") hung under its step, so no two labels can
collide; the conditions themselves are listed beside the diagram (`Diagram.conditions`).

Every string from a file goes through `graphviz.escape()` and only ever into a `label`. Node
names are generated (`n0`, `t0`, `b0`), never taken from the file; `Diagram.nodes` maps step
nodes back to step ids for the clickable SVG.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field

import graphviz

from polku import palette
from polku.graph import PathGraph
from polku.i18n import t
from polku.models import Step
from polku.text import resolve

FONT = 12.0  # points; the viewer draws one point as one CSS pixel at its smallest, so 12 px
CHAR_W = 0.56 * FONT / 72  # inches per character: Helvetica's average, with a margin
LINE_H = 1.22 * FONT / 72
BOX_W = 2.2  # inches; wider only for a word that does not fit
PAD_X, PAD_Y = 0.12, 0.09
HGAP, VGAP = 0.32, 0.5  # between boxes in a row, and between rows
TAG_H = 0.3
TAG_GAP = 0.04  # neato routes arrows only between boxes that do not touch
BAND_GAP = 0.3  # between bands, and each band's heading above its first row
ROUTE_LIMIT = 160  # beyond this many boxes arrows are drawn straight: routing takes seconds
KEY_FINDINGS = ("gap", "overlap", "unreachable", "no_way_out")
MORE_FINDINGS = ("unsourced",)
# Arrangements, in the order the viewer prefers them when they fit equally well: rows that
# follow the arrows (each arrow points down) first, then rows that wrap like text (compact,
# arrows may point sideways). Each: (phases side by side, rows follow arrows, boxes per row).
VARIANTS: dict[str, tuple[bool, bool, int]] = {
    "flow-columns": (True, True, 3),
    "flow-bands": (False, True, 4),
    "wrap-columns": (True, False, 2),
    "wrap-bands": (False, False, 4),
    "wrap-narrow": (False, False, 3),
    "wrap-pairs": (False, False, 2),  # a tablet held upright
    "single": (False, False, 1),  # a phone, or a tablet with the sidebar open
}
DOWNLOAD = "wrap-bands"  # portrait, for print


@dataclass(frozen=True)
class Condition:
    """A transition's marker on the drawing and what it stands for."""

    marker: str  # "3b": step 3's second marked transition
    step: str
    to: str
    when: str  # the condition in the UI language, "" when the transition has none
    handoff: str | None
    flag: str = ""  # "⚠" on a cold handoff, "?" on an unstated one when all findings are shown


@dataclass(frozen=True)
class Diagram:
    dot: str  # the `DOWNLOAD` arrangement
    nodes: dict[str, str]  # graphviz node name -> step id
    variants: dict[str, str] = field(default_factory=dict)  # arrangement -> DOT
    bands: tuple[tuple[str, tuple[str, ...]], ...] = ()  # heading node, member nodes
    conditions: tuple[Condition, ...] = ()
    engine: str = "neato"
    # Side by side: each table row's heading lines and nodes (see `striped`).
    stripes: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()


def _label(lines: list[str]) -> graphviz.quoting.NoHtml:
    """A multi-line label from file text: each line escaped, then joined with DOT's \\n."""
    return graphviz.nohtml("\\n".join(graphviz.escape(line) for line in lines if line))


def _wrap(text: str, width: int) -> list[str]:
    # Words are never cut: a word longer than the line widens its box instead.
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def short_name(name: str) -> str:
    """An actor's name without its parenthesised detail, which the step panel shows in full."""
    short = re.sub(r"\s*\([^()]*\)", "", name).strip()
    return short or name


def step_number(graph: PathGraph, step_id: str) -> int:
    return graph.position[step_id]


def rows_by_band(
    graph: PathGraph, most: int, follow: bool = True
) -> list[tuple[str, list[list[str]]]]:
    """Bands (runs of steps of one phase, in file order) and their rows of step ids. A row
    holds at most `most` steps; with `follow`, a step that an earlier step of the row leads
    to starts a new row."""
    bands: list[tuple[str, list[list[str]]]] = []
    for step in graph.path.steps:
        if not bands or bands[-1][0] != step.phase:
            bands.append((step.phase, [[]]))
        rows = bands[-1][1]
        row = rows[-1]
        follows = any(
            p in row and (p, step.id) not in graph.back_edges for p in graph.predecessors[step.id]
        )
        if row and ((follow and follows) or len(row) >= most):
            rows.append([])
        rows[-1].append(step.id)
    return bands


@dataclass
class _Box:
    name: str
    lines: list[str]
    attrs: dict[str, str]
    tags: list[tuple[str, str, dict[str, str]]]  # (node name, text, attrs)
    w: float = 0.0
    h: float = 0.0

    def measure(self) -> None:
        longest = max((len(line) for line in self.lines), default=1)
        self.w = max(BOX_W, longest * CHAR_W + 2 * PAD_X)
        self.h = len(self.lines) * LINE_H + 2 * PAD_Y

    def tag_rows(self) -> list[list[tuple[str, str, dict[str, str]]]]:
        rows: list[list[tuple[str, str, dict[str, str]]]] = [[]]
        used = 0.0
        for tag in self.tags:
            width = _tag_w(tag[1]) + 0.06
            if rows[-1] and used + width > self.w:
                rows.append([])
                used = 0.0
            rows[-1].append(tag)
            used += width
        return rows if self.tags else []


def _tag_w(text: str) -> float:
    return len(text) * CHAR_W + 0.16


def tag_nodes(
    dot: graphviz.Digraph, tags: list[tuple[str, str, dict[str, str]]], centre: float, top: float
) -> list[str]:
    """A row of small markers (name, text, attrs with the arrow's `color` and maybe `style`)
    pinned side by side, centred on `centre`, their row's top at `top` (inches, y down)."""
    widths = [_tag_w(text) for _, text, _ in tags]
    x = centre - (sum(widths) + 0.06 * (len(widths) - 1)) / 2
    for (name, text, attrs), w in zip(tags, widths, strict=True):
        dot.node(
            name,
            _label([text]),
            pos=f"{x + w / 2:.3f},{-(top + TAG_H / 2):.3f}!",
            width=f"{w:.3f}",
            height=f"{TAG_H - 2 * TAG_GAP:.3f}",
            margin="0.02,0",
            style=attrs.get("style", "rounded,filled"),
            fillcolor="#FFFFFF",
            color=attrs["color"],
            penwidth="1.2",
        )
        x += w + 0.06
    return [name for name, _, _ in tags]


def build(
    graph: PathGraph,
    lang: str,
    lens_actors: frozenset[str] = frozenset(),
    route: tuple[str, ...] = (),
    findings: bool = True,
    all_findings: bool = False,
    notes: tuple[tuple[str, int], ...] = (),
) -> Diagram:
    """`lens_actors` dims the steps they take no part in; `route` marks the way walked so far
    (its last step is "you are here"); `findings=False` leaves out the marks meant for
    professionals, as on the map shown to a client; `all_findings` adds the minor ones (no
    source, handoff not stated) that are otherwise only listed; `notes`: (step id, count) of a
    workshop room's notes, marked "✎ 2" on their steps."""
    note_count = dict(notes)
    path = graph.path
    walked_edges = set(zip(route, route[1:], strict=False))
    marked = (*KEY_FINDINGS, *MORE_FINDINGS) if all_findings else KEY_FINDINGS

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    actors = {a.id: a for a in path.actors}
    node_of = {step.id: f"n{i}" for i, step in enumerate(path.steps)}
    per_line = int((BOX_W - 2 * PAD_X) / CHAR_W)

    conditions: list[Condition] = []
    boxes: dict[str, _Box] = {}
    tag_count = 0
    edges: list[tuple[str, str, dict[str, str]]] = []
    for step in path.steps:
        boxes[step.id] = box = _step_box(graph, step, lang, text, actors, per_line, node_of)
        if route and step.id == route[-1]:
            box.lines.insert(0, t("diagram.here", lang))
        elif step.id in route:
            box.lines.insert(0, t("diagram.walked", lang))
        box.attrs.update(_step_style(graph, step, actors, lens_actors, route))
        marks = [
            t(f"finding.kind.{f.kind}", lang)
            for f in graph.findings_for(step.id)
            if findings and f.kind in marked
        ]
        if marks:
            box.lines.append("⚠ " + ", ".join(marks))
        if note_count.get(step.id):
            box.lines.append(t("diagram.notes", lang, n=note_count[step.id]))
        letters = 0
        for transition in step.next:
            attrs: dict[str, str] = {}
            flag = ""
            if transition.handoff == "warm":
                attrs.update(style="bold", color=palette.WARM, penwidth="2.2")
            elif transition.handoff == "cold":
                attrs.update(style="dashed", color=palette.COLD, penwidth="1.6")
                flag = " ⚠" if findings else ""
            elif findings and all_findings:
                flag = " ?"
            if (step.id, transition.to) in walked_edges:
                attrs.update(color=palette.TEXT, penwidth="3.5")
            tail = node_of[step.id]
            if transition.when or flag:
                marker = f"{step_number(graph, step.id)}{_letter(letters)}"
                letters += 1
                tail = f"t{tag_count}"
                tag_count += 1
                tag_attrs = {"color": attrs.get("color", "#444444")}
                if transition.handoff == "cold":
                    tag_attrs["style"] = "rounded,filled,dashed"
                box.tags.append((tail, marker + flag, tag_attrs))
                conditions.append(
                    Condition(
                        marker,
                        step.id,
                        transition.to,
                        text(transition.when) if transition.when else "",
                        transition.handoff,
                        flag.strip(),
                    )
                )
            edges.append((tail, node_of[transition.to], attrs))
        box.measure()

    headings = {phase.id: text(phase.title) for phase in path.phases}
    variants: dict[str, str] = {}
    bands_out: tuple[tuple[str, tuple[str, ...]], ...] = ()
    for variant, (side_by_side, follow, most) in VARIANTS.items():
        bands = rows_by_band(graph, most, follow)
        dot, band_members = _arrange(bands, boxes, headings, edges, side_by_side)
        variants[variant] = dot
        bands_out = band_members
    return Diagram(
        variants[DOWNLOAD],
        {v: k for k, v in node_of.items()},
        variants,
        bands_out,
        tuple(conditions),
    )


def _letter(i: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[i] if i < 26 else letters[i // 26 - 1] + letters[i % 26]


def _step_box(graph, step: Step, lang, text, actors, per_line, node_of) -> _Box:
    owners = graph.responsible(step)
    entry = "▶ " if step.id in graph.entries else ""
    lines = _wrap(f"{entry}{step_number(graph, step.id)}. {text(step.title)}", per_line)
    owner = (
        ", ".join(short_name(text(actors[a].name)) for a in owners)
        if owners
        else t("diagram.nobody", lang)
    )
    lines += _wrap(owner, per_line + 2)
    return _Box(node_of[step.id], lines, {}, [])


def _step_style(graph, step: Step, actors, lens_actors, route) -> dict[str, str]:
    owners = graph.responsible(step)
    involved = not lens_actors or any(r.actor in lens_actors for r in step.roles)
    if not involved:
        fill, border, style = palette.DIMMED
    elif owners:
        fill, border, style = palette.ACTOR_COLOURS[actors[owners[0]].kind]
    else:
        fill, border, style = palette.NO_OWNER
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
    return attrs


def _arrange(bands, boxes, headings, edges, side_by_side: bool):
    """DOT with every box pinned: `bands` stacked, or side by side when `side_by_side`."""
    count = sum(len(b.tags) + 1 for b in boxes.values())
    dot = graphviz.Digraph(
        "path",
        engine="neato",
        graph_attr={
            "splines": "true" if count <= ROUTE_LIMIT else "line",
            "esep": "+1",  # arrows may pass close to a box: the markers sit close together
            "bgcolor": "transparent",
            "fontname": "Helvetica",
            "pad": "0.15",
        },
        node_attr={
            "shape": "box",
            "fontname": "Helvetica",
            "fontsize": f"{FONT:g}",
            "margin": f"{PAD_X},{PAD_Y}",
            "fontcolor": palette.TEXT,
            "fixedsize": "true",
        },
        edge_attr={"color": "#444444", "arrowsize": "0.8", "penwidth": "1.3"},
    )
    # Each row's width, and each band's: rows are centred on the widest in their frame.
    row_w = {
        id(row): sum(boxes[s].w for s in row) + HGAP * (len(row) - 1)
        for _, rows in bands
        for row in rows
    }
    band_w = [max(row_w[id(r)] for r in rows) for _, rows in bands]
    widest = max(band_w, default=BOX_W)
    members: list[tuple[str, tuple[str, ...]]] = []
    x0, y = 0.0, 0.0  # top-left of the current band; y grows downwards here
    for i, (phase, rows) in enumerate(bands):
        frame_w = band_w[i] if side_by_side else widest
        heading = _wrap(headings.get(phase, phase), max(int(frame_w / (CHAR_W * 1.08)), 12))
        head_h = len(heading) * LINE_H * 1.1 + 0.08
        head_name = f"b{i}"
        dot.node(
            head_name,
            _label(heading),
            pos=f"{x0 + frame_w / 2:.3f},{-(y + head_h / 2):.3f}!",
            shape="plaintext",
            width=f"{frame_w:.3f}",
            height=f"{head_h:.3f}",
            fontsize=f"{FONT + 1:g}",
            fontcolor="#333333",
        )
        names = [head_name]
        cy = y + head_h + 0.12
        for row in rows:
            row_h = max(boxes[s].h for s in row)
            tag_h = max(len(boxes[s].tag_rows()) for s in row) * TAG_H
            cx = x0 + (frame_w - row_w[id(row)]) / 2
            for sid in row:
                box = boxes[sid]
                top = cy + (row_h - box.h) / 2
                dot.node(
                    box.name,
                    _label(box.lines),
                    pos=f"{cx + box.w / 2:.3f},{-(top + box.h / 2):.3f}!",
                    width=f"{box.w:.3f}",
                    height=f"{box.h:.3f}",
                    **box.attrs,
                )
                names.append(box.name)
                ty = top + box.h + TAG_GAP
                for tag_row in box.tag_rows():
                    names += tag_nodes(dot, tag_row, cx + box.w / 2, ty)
                    ty += TAG_H
                cx += box.w + HGAP
            cy += row_h + tag_h + VGAP
        members.append((head_name, tuple(names)))
        band_h = cy - VGAP - y
        if side_by_side:
            x0 += frame_w + BAND_GAP * 2
        else:
            y += band_h + BAND_GAP * 2
    for tail, head, attrs in edges:
        dot.edge(tail, head, **attrs)
    return dot.source, tuple(members)


_FRAME = (
    '<g class="band"><rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="8" '
    'fill="#F7F9FB" stroke="#9AA5B1" stroke-dasharray="6,4"/></g>\n'
)


def node_bounds(svg: str) -> dict[str, tuple[float, float, float, float]]:
    """Each rendered node's box in the SVG's coordinates: name -> (x0, y0, x1, y1)."""
    boxes: dict[str, tuple[float, float, float, float]] = {}
    for name, body in re.findall(
        r'<g id="node\d+" class="node">\s*<title>([^<]*)</title>(.*?)</g>', svg, re.S
    ):
        xs, ys = [], []
        for points in re.findall(
            r'(?:points|d)="([^"]*)"|<text[^>]* x="([^"]*)" y="([^"]*)"', body
        ):
            points = " ".join(points)
            nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", points)]
            xs += nums[0::2]
            ys += nums[1::2]
        if xs and ys:
            boxes[name] = (min(xs), min(ys), max(xs), max(ys))
    return boxes


def _beneath(svg: str, shapes: list[str]) -> str:
    # First in the graph group, after its title: everything else is drawn over the shapes.
    at = svg.find("</title>", svg.find('class="graph"')) + len("</title>")
    return svg[:at] + "\n" + "".join(shapes) + svg[at:]


def framed(svg: str, bands: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """The rendered SVG with a dashed frame around each band, drawn beneath everything.

    Neato draws no clusters, so the frames are measured from the rendered boxes themselves."""
    boxes = node_bounds(svg)
    frames = []
    for _, names in bands:
        found = [boxes[n] for n in names if n in boxes]
        if not found:
            continue
        x0 = min(b[0] for b in found) - 8
        y0 = min(b[1] for b in found) - FONT * 1.4  # a heading's text y is its baseline
        x1 = max(b[2] for b in found) + 8
        y1 = max(b[3] for b in found) + 8
        frames.append(_FRAME.format(x=x0, y=y0, w=x1 - x0, h=y1 - y0))
    return _beneath(svg, frames)


_STRIPE = (
    '<g class="stripe"><rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="6" '
    'fill="{fill}"/>{text}</g>\n'
)
_STRIPE_TEXT = (
    '<text x="{x:.1f}" y="{y:.1f}" font-family="Helvetica,sans-Serif" font-size="{size:g}" '
    'fill="#333333">{text}</text>'
)


def striped(svg: str, rows: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]) -> str:
    """The rendered SVG with each row of a table (its heading lines, its nodes) headed by its
    heading at the left, every other row on a light stripe across the whole drawing so the eye
    can follow it. The headings are drawn text, not nodes: arrows may pass between them.
    The layout leaves `len(lines) * LINE_H` inches above each row's nodes for its heading."""
    boxes = node_bounds(svg)
    if not boxes:
        return svg
    left = min(b[0] for b in boxes.values()) - 6
    right = max(b[2] for b in boxes.values()) + 6
    line = LINE_H * 72
    shapes = []
    for i, (lines, names) in enumerate(rows):
        found = [boxes[n] for n in names if n in boxes]
        if not found:
            continue
        y0 = min(b[1] for b in found) - len(lines) * line - 10
        y1 = max(b[3] for b in found) + 8
        text = "".join(
            _STRIPE_TEXT.format(
                x=left + 8, y=y0 + 6 + (k + 0.8) * line, size=FONT, text=html.escape(heading)
            )
            for k, heading in enumerate(lines)
        )
        fill = "#F1F4F7" if i % 2 == 0 else "none"
        shapes.append(_STRIPE.format(x=left, y=y0, w=right - left, h=y1 - y0, fill=fill, text=text))
    return _beneath(svg, shapes)


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


def _bezier_points(d: str) -> list[tuple[float, float]]:
    """Points along a Graphviz edge path ("M p C p p p p p p ..."), the curve itself rather
    than its control points, which can lie far outside it."""
    nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", d)]
    pts = list(zip(nums[0::2], nums[1::2], strict=False))
    out = pts[:1]
    for i in range(1, len(pts) - 2, 3):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[i - 1 : i + 3]
        for k in range(1, 11):
            u = k / 10
            a, b, c, e = (1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u**3
            out.append((a * x0 + b * x1 + c * x2 + e * x3, a * y0 + b * y1 + c * y2 + e * y3))
    return out


def cropped(svg: str, margin: float = 6.0) -> str:
    """The SVG's canvas trimmed to what is drawn. Graphviz sizes it to include the curves'
    control points, which the spline router can put an inch or more beside the drawing: an
    empty margin that would make the viewer draw everything smaller."""
    head = re.search(r'<svg[^>]*?width="[\d.]+pt"[^>]*?height="[\d.]+pt"[^>]*>', svg)
    move = re.search(r'class="graph" transform="[^"]*translate\(([-\d.]+) ([-\d.]+)\)"', svg)
    if not head or not move:
        return svg
    xs: list[float] = []
    ys: list[float] = []
    for x0, y0, x1, y1 in node_bounds(svg).values():
        xs += [x0, x1]
        ys += [y0, y1]
    for d in re.findall(r'<path[^>]* d="([^"]*)"', svg):
        for x, y in _bezier_points(d):
            xs.append(x)
            ys.append(y)
    for points in re.findall(r'<polygon[^>]* points="([^"]*)"', svg):
        nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", points)]
        xs += nums[0::2]
        ys += nums[1::2]
    if not xs:
        return svg
    tx, ty = float(move.group(1)), float(move.group(2))
    top = FONT * 1.2  # a text's y is its baseline: room for the headings' letters above it
    x0, y0 = min(xs) - margin + tx, min(ys) - top + ty
    w, h = max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + top + margin
    tag = head.group(0)
    tag = re.sub(r'width="[\d.]+pt"', f'width="{w:.0f}pt"', tag, count=1)
    tag = re.sub(r'height="[\d.]+pt"', f'height="{h:.0f}pt"', tag, count=1)
    tag = re.sub(r'viewBox="[^"]*"', f'viewBox="{x0:.2f} {y0:.2f} {w:.2f} {h:.2f}"', tag)
    return svg[: head.start()] + tag + svg[head.end() :]


def render_variants(diagram: Diagram) -> dict[str, str]:
    """Every arrangement laid out as SVG, band frames drawn; raises `LayoutError`."""
    from polku.layout import render_svg  # the WebAssembly engine loads only when drawing

    out = {}
    for name, dot in (diagram.variants or {"only": diagram.dot}).items():
        svg = render_svg(dot, engine=diagram.engine)
        svg = cropped(svg)
        if diagram.bands:
            svg = framed(svg, diagram.bands)
        if diagram.stripes:
            svg = striped(svg, diagram.stripes)
        out[name] = svg
    return out
