"""The loaded paths, shared by every session and rebuilt only when a file changes."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import streamlit as st

from polku.graph import PathGraph
from polku.loader import Library, library_key, load_library, load_text, path_dirs
from polku.models import PathFile


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(key: tuple[tuple[str, int, int], ...], dirs: tuple[str, ...]) -> Library:
    # `key` (file, size, mtime) is what makes an edited file load again; it is cheap to hash.
    return load_library(Path(d) for d in dirs)


OWN = "_own_paths"  # this session's own paths: {path id: YAML text}, never written to disk
SESSION_PREFIX = "session:"  # stands for a file name: own paths have none


@st.cache_resource(show_spinner=False, max_entries=256)
def _parse(text: str) -> tuple[PathFile | None, PathGraph | None]:
    # Keyed on the text itself: the same upload in two sessions is parsed once, and the
    # model is immutable, so sharing it is safe.
    result = load_text(text, "upload.yaml")
    return (result.path, PathGraph(result.path)) if result.path else (None, None)


def shared_library() -> Library:
    dirs = path_dirs()
    return _load(library_key(dirs), tuple(str(d) for d in dirs))


def get_library() -> Library:
    """The shared paths, with this session's own paths added (an own path replaces a shared
    one with the same id, for this session only)."""
    shared = shared_library()
    own = st.session_state.get(OWN) or {}
    if not own:
        return shared
    paths, files, graphs = dict(shared.paths), dict(shared.files), dict(shared.graphs)
    for pid, text in own.items():
        path, graph = _parse(text)
        if path is None or path.id != pid:
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        paths[pid], graphs[pid] = path, graph
        files[pid] = f"{SESSION_PREFIX}{digest}/{pid}.yaml"
    return Library(paths, files, shared.failed, graphs)


def own_ids() -> set[str]:
    return set(st.session_state.get(OWN) or {})


MAX_OWN = 20  # own paths per session: each may be up to 1 MiB of text in memory


def publish(path_id: str, text: str) -> bool:
    """Make a valid path this session's own (the text must already have loaded). False when
    the session already holds MAX_OWN other paths."""
    own = st.session_state.setdefault(OWN, {})
    if path_id not in own and len(own) >= MAX_OWN:
        return False
    own[path_id] = text
    return True


def withdraw(path_id: str) -> None:
    (st.session_state.get(OWN) or {}).pop(path_id, None)


def folders() -> list[str]:
    return [str(d) for d in path_dirs()]


def today() -> dt.date:
    return dt.date.today()
