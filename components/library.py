"""The loaded paths, shared by every session and rebuilt only when a file changes."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path

import streamlit as st

from polku.graph import PathGraph
from polku.loader import Library, LoadResult, library_key, load_library, load_text, path_dirs

# The library each set of folders last loaded: a file that turns invalid keeps its last
# valid version on screen, and unchanged files keep their graphs.
_latest: dict[tuple[str, ...], Library] = {}
# The libraries loaded, by (folders, every file's (name, size, mtime)): looked up on every run
# of every page, so a plain dict (st.cache_resource hashes its arguments on each call, which
# cost more than the lookup it guards).
_loaded: dict[tuple, Library] = {}
_LOADED_MAX = 4
_load_lock = threading.Lock()


def _load(key: tuple[tuple[str, int, int], ...], dirs: tuple[str, ...]) -> Library:
    found = _loaded.get((dirs, key))
    if found is not None:
        return found
    with _load_lock:  # sessions that open at once load the files once
        found = _loaded.get((dirs, key))
        if found is None:
            found = load_library((Path(d) for d in dirs), previous=_latest.get(dirs))
            _latest[dirs] = found
            while len(_loaded) >= _LOADED_MAX:
                _loaded.pop(next(iter(_loaded)), None)
            _loaded[(dirs, key)] = found
    return found


def forget_loaded() -> None:
    """Drop the loaded libraries (tests that start from empty caches)."""
    with _load_lock:
        _loaded.clear()
        _latest.clear()


OWN = "_own_paths"  # this session's own paths: {path id: YAML text}, never written to disk
# The participant token of the workshop room this session is in (components/room.py).
IN_ROOM = "_room_remembered"
SESSION_PREFIX = "session:"  # stands for a file name: own paths have none


@st.cache_resource(show_spinner=False, max_entries=256)
def parse_text(text: str) -> tuple[LoadResult, PathGraph | None]:
    """A path held as text (an upload, a draft), loaded once per distinct text: the same text
    in two sessions or on two reruns is parsed once, and the results are immutable."""
    result = load_text(text, "draft.yaml")
    return result, (PathGraph(result.path) if result.path else None)


def session_file(path_id: str, text: str) -> str:
    """What stands for the file name of a path held as text (the diagram cache keys on it)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return f"{SESSION_PREFIX}{digest}/{path_id}.yaml"


def shared_library() -> Library:
    dirs = path_dirs()
    return _load(library_key(dirs), tuple(str(d) for d in dirs))


def get_library() -> Library:
    """The shared paths, with the workshop room's paths when the link names a room, and this
    session's own paths added (an own path replaces a shared one with the same id, for this
    session only)."""
    shared = shared_library()
    if st.query_params.get("room") or st.session_state.get(IN_ROOM):
        from components.room import current_room, room_library  # room imports this module

        here = current_room()
        if here is not None:
            shared = room_library(shared, here.room)
    own = st.session_state.get(OWN) or {}
    if not own:
        return shared
    paths, files, graphs = dict(shared.paths), dict(shared.files), dict(shared.graphs)
    versions, stale = dict(shared.versions), dict(shared.stale)
    for pid, text in own.items():
        result, graph = parse_text(text)
        if graph is None or result.path.id != pid:
            continue
        paths[pid], graphs[pid] = result.path, graph
        files[pid] = versions[pid] = session_file(pid, text)
        stale.pop(pid, None)
    return Library(paths, files, shared.failed, graphs, versions, stale)


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
