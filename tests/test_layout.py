import graphviz
import pytest

from polku.layout import LayoutError, render_svg


def test_svg_layout_works_from_a_pip_install_and_text_stays_literal():
    title = '"]; x [label="<script>alert(1)</script>'
    dot = graphviz.Digraph()
    dot.node("a", graphviz.escape(title))
    dot.node("b", "B")
    dot.edge("a", "b")
    svg = render_svg(dot.source)
    assert svg.lstrip().startswith("<?xml") or "<svg" in svg[:500]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg
    assert "<script>" not in svg
    assert svg.count('<g id="node') == 2


def test_broken_dot_raises_a_layout_error():
    with pytest.raises(LayoutError):
        render_svg("digraph { a -> }")
