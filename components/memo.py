"""Results computed from read-only path graphs, kept instead of computed on every rerun.

A path's graph is built once per file version and shared (components/library.py), so the graphs
themselves are the key: an edited file brings a new graph and so a new entry. An entry holds
its graphs, which keeps their ids from being reused while it lives. The results are shared
between sessions and must not be changed by their callers."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TypeVar

from polku.graph import PathGraph

R = TypeVar("R")
_MAX = 64


def by_paths(fn: Callable[..., R]) -> Callable[..., R]:
    """Memoise `fn(graphs, *args)` on the graphs' identity and the (hashable) other args."""
    store: dict[tuple, tuple[tuple[PathGraph, ...], R]] = {}
    lock = threading.Lock()

    @functools.wraps(fn)
    def cached(graphs: dict[str, PathGraph], *args) -> R:
        held = tuple(graphs.values())
        key = (tuple(graphs), tuple(map(id, held)), args)
        hit = store.get(key)
        if hit is not None and all(a is b for a, b in zip(hit[0], held, strict=True)):
            return hit[1]
        value = fn(graphs, *args)
        with lock:
            while len(store) >= _MAX:
                store.pop(next(iter(store)), None)
            store[key] = (held, value)
        return value

    return cached


def by_graph(fn: Callable[..., R]) -> Callable[..., R]:
    """Memoise `fn(graph, *args)` on the graph's identity and the (hashable) other args."""
    keyed = by_paths(lambda graphs, *args: fn(graphs[""], *args))

    @functools.wraps(fn)
    def cached(graph: PathGraph, *args) -> R:
        return keyed({"": graph}, *args)

    return cached
