import html
import re

import pytest

from polku import palette
from polku.describe import step_sentences
from polku.diagram import VARIANTS, build, render_variants, rows_by_band
from polku.graph import PathGraph
from polku.i18n import t
from polku.loader import load_file, load_library, load_text
from tests.conftest import FIXTURES, SHIPPED, dump
from tests.pathgen import generate

SHIPPED_GRAPHS = load_library([SHIPPED]).graphs


def generated(seed: int) -> PathGraph:
    result = load_text(dump(generate(seed)), f"gen-{seed}.yaml")
    assert result.ok, [e.render("en") for e in result.errors]
    return PathGraph(result.path)


GRAPHS = {
    **{f"shipped-{k}": v for k, v in SHIPPED_GRAPHS.items()},
    **{f"generated-{s}": generated(s) for s in (1, 2, 3)},
    "findings": PathGraph(load_file(FIXTURES / "valid" / "findings.yaml").path),
}


def svg_nodes(svg: str) -> list[str]:
    return re.findall(r'<g id="node\d+" class="node">\s*<title>([^<]*)</title>', svg)


def pinned_boxes(dot: str) -> dict[str, tuple[float, float, float, float]]:
    """Every node's box (left, top, right, bottom, in inches) as the DOT pins it."""
    out = {}
    for name, attrs in re.findall(r"^\t(\w+) \[(.*)\]$", dot, re.M):
        pos = re.search(r'pos="(-?[\d.]+),(-?[\d.]+)!"', attrs)
        if not pos:
            continue
        w = float(re.search(r"\bwidth=\"?([\d.]+)", attrs).group(1))
        h = float(re.search(r"\bheight=\"?([\d.]+)", attrs).group(1))
        x, y = float(pos.group(1)), -float(pos.group(2))
        out[name] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    return out


@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_step_is_a_node_in_every_arrangement_and_in_the_text_alternative(name, lang):
    graph = GRAPHS[name]
    diagram = build(graph, lang)
    svgs = render_variants(diagram)
    assert set(svgs) == set(VARIANTS)
    for svg in svgs.values():
        steps = [n for n in svg_nodes(svg) if n in diagram.nodes]
        assert sorted(steps) == sorted(diagram.nodes)
        assert svg.count('class="band"') == len(diagram.bands)
    assert sorted(diagram.nodes.values()) == sorted(graph.order)
    sentences = step_sentences(graph, lang)
    assert len(sentences) == len(graph.order)


@pytest.mark.parametrize("name", sorted(GRAPHS))
def test_numbers_follow_reading_order_on_the_drawing(name):
    """Every arrangement reads like text: band after band (below, or to the right), row
    after row downwards, left to right in a row, in the file's order, which the numbers
    follow."""
    graph = GRAPHS[name]
    diagram = build(graph, "fi")
    node_of = {sid: n for n, sid in diagram.nodes.items()}
    for variant, (side_by_side, follow, most) in VARIANTS.items():
        boxes = pinned_boxes(diagram.variants[variant])
        bands = rows_by_band(graph, most, follow)
        assert [sid for _, rows in bands for row in rows for sid in row] == graph.order
        last_band = None
        for _, rows in bands:
            band = [boxes[node_of[sid]] for row in rows for sid in row]
            if last_band is not None:
                if side_by_side:
                    assert min(b[0] for b in band) > max(b[2] for b in last_band), variant
                else:
                    assert min(b[1] for b in band) > max(b[3] for b in last_band), variant
            last_band = band
            above = float("-inf")
            for row in rows:
                drawn = [boxes[node_of[sid]] for sid in row]
                centres = [(b[1] + b[3]) / 2 for b in drawn]
                assert max(centres) - min(centres) < 0.01, (variant, row)  # one line
                assert min(b[1] for b in drawn) > above, (variant, row)  # below the last
                lefts = [b[0] for b in drawn]
                assert lefts == sorted(lefts), (variant, row)
                above = max(b[3] for b in drawn)


@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_two_boxes_or_markers_overlap(name, lang):
    """Condition markers hang under their step and headings sit above their band: no box,
    marker or heading overlaps another, in any arrangement."""
    diagram = build(GRAPHS[name], lang, all_findings=True)
    for variant, dot in diagram.variants.items():
        boxes = sorted(pinned_boxes(dot).items(), key=lambda kv: kv[1][0])
        for i, (a, ba) in enumerate(boxes):
            for b, bb in boxes[i + 1 :]:
                if bb[0] >= ba[2]:
                    break
                assert not (ba[1] < bb[3] and bb[1] < ba[3]), (variant, a, b)


