"""The workshop room a link names (`?room=<token>`), shared by every page that shows it.

The database engine is one per server process (`st.cache_resource`). When the database cannot be
reached, the pages go on with the shipped paths and the workshop page says what is wrong: every
store call here turns a fault into a message key, never a traceback.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from collections import Counter
from collections.abc import Callable
from typing import Any, NamedTuple

import streamlit as st

from components.library import IN_ROOM, parse_text
from polku.i18n import t
from polku.loader import Library
from polku.messages import MESSAGES
from polku.store import StoreError, engine_from_env
from polku.store.rooms import (
    Note,
    Refused,
    Room,
    RoomPath,
    notes,
    purge_if_due,
    revision,
    room_for,
    room_paths,
)

ROOM = "room"  # the link's parameter
ROOM_PREFIX = "room:"  # stands for the file name of a path held in a room
# A token is secrets.token_urlsafe(24): 32 URL-safe characters. Anything else in a link is
# refused here, before the database sees it.
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
RETRY_SECONDS = 10.0  # after a failed connection, the next try waits this long
BROWSER = "_room_browser"  # a random id for +1 votes: per browser tab (session state)
# The participant token of the room this session is in: the sidebar's links drop `?room=`, and a
# participant who moves to another page should stay in the room until they leave it.
REMEMBERED = IN_ROOM

_failure: dict[str, Any] = {"text": "", "at": 0.0}


class InRoom(NamedTuple):
    room: Room
    facilitator: bool
    token: str


@st.cache_resource(show_spinner=False)
def _engine():
    # An exception is not cached: a database that comes back is found on a later try.
    return engine_from_env()


def store_engine():
    """The engine, or None when the database cannot be reached (`store_problem()` says why)."""
    if _failure["text"] and time.monotonic() - _failure["at"] < RETRY_SECONDS:
        return None
    try:
        engine = _engine()
    except StoreError as e:
        _failure.update(text=str(e) or type(e).__name__, at=time.monotonic())
        return None
    _failure["text"] = ""
    try:
        purge_if_due(engine)  # rooms past their time go within the hour, new rooms or not
    except StoreError:
        pass  # the next call tries again; the rooms are refused once expired all the same
    return engine


def store_problem() -> str:
    """Why the database could not be reached, without a password a URL in it may carry."""
    return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", _failure["text"])[:500]


def room_token() -> str | None:
    """The token in the link, if any (unchecked); without one, the room this session is in,
    written back into the link so that the address can still be shared."""
    value = st.query_params.get(ROOM)
    if value:
        return value
    remembered = st.session_state.get(REMEMBERED)
    if remembered:
        st.query_params[ROOM] = remembered
        return remembered
    return None


def leave_room() -> None:
    """Leave the room: this session forgets it and the link no longer names it."""
    st.session_state.pop(REMEMBERED, None)
    st.query_params.pop(ROOM, None)


def current_room() -> InRoom | None:
    """The room the link names: (room, whether the link is the facilitator's, token); None
    without a link, with an unknown, malformed or expired token, or without a database."""
    token = room_token()
    if not token or not _TOKEN.match(token):
        return None
    engine = store_engine()
    if engine is None:
        return None
    try:
        found = room_for(engine, token)
    except StoreError as e:
        _failure.update(text=str(e) or type(e).__name__, at=time.monotonic())
        return None
    if found is None:
        if st.session_state.get(REMEMBERED) == token:
            st.session_state.pop(REMEMBERED, None)
        return None
    room, facilitator = found
    if not facilitator:  # the facilitator's own token is never carried to another page
        st.session_state[REMEMBERED] = token
    return InRoom(room, facilitator, token)


# --- the room's paths ----------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, ttl=3, max_entries=64)
def _room_paths(room_id: int) -> tuple[tuple[RoomPath, str], ...]:
    """A room's paths with a digest of each text, read at most every three seconds per server
    process (every page's rerun in a room reads them)."""
    engine = store_engine()
    if engine is None:
        return ()
    return tuple(
        (rp, hashlib.sha256(rp.yaml_text.encode("utf-8")).hexdigest()[:16])
        for rp in room_paths(engine, room_id)
    )


def forget_room_paths() -> None:
    """After adding or removing a path, the next read sees it at once."""
    _room_paths.clear()


def room_path_list(room: Room) -> list[RoomPath]:
    try:
        return [rp for rp, _ in _room_paths(room.id)]
    except StoreError:
        return []


def room_library(library: Library, room: Room) -> Library:
    """`library` with the room's paths added: a room's copy replaces a loaded path with the
    same id while the link names the room."""
    try:
        held = _room_paths(room.id)
    except StoreError as e:
        _failure.update(text=str(e) or type(e).__name__, at=time.monotonic())
        return library
    if not held:
        return library
    paths, files, graphs = dict(library.paths), dict(library.files), dict(library.graphs)
    versions, stale = dict(library.versions), dict(library.stale)
    for rp, digest in held:
        result, graph = parse_text(rp.yaml_text)
        if graph is None or result.path.id != rp.path_id:
            continue
        paths[rp.path_id], graphs[rp.path_id] = result.path, graph
        files[rp.path_id] = versions[rp.path_id] = f"{ROOM_PREFIX}{digest}/{rp.path_id}.yaml"
        stale.pop(rp.path_id, None)
    return Library(paths, files, library.failed, graphs, versions, stale)


# --- notes -------------------------------------------------------------------------------------


def room_notes(engine, here: InRoom) -> list[Note] | None:
    """The room's notes as this link may see them (the facilitator sees hidden ones too),
    read again only when the room's revision has changed; None when the room is gone.

    Raises StoreError."""
    key = f"_room_notes_{here.room.id}_{int(here.facilitator)}"
    now = revision(engine, here.room.id)
    if now is None:
        st.session_state.pop(key, None)
        return None
    cached = st.session_state.get(key)
    if cached is not None and cached[0] == now:
        return cached[1]
    found = notes(engine, here.room.id, include_hidden=here.facilitator)
    st.session_state[key] = (now, found)
    return found


def room_notes_by_step(all_notes: list[Note], path_key: str) -> dict[str, int]:
    """How many visible notes each step of one path has."""
    return dict(Counter(n.step_id for n in all_notes if n.path_key == path_key and not n.hidden))


def note_counts(here: InRoom | None, path_key: str) -> dict[str, int]:
    """How many visible notes each step of a path has in the room the link names, for the
    diagram's marks; nothing outside a room or when the database cannot be reached."""
    engine = store_engine() if here is not None else None
    if engine is None:
        return {}
    try:
        found = room_notes(engine, here)
    except StoreError:
        return {}
    return room_notes_by_step(found or [], path_key)


def browser_id() -> str:
    """A random id for this browser tab, for one +1 per note. Kept in the session only: a
    new tab is a new voter (there are no cookies or accounts)."""
    return st.session_state.setdefault(BROWSER, secrets.token_urlsafe(16))


# --- calling the store -------------------------------------------------------------------------


def refusal_text(error: Exception, lang: str) -> str:
    """A refusal (its message key) or a fault, in the user's language."""
    if isinstance(error, Refused):
        key = getattr(error, "key", "")
        return t(key if key in MESSAGES else "room.refused", lang)
    return t("workshop.db_error", lang)


def attempt(lang: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, str]:
    """(what `fn` returned, "") or (None, the message in `lang`) for a refusal or a fault."""
    try:
        return fn(*args, **kwargs), ""
    except (Refused, StoreError) as e:
        if isinstance(e, StoreError):
            _failure.update(text=str(e) or type(e).__name__, at=time.monotonic())
        return None, refusal_text(e, lang)


NOTICE = "_room_notice"  # {area: (kind, text)}: what the last action in an area said


def notify(area: str, kind: str, text: str) -> None:
    st.session_state.setdefault(NOTICE, {})[area] = (kind, text)


def show_notice(area: str) -> None:
    """The last action's message in `area`, shown once."""
    found = (st.session_state.get(NOTICE) or {}).pop(area, None)
    if found:
        kind, text = found
        show = {"error": st.error, "success": st.success, "warning": st.warning}[kind]
        show(text, icon=":material/error:" if kind == "error" else None)
