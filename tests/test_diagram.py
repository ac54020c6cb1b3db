import html
import re

import pytest

from polku import palette
from polku.describe import step_sentences
from polku.diagram import build
from polku.graph import PathGraph
from polku.layout import render_svg
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


@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_step_is_a_node_and_in_the_text_alternative(name, lang):
    graph = GRAPHS[name]
    diagram = build(graph, lang)
    svg = render_svg(diagram.dot)
    assert sorted(svg_nodes(svg)) == sorted(diagram.nodes)
    assert sorted(diagram.nodes.values()) == sorted(graph.order)
    sentences = step_sentences(graph, lang)
    assert len(sentences) == len(graph.order)


def test_file_text_is_escaped_and_shown_literally(minimal):
    minimal["steps"][0]["title"] = '"]; x [label="'
    minimal["steps"][1]["title"] = "<script>alert(1)</script> \\n {x}"
    minimal["steps"][0]["next"][0]["when"] = "<b>bold</b>"
    graph = PathGraph(load_text(dump(minimal), "x").path)
    svg = render_svg(build(graph, "fi").dot)
    texts = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
    assert '1. "]; x [label="' in texts
    # Wrapped over lines, and the literal backslash-n stays text, not a line break.
    assert "2. <script>alert(1)</script> \\n {x}" in " ".join(texts)
    assert "<b>bold</b>" in texts
    assert "<script>" not in svg and "<b>" not in svg
    # Still exactly one node per step: the quote in the title did not open a new node.
    assert len(svg_nodes(svg)) == 2


def test_node_names_never_come_from_the_file():
    diagram = build(GRAPHS["findings"], "en")
    names = re.findall(r"^\s*(\S+) \[", diagram.dot, re.M)
    assert names and all(re.fullmatch(r"n\d+|graph|node|edge", n) for n in names)


def test_file_text_only_in_labels():
    dot = build(generated(11), "fi").dot
    for attr, value in re.findall(r'(\w+)="((?:[^"\\]|\\.)*)"', dot):
        if "Vaihe" in value or "Toimija" in value or "script" in value:
            assert attr == "label", (attr, value)


def test_styles_say_what_colour_says():
    graph = GRAPHS["findings"]
    dot = build(graph, "en").dot
    assert "peripheries=2" in dot  # exits are doubled
    assert "warm handoff" in dot and "style=bold" in dot
    assert "cold handoff" in dot and "style=dashed" in dot
    assert "no one responsible" in dot  # the gap names itself
    assert "constraint=false" in dot  # the loop back


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
