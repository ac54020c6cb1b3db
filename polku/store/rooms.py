"""Workshop rooms as plain functions: every function takes the engine first.

Every write is one transaction that starts by raising the room's `revision` (SQLite: under
`BEGIN IMMEDIATE`; PostgreSQL: the row lock), so writes to one room happen one after the
other: nothing is added to a room in the moment it is locked, and a vote counted twice
fails on the unique (note, browser) key, whichever engine. What a user may not do raises
`Refused` with a message key, before anything is changed; a database fault raises
`StoreError`. Times are returned as aware UTC datetimes.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import secrets
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from polku.safe_yaml import MAX_BYTES
from polku.store import StoreError
from polku.store.hetu import contains_hetu
from polku.store.tables import notes as notes_t
from polku.store.tables import room_paths as paths_t
from polku.store.tables import rooms as rooms_t
from polku.store.tables import votes as votes_t

NOTE_KINDS = ("gap", "duplicate", "good_practice", "question", "idea")
PATH_SOURCES = ("shipped", "upload", "own")
MAX_NOTE = 1000
MAX_TITLE = 200
MAX_AUTHOR = 60
MAX_KEY = 200  # path ids, path keys and step ids as the pages pass them
MAX_DAYS_AHEAD = 366  # a room may be made up to a year before its workshop
DEFAULT_ROOM_DAYS = 60
TOKEN_BYTES = 24  # secrets.token_urlsafe(24): 32 characters, 192 random bits
_TOKEN = re.compile(r"[A-Za-z0-9_-]{32}")


def room_days() -> int:
    """POLKU_ROOM_DAYS, read when a room is made; 60 when unset or not a positive number."""
    try:
        days = int(os.environ.get("POLKU_ROOM_DAYS", DEFAULT_ROOM_DAYS))
    except ValueError:
        return DEFAULT_ROOM_DAYS
    return days if 0 < days <= 3650 else DEFAULT_ROOM_DAYS


ROOM_DAYS = room_days()


class Refused(ValueError):
    """What the user asked for is not allowed; `key` is the message to show, nothing changed."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class Room:
    id: int
    title: str
    day: date
    locked: bool
    created: datetime
    expires: datetime
    revision: int = 0  # raised by every change a participant sees


@dataclass(frozen=True)
class Note:
    id: int
    room_id: int
    path_key: str
    step_id: str
    kind: str
    text: str
    author: str
    created: datetime
    hidden: bool
    votes: int


@dataclass(frozen=True)
class RoomPath:
    id: int
    room_id: int
    path_id: str
    yaml_text: str
    source: str
    added: datetime


# ---------------------------------------------------------------- cleaning what users type


def clean_line(value: str) -> str:
    """One line: tabs and line breaks become spaces, other control characters go."""
    value = re.sub(r"[\t\r\n\v\f\x85\u2028\u2029]", " ", value)
    return _drop_controls(value, keep="").strip()


def clean_text(value: str) -> str:
    """A note: line breaks (as \\n) and tabs stay, other control characters go."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _drop_controls(value, keep="\n\t").strip()


def _drop_controls(value: str, keep: str) -> str:
    # Cc: C0/C1 controls (NUL included, which PostgreSQL refuses); Cs: lone surrogates, which
    # no engine can store as UTF-8. Format characters (zero-width, direction marks) stay:
    # they are text, and the pages show them literally.
    return "".join(c for c in value if c in keep or unicodedata.category(c) not in ("Cc", "Cs"))


# ---------------------------------------------------------------- helpers


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def _guarded(function):
    """SQLAlchemy's and the driver's faults leave as StoreError; Refused passes through."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        try:
            return function(*args, **kwargs)
        except SQLAlchemyError as err:
            raise StoreError(str(err)) from err

    return wrapper


@contextmanager
def _write(engine: Engine) -> Iterator[Connection]:
    """One write transaction (SQLite: BEGIN IMMEDIATE, see polku.store._sqlite_setup)."""
    with engine.connect().execution_options(polku_write=True) as conn, conn.begin():
        yield conn


