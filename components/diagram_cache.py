"""Laid-out diagrams, shared by every session; keyed on the version of the file the library
holds (`Library.versions`: path, size and mtime, or a draft's digest), never on the parsed
model (Streamlit would hash the whole structure on every rerun)."""

from __future__ import annotations

import re
import threading
from collections.abc import Hashable

import streamlit as st

from polku.compare import short_names
from polku.compare_diagram import build_side_by_side
from polku.diagram import Diagram, build, render_variants
from polku.graph import PathGraph
from polku.layout import LayoutError

MAX_LAYOUT_STEPS = 400  # beyond this a layout could keep a core busy for seconds

_PROLOG = re.compile(r"<\?xml[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*|<!--.*?-->\s*", re.S)
_OTHER_TITLE = re.compile(r'(<g id="[^"]*" class="(?:edge|cluster)">)\s*<title>[^<]*</title>')
_FONT = ' font-family="Helvetica,sans-Serif"'
_GEOMETRY = re.compile(r' (d|points|x|y)="([^"]*)"')
_DECIMALS = re.compile(r"(\d\.\d)\d+")
_BETWEEN_TAGS = re.compile(r">\s+<")


def _tenths(m: re.Match) -> str:
    digits = _DECIMALS.sub(r"\1", m[2])
    return f' {m[1]}="{digits}"'


def compact_svg(svg: str) -> str:
    """Graphviz's SVG without what nobody sees: the prolog and comments, the arrows' titles
    (node titles stay: they map a drawn step to its id), one font attribute on the root instead
    of one on every text, coordinates to a tenth of a point. About a fifth smaller, and it is
    sent (in up to seven arrangements) with every new session's first run."""
    svg = _PROLOG.sub("", svg)
    svg = _OTHER_TITLE.sub(r"\1", svg)
    if svg.count(_FONT) == svg.count(" font-family="):
        svg = svg.replace(_FONT, "").replace("<svg ", "<svg" + _FONT + " ", 1)
    svg = _GEOMETRY.sub(_tenths, svg)
    return _BETWEEN_TAGS.sub("><", svg).strip()


def _compact(svgs: dict[str, str]) -> dict[str, str]:
    return {name: compact_svg(svg) for name, svg in svgs.items()}


@st.cache_resource(max_entries=256, show_spinner=False)
def _diagram(
    version: Hashable,
    path_id: str,
    lang: str,
    lens: tuple[str, ...],
    route: tuple[str, ...],
    client: bool,
    all_findings: bool,
    notes: tuple[tuple[str, int], ...],
    _graph: PathGraph,
) -> tuple[Diagram, dict[str, str] | None]:
    diagram = build(
        _graph,
        lang,
        frozenset(lens),
        route,
        findings=not client,
        all_findings=all_findings,
        notes=notes,
    )
    if len(_graph.path.steps) > MAX_LAYOUT_STEPS:
        return diagram, None
    try:
        return diagram, _compact(render_variants(diagram))
    except LayoutError:
        return diagram, None


def diagram_for(
    version: Hashable,
    path_id: str,
    lang: str,
    graph: PathGraph,
    *,
    lens: tuple[str, ...] = (),
    route: tuple[str, ...] = (),
    client: bool = False,
    all_findings: bool = False,
    notes: tuple[tuple[str, int], ...] = (),
):
    """(Diagram, {arrangement: svg} or None). The graph itself is not hashed: `version`
    stands for it. `client`: the map shown to a client, without the professionals' finding
    marks; `all_findings`: the minor findings marked too; `notes`: a workshop room's note
    counts per step, marked on the steps."""
    key = (version, path_id, lang, lens, route, client, all_findings, notes)
    found = _recent.get(key)
    if found is None:
        found = _diagram(*key, graph)
        with _recent_lock:
            while len(_recent) >= _RECENT_MAX:
                _recent.pop(next(iter(_recent)), None)
            _recent[key] = found
    return found


# The last drawings asked for, by their plain key: a step click asks for the same drawing again,
# and a dict lookup is cheaper than st.cache_resource hashing its arguments on every run.
_recent: dict[tuple, tuple[Diagram, dict[str, str] | None]] = {}
_RECENT_MAX = 64
_recent_lock = threading.Lock()


@st.cache_resource(max_entries=64, show_spinner=False)
def _side_by_side(
    versions: tuple[Hashable, ...],
    ids: tuple[str, ...],
    lang: str,
    _graphs: dict[str, PathGraph],
) -> tuple[Diagram, dict[str, str] | None]:
    graphs = {pid: _graphs[pid] for pid in ids}
    diagram = build_side_by_side(graphs, short_names(graphs, lang), lang)
    if sum(len(g.path.steps) for g in graphs.values()) > MAX_LAYOUT_STEPS * 4:
        return diagram, None
    try:
        return diagram, _compact(render_variants(diagram))
    except LayoutError:
        return diagram, None


def side_by_side_for(versions: dict[str, Hashable], graphs: dict[str, PathGraph], lang: str):
    """(Diagram, {arrangement: svg} or None) for paths side by side, keyed on their files'
    versions."""
    ids = tuple(graphs)
    return _side_by_side(tuple(versions[pid] for pid in ids), ids, lang, graphs)
