"""The schema, as SQLAlchemy Core tables: rooms, the paths saved in them, notes and votes.

These definitions are what the code queries; the database itself is only ever made by the
migrations (`migrations/versions/`), which must say the same. `tests/test_store.py` checks that
the two agree on both engines. Times are naive UTC (`timestamp without time zone`), the one
form both engines store alike.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

# Named constraints, so that a later migration can drop or alter them on both engines.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

rooms = Table(
    "rooms",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("day", Date, nullable=False),
    Column("locked", Boolean, nullable=False, default=False),
    Column("created", DateTime, nullable=False),
    Column("expires", DateTime, nullable=False, index=True),
    # The participant token is kept as it is, so the facilitator can see the participant link
    # again; reading the database gives no more than that link gives. The facilitator token is
    # kept only as its SHA-256, so a copy of the database cannot lock, hide or delete.
    Column("participant_token", String(64), nullable=False, unique=True),
    Column("facilitator_hash", String(64), nullable=False, unique=True),
    # Raised by every change a participant would see: the live view re-reads only when it moved.
    Column("revision", Integer, nullable=False, default=0),
)

room_paths = Table(
    "room_paths",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("room_id", Integer, ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False),
    Column("path_id", String(200), nullable=False),
    Column("yaml_text", Text, nullable=False),
    Column("source", String(16), nullable=False),
    Column("added", DateTime, nullable=False),
    UniqueConstraint("room_id", "path_id"),
)

notes = Table(
    "notes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("room_id", Integer, ForeignKey("rooms.id", ondelete="CASCADE"), nullable=False),
    Column("path_key", String(200), nullable=False),
    Column("step_id", String(200), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("text", Text, nullable=False),
    Column("author", String(60), nullable=False, default=""),
    Column("created", DateTime, nullable=False),
    Column("hidden", Boolean, nullable=False, default=False),
    Index(None, "room_id", "id"),
)

votes = Table(
    "votes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("note_id", Integer, ForeignKey("notes.id", ondelete="CASCADE"), nullable=False),
    # SHA-256 of the browser's id: one vote per (note, browser), and no id kept as such.
    Column("browser", String(64), nullable=False),
    Column("created", DateTime, nullable=False),
    UniqueConstraint("note_id", "browser"),
)