@contextmanager
def _read(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn


def _touch(conn: Connection, room_id: int, *, open_only: bool = True) -> None:
    """Raise the room's revision, holding it for this transaction; refuse a missing,
    expired or (with `open_only`) locked room."""
    row = conn.execute(
        update(rooms_t)
        .where(rooms_t.c.id == room_id)
        .values(revision=rooms_t.c.revision + 1)
        .returning(rooms_t.c.locked, rooms_t.c.expires)
    ).first()
    if row is None or row.expires <= _now():
        raise Refused("room.unknown")
    if open_only and row.locked:
        raise Refused("room.locked")


def _check_facilitator(facilitator: bool) -> None:
    if facilitator is not True:
        raise Refused("room.not_facilitator")


def _check_key(value: str) -> str:
    """An id the page passes (from a file or a link): refused rather than failing in the
    driver when it is empty, too long or holds a control character (PostgreSQL takes no NUL)."""
    if not _plain(value) or not value.strip() or len(value) > MAX_KEY:
        raise Refused("room.bad_step")
    return value


def _plain(value: str) -> bool:
    return isinstance(value, str) and value == _drop_controls(value, keep="")


def _room(row) -> Room:
    return Room(
        id=row.id,
        title=row.title,
        day=row.day,
        locked=bool(row.locked),
        created=_aware(row.created),
        expires=_aware(row.expires),
        revision=row.revision,
    )


def _path(row) -> RoomPath:
    return RoomPath(
        id=row.id,
        room_id=row.room_id,
        path_id=row.path_id,
        yaml_text=row.yaml_text,
        source=row.source,
        added=_aware(row.added),
    )


_VOTE_COUNT = (
    select(func.count(votes_t.c.id))
    .where(votes_t.c.note_id == notes_t.c.id)
    .correlate(notes_t)
    .scalar_subquery()
    .label("votes")
)


def _note(row) -> Note:
    return Note(
        id=row.id,
        room_id=row.room_id,
        path_key=row.path_key,
        step_id=row.step_id,
        kind=row.kind,
        text=row.text,
        author=row.author,
        created=_aware(row.created),
        hidden=bool(row.hidden),
        votes=row.votes,
    )


def _note_room(conn: Connection, note_id: int, room_id: int | None) -> int:
    """The room of a note; refused when there is no such note (in `room_id`, when given)."""
    found = conn.execute(select(notes_t.c.room_id).where(notes_t.c.id == note_id)).scalar()
    if found is None or (room_id is not None and found != room_id):
        raise Refused("room.unknown")
    return found


# ---------------------------------------------------------------- rooms


@_guarded
def create_room(engine: Engine, title: str, day: date) -> tuple[Room, str, str]:
    """A new room, its participant token and its facilitator token (shown once, kept hashed).

    The room expires POLKU_ROOM_DAYS days after it is made, or after its day when that is
    later. Rooms already expired are deleted in the same transaction.
    """
    title = clean_line(title or "")
    if not title:
        raise Refused("room.title_empty")
    if len(title) > MAX_TITLE:
        raise Refused("room.title_too_long")
    if contains_hetu(title):
        raise Refused("room.title_hetu")
    if isinstance(day, datetime):
        day = day.date()
    now = _now()
    if not isinstance(day, date) or day > now.date() + timedelta(days=MAX_DAYS_AHEAD):
        raise Refused("room.bad_day")
    participant = secrets.token_urlsafe(TOKEN_BYTES)
    facilitator = secrets.token_urlsafe(TOKEN_BYTES)
    expires = max(now, datetime.combine(day, time())) + timedelta(days=room_days())
    with _write(engine) as conn:
        _purge(conn, now)
        row = conn.execute(
            insert(rooms_t)
            .values(
                title=title,
                day=day,
                locked=False,
                created=now,
                expires=expires,
                participant_token=participant,
                facilitator_hash=_sha256(facilitator),
                revision=0,
            )
            .returning(*rooms_t.c)
        ).one()
    return _room(row), participant, facilitator


@_guarded
def room_for(engine: Engine, token: str) -> tuple[Room, bool] | None:
    """The room a link's token opens and whether it is the facilitator's; None for a token
    that is unknown, malformed or of an expired room."""
    if not isinstance(token, str) or not _TOKEN.fullmatch(token.strip()):
        return None
    token = token.strip()
    with _read(engine) as conn:
        row = conn.execute(select(rooms_t).where(rooms_t.c.participant_token == token)).first()
        facilitator = False
        if row is None:
            row = conn.execute(
                select(rooms_t).where(rooms_t.c.facilitator_hash == _sha256(token))
            ).first()
            facilitator = True
    if row is None or row.expires <= _now():
        return None
    return _room(row), facilitator


@_guarded
def get_room(engine: Engine, room_id: int) -> Room | None:
    """The room as it is now (for its revision, or whether it was locked); None when gone."""
    with _read(engine) as conn:
        row = conn.execute(select(rooms_t).where(rooms_t.c.id == room_id)).first()
    return None if row is None or row.expires <= _now() else _room(row)


@_guarded
def revision(engine: Engine, room_id: int) -> int | None:
    """The room's revision, one small read: the live view re-reads notes when it changes."""
    with _read(engine) as conn:
        return conn.execute(select(rooms_t.c.revision).where(rooms_t.c.id == room_id)).scalar()


@_guarded
def participant_token(engine: Engine, room_id: int, facilitator: bool) -> str:
    """The participant link's token, for the facilitator to share again."""
    _check_facilitator(facilitator)
    with _read(engine) as conn:
        token = conn.execute(
            select(rooms_t.c.participant_token).where(rooms_t.c.id == room_id)
        ).scalar()
    if token is None:
        raise Refused("room.unknown")
    return token


@_guarded
def lock_room(engine: Engine, room_id: int, locked: bool, facilitator: bool) -> None:
    """Lock (no new notes, paths or votes) or open the room again."""
    _check_facilitator(facilitator)
    with _write(engine) as conn:
        _touch(conn, room_id, open_only=False)
        conn.execute(update(rooms_t).where(rooms_t.c.id == room_id).values(locked=bool(locked)))


@_guarded
def delete_room(engine: Engine, room_id: int, facilitator: bool) -> None:
    """The room with its paths, notes and votes, at once."""
    _check_facilitator(facilitator)
    with _write(engine) as conn:
        _touch(conn, room_id, open_only=False)
        _delete_rooms(conn, [room_id])


def _delete_rooms(conn: Connection, room_ids: list[int]) -> None:
    # Children first, explicitly: the ON DELETE CASCADE in the schema would do it too, but this
    # does not depend on SQLite's foreign_keys pragma being on for whoever opened the file.
    note_ids = select(notes_t.c.id).where(notes_t.c.room_id.in_(room_ids))
    conn.execute(delete(votes_t).where(votes_t.c.note_id.in_(note_ids)))
    conn.execute(delete(notes_t).where(notes_t.c.room_id.in_(room_ids)))
    conn.execute(delete(paths_t).where(paths_t.c.room_id.in_(room_ids)))
    conn.execute(delete(rooms_t).where(rooms_t.c.id.in_(room_ids)))


@_guarded
def purge_expired(engine: Engine, now: datetime | None = None) -> int:
    """Delete every room past its expiry with its notes, paths and votes; how many rooms."""
    moment = _naive_utc(now) if now is not None else _now()
    with _write(engine) as conn:
        return _purge(conn, moment)


# When each database was last purged by `purge_if_due`, by its URL (monotonic seconds).
_last_purge: dict[str, float] = {}
_purge_lock = threading.Lock()
PURGE_EVERY_SECONDS = 3600.0


def purge_if_due(engine: Engine, clock: Callable[[], float] = monotonic) -> int | None:
    """`purge_expired` at most once an hour per database in this process: a server that runs
    for weeks with no new room still deletes each room, its notes and paths, within the hour
    its time is up. None when it was not due."""
    key = engine.url.render_as_string(hide_password=True)
    with _purge_lock:
        now = clock()
        last = _last_purge.get(key)
        if last is not None and now - last < PURGE_EVERY_SECONDS:
            return None
        _last_purge[key] = now
    try:
        return purge_expired(engine)
    except StoreError:
        with _purge_lock:
            _last_purge.pop(key, None)  # due again at the next call
        raise


def _purge(conn: Connection, moment: datetime) -> int:
    ids = list(conn.execute(select(rooms_t.c.id).where(rooms_t.c.expires <= moment)).scalars())
    if ids:
        _delete_rooms(conn, ids)
    return len(ids)


# ---------------------------------------------------------------- paths


@_guarded
def add_path(engine: Engine, room_id: int, path_id: str, yaml_text: str, source: str) -> RoomPath:
    """Save a path's YAML in the room, replacing one with the same id.

    The page checks the file with the loader first; this only bounds what is stored.
    """
    _check_key(path_id)
    if source not in PATH_SOURCES:
        raise Refused("room.bad_source")
    if not isinstance(yaml_text, str) or "\x00" in yaml_text:
        raise Refused("room.path_invalid")
    try:
        size = len(yaml_text.encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate: no engine stores it
        raise Refused("room.path_invalid") from None
    if size > MAX_BYTES:
        raise Refused("room.path_too_large")
    now = _now()
    with _write(engine) as conn:
        _touch(conn, room_id)
        found = conn.execute(
            select(paths_t.c.id).where(paths_t.c.room_id == room_id, paths_t.c.path_id == path_id)
        ).scalar()
        values = {"yaml_text": yaml_text, "source": source, "added": now}
        if found is None:
            statement = insert(paths_t).values(room_id=room_id, path_id=path_id, **values)
        else:
            statement = update(paths_t).where(paths_t.c.id == found).values(**values)
        row = conn.execute(statement.returning(*paths_t.c)).one()
    return _path(row)


@_guarded
def room_paths(engine: Engine, room_id: int) -> list[RoomPath]:
    """The room's saved paths, in the order they were first added."""
    with _read(engine) as conn:
        rows = conn.execute(
            select(paths_t).where(paths_t.c.room_id == room_id).order_by(paths_t.c.id)
        ).all()
    return [_path(r) for r in rows]


@_guarded
def remove_path(engine: Engine, room_id: int, path_id: str, facilitator: bool) -> None:
    _check_facilitator(facilitator)
    with _write(engine) as conn:
        _touch(conn, room_id, open_only=False)
        conn.execute(
            delete(paths_t).where(paths_t.c.room_id == room_id, paths_t.c.path_id == path_id)
        )


# ---------------------------------------------------------------- notes


@_guarded
def add_note(
    engine: Engine,
    room_id: int,
    path_key: str,
    step_id: str,
    kind: str,
    text: str,
    author: str = "",
) -> Note:
    """A participant's note on a step. Refused, with nothing stored: an empty note, one over
    MAX_NOTE characters, an unknown kind, a henkilötunnus in the text or the name, a name
    over 60 characters, a locked, expired or missing room."""
    _check_key(path_key)
    _check_key(step_id)
    if kind not in NOTE_KINDS:
        raise Refused("room.bad_kind")
    text = clean_text(text if isinstance(text, str) else "")
    if not text:
        raise Refused("room.note_empty")
    if len(text) > MAX_NOTE:
        raise Refused("room.note_too_long")
    author = clean_line(author if isinstance(author, str) else "")
    if len(author) > MAX_AUTHOR:
        raise Refused("room.author_too_long")
    if contains_hetu(text) or contains_hetu(author):
        raise Refused("room.note_hetu")
    values = {
        "room_id": room_id,
        "path_key": path_key,
        "step_id": step_id,
        "kind": kind,
        "text": text,
        "author": author,
        "created": _now(),
        "hidden": False,
    }
    with _write(engine) as conn:
        _touch(conn, room_id)
        new_id = conn.execute(insert(notes_t).values(**values).returning(notes_t.c.id)).scalar()
    return Note(id=new_id, **{**values, "created": _aware(values["created"])}, votes=0)


@_guarded
def notes(engine: Engine, room_id: int, include_hidden: bool = False) -> list[Note]:
    """The room's notes, oldest first, with their votes; hidden ones only when asked."""
    return _notes(engine, room_id, 0, include_hidden)


@_guarded
def notes_since(
    engine: Engine, room_id: int, after_id: int, include_hidden: bool = False
) -> list[Note]:
    """Notes added after the note `after_id` (0: all), for the live refresh."""
    return _notes(engine, room_id, after_id, include_hidden)


def _notes(engine: Engine, room_id: int, after_id: int, include_hidden: bool) -> list[Note]:
    query = select(notes_t, _VOTE_COUNT).where(
        notes_t.c.room_id == room_id, notes_t.c.id > after_id
    )
    if not include_hidden:
        query = query.where(notes_t.c.hidden.is_(False))
    with _read(engine) as conn:
        rows = conn.execute(query.order_by(notes_t.c.id)).all()
    return [_note(r) for r in rows]


@_guarded
def vote(engine: Engine, note_id: int, browser: str, room_id: int | None = None) -> bool:
    """+1 from a browser; False when that browser has already voted for the note.

    `browser` is any stable id of the browser (kept only as its SHA-256). With `room_id`, a
    note of another room is refused.
    """
    if not _plain(browser) or not browser.strip() or len(browser) > 200:
        raise Refused("room.bad_browser")
    key = _sha256(browser)
    try:
        with _write(engine) as conn:
            _touch(conn, _note_room(conn, note_id, room_id))
            already = conn.execute(
                select(votes_t.c.id).where(votes_t.c.note_id == note_id, votes_t.c.browser == key)
            ).first()
            if already is not None:
                raise _Unchanged  # rolls the revision back: nothing changed
            conn.execute(insert(votes_t).values(note_id=note_id, browser=key, created=_now()))
    except (_Unchanged, IntegrityError):
        # IntegrityError: two transactions passed the check at once; the unique key decided.
        return False
    return True


class _Unchanged(Exception):
    pass


@_guarded
def set_hidden(
    engine: Engine, note_id: int, hidden: bool, facilitator: bool, room_id: int | None = None
) -> None:
    """Hide a note from participants (the facilitator still sees it), or show it again."""
    _check_facilitator(facilitator)
    with _write(engine) as conn:
        _touch(conn, _note_room(conn, note_id, room_id), open_only=False)
        conn.execute(update(notes_t).where(notes_t.c.id == note_id).values(hidden=bool(hidden)))


@_guarded
def delete_note(
    engine: Engine, note_id: int, facilitator: bool, room_id: int | None = None
) -> None:
    """Delete a note and its votes."""
    _check_facilitator(facilitator)
    with _write(engine) as conn:
        _touch(conn, _note_room(conn, note_id, room_id), open_only=False)
        conn.execute(delete(votes_t).where(votes_t.c.note_id == note_id))
        conn.execute(delete(notes_t).where(notes_t.c.id == note_id))
