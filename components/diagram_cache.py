"""Laid-out diagrams, shared by every session; keyed on the file's path and mtime, never on
the parsed model (Streamlit would hash the whole structure on every rerun)."""

from __future__ import annotations

import os

import streamlit as st

from polku.compare import short_names
from polku.compare_diagram import build_side_by_side
from polku.diagram import Diagram, build
from polku.graph import PathGraph
from polku.layout import LayoutError, render_svg

MAX_LAYOUT_STEPS = 400  # beyond this a layout could keep a core busy for seconds


def file_key(file: str) -> tuple[str, int]:
    try:
        return (file, os.stat(file).st_mtime_ns)
    except OSError:
        return (file, -1)


@st.cache_resource(max_entries=256, show_spinner=False)
def _diagram(
    key: tuple[str, int],
    path_id: str,
    lang: str,
    lens: tuple[str, ...],
    route: tuple[str, ...],
    _graph: PathGraph,
) -> tuple[Diagram, str | None]:
    diagram = build(_graph, lang, frozenset(lens), route)
    if len(_graph.path.steps) > MAX_LAYOUT_STEPS:
        return diagram, None
    try:
        return diagram, render_svg(diagram.dot)
    except LayoutError:
        return diagram, None


def diagram_for(
    file: str,
    path_id: str,
    lang: str,
    graph: PathGraph,
    *,
    lens: tuple[str, ...] = (),
    route: tuple[str, ...] = (),
):
    """(Diagram, svg or None). The graph itself is not hashed: `file_key` stands for it."""
    return _diagram(file_key(file), path_id, lang, lens, route, graph)


@st.cache_resource(max_entries=64, show_spinner=False)
def _side_by_side(
    keys: tuple[tuple[str, int], ...],
    ids: tuple[str, ...],
    lang: str,
    _graphs: dict[str, PathGraph],
) -> tuple[Diagram, str | None]:
    graphs = {pid: _graphs[pid] for pid in ids}
    diagram = build_side_by_side(graphs, short_names(graphs, lang), lang)
    if sum(len(g.path.steps) for g in graphs.values()) > MAX_LAYOUT_STEPS * 4:
        return diagram, None
    try:
        return diagram, render_svg(diagram.dot, engine="neato")
    except LayoutError:
        return diagram, None


def side_by_side_for(files: dict[str, str], graphs: dict[str, PathGraph], lang: str):
    """(Diagram, svg or None) for paths side by side, keyed on their files' mtimes."""
    ids = tuple(graphs)
    return _side_by_side(tuple(file_key(files[pid]) for pid in ids), ids, lang, graphs)