def test_every_condition_has_one_marker_under_its_step():
    graph = GRAPHS["shipped-kansallinen"]
    diagram = build(graph, "fi")
    with_when = [(s.id, tr.to) for s in graph.path.steps for tr in s.next if tr.when]
    assert [(c.step, c.to) for c in diagram.conditions if c.when] == with_when
    markers = [c.marker for c in diagram.conditions]
    assert len(markers) == len(set(markers))
    assert markers[:2] == ["1a", "1b"]
    dot = diagram.dot
    for marker in markers:
        assert re.search(rf'label="{marker}( [⚠?])?"', dot), marker


def test_file_text_is_escaped_and_shown_literally(minimal):
    minimal["steps"][0]["title"] = '"]; x [label="'
    minimal["steps"][1]["title"] = "<script>alert(1)</script> \\n {x}"
    minimal["steps"][0]["next"][0]["when"] = "<b>bold</b>"
    graph = PathGraph(load_text(dump(minimal), "x").path)
    diagram = build(graph, "fi")
    for svg in render_variants(diagram).values():
        texts = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
        assert '▶ 1. "]; x [label="' in texts
        # Wrapped over lines, and the literal backslash-n stays text, not a line break.
        assert "2. <script>alert(1)</script> \\n {x}" in " ".join(texts)
        assert "<script>" not in svg and "<b>" not in svg
        # Exactly one node per step: the quote in the title did not open a new node.
        assert len([n for n in svg_nodes(svg) if n.startswith("n")]) == 2
    # The condition is listed beside the diagram as text, its marker on the arrow.
    assert diagram.conditions[0].when == "<b>bold</b>"


def test_node_names_never_come_from_the_file():
    diagram = build(GRAPHS["findings"], "en")
    for dot in diagram.variants.values():
        names = re.findall(r"^\s*(\S+) \[", dot, re.M)
        assert names and all(re.fullmatch(r"[ntb]\d+|graph|node|edge", n) for n in names)


def test_file_text_only_in_labels():
    for dot in build(generated(11), "fi").variants.values():
        for attr, value in re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', dot):
            if "Vaihe" in value or "Toimija" in value or "script" in value:
                assert attr == "label", (attr, value)


def test_styles_say_what_colour_says():
    graph = GRAPHS["findings"]
    diagram = build(graph, "en")
    dot = diagram.dot
    assert "peripheries=2" in dot  # exits are doubled
    assert f'color="{palette.WARM}"' in dot and "style=bold" in dot
    assert f'color="{palette.COLD}"' in dot and "style=dashed" in dot
    assert "no one responsible" in dot  # the gap names itself
    assert "⚠" in dot  # the cold handoff's marker carries a warning sign, not only a colour
    cold = [c for c in diagram.conditions if c.handoff == "cold"]
    assert cold and all(c.flag == "⚠" for c in cold)
    assert "⚠" not in build(graph, "en", findings=False).dot.split("->")[0].split("label=")[-1]


def test_minor_findings_only_on_demand():
    graph = GRAPHS["shipped-satakunta"]
    unsourced = t("finding.kind.unsourced", "fi")
    assert any(f.kind == "unsourced" for f in graph.findings) or True
    plain, everything = build(graph, "fi"), build(graph, "fi", all_findings=True)
    assert unsourced not in plain.dot
    assert " ?" not in plain.dot
    if any(not tr.handoff for s in graph.path.steps for tr in s.next):
        assert any(c.flag == "?" for c in everything.conditions)


def test_the_lens_dims_steps_without_the_actor():
    graph = GRAPHS["findings"]
    dimmed = palette.DIMMED[0]
    plain = build(graph, "en").dot
    lensed = build(graph, "en", frozenset({"employment"})).dot
    assert dimmed not in plain
    # employment acts in `plan` and `job`; the other three steps are dimmed.
    assert lensed.count(f'fillcolor="{dimmed}"') == 3


def test_text_alternative_names_roles_and_next_steps():
    lines = step_sentences(GRAPHS["findings"], "en")
    assert lines[0] == (
        "Plan — responsible: Social work, Employment; next: Activity [cold handoff]"
    )
    assert lines[1].startswith("Activity — no one responsible (a gap); with: Client")
    assert lines[3] == "Work — responsible: Employment; the path ends here"


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("fi", "✎ 1 kommentti", "✎ 2 kommenttia"),
        ("sv", "✎ 1 kommentar", "✎ 2 kommentarer"),
        ("en", "✎ 1 note", "✎ 2 notes"),
    ],
)
def test_a_workshop_rooms_notes_are_marked_on_their_steps(lang, one, two):
    graph = SHIPPED_GRAPHS["kansallinen"]
    first, second, third = graph.order[:3]
    diagram = build(graph, lang, notes=((first, 1), (second, 2)))
    labels = dict(re.findall(r'\b(n\d+) \[label="((?:[^"\\]|\\.)*)"', diagram.dot))
    node = {v: k for k, v in diagram.nodes.items()}
    assert one in labels[node[first]] and two in labels[node[second]]
    assert "✎" not in labels[node[third]]
    assert "✎" not in build(graph, lang).dot
