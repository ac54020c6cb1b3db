"""Workshop rooms in a real database: one schema, SQLite by default, PostgreSQL by URL.

The app needs nothing to start: without `POLKU_DATABASE_URL` the database is a SQLite file in
the data folder, in WAL mode so readers never wait for the one writer. The schema is only ever
made by the Alembic migrations in `migrations/`, run at start, so a file made by an older
version is brought up to date the same way on both engines.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 15_000  # a writer waits this long for another one before giving up
# Any number will do, as long as it is the same in every process: it keeps two servers
# starting at once from running the same migration side by side on PostgreSQL.
_MIGRATION_LOCK = 7_316_001


class StoreError(Exception):
    """The database could not be reached or failed: the page says so, the shipped paths work."""


def database_url() -> str:
    """POLKU_DATABASE_URL, else a SQLite file in POLKU_DATA_DIR (default ./data)."""
    url = os.environ.get("POLKU_DATABASE_URL", "").strip()
    if url:
        return url
    folder = Path(os.environ.get("POLKU_DATA_DIR", "").strip() or "data")
    return f"sqlite:///{folder.resolve() / 'polku.db'}"


def _with_driver(url: str) -> str:
    """`postgresql://` and `postgres://` mean psycopg 3 here: psycopg2 is not installed."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def engine_from_env(url: str | None = None) -> Engine:
    """An engine for `url` (default `database_url()`) with the schema at the newest version
    and the expired rooms deleted.

    SQLite gets its data folder, WAL, foreign keys and a busy timeout on every connection,
    and writers take the write lock when they begin (see `_sqlite_setup`).
    """
    try:
        parsed = make_url(_with_driver(url or database_url()))
    except ArgumentError as err:
        raise StoreError(f"not a database URL: {err}") from err
    try:
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database or ""
            if database in ("", ":memory:") or database.startswith("file:"):
                raise StoreError("SQLite needs a file: an in-memory database is one per thread")
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed)
            _sqlite_setup(engine)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except StoreError:
        raise
    except (OSError, SQLAlchemyError, ImportError) as err:
        raise StoreError(str(err)) from err
    migrate(engine)
    from polku.store.rooms import purge_expired  # rooms imports this module

    purge_expired(engine)  # and create_room purges too, so a long-running server keeps up
    return engine


def _sqlite_setup(engine: Engine) -> None:
    """Pragmas on every new connection; BEGIN emitted by us, IMMEDIATE for writers.

    pysqlite opens a transaction lazily, at the first write, so a write transaction that
    read first can fail at once with "database is locked" when another writer got in
    between, without waiting for the busy timeout. `BEGIN IMMEDIATE` takes the write lock at
    the start, where the busy timeout applies. Readers keep a plain BEGIN and never wait
    (WAL).
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we send BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")  # WAL's advised setting: durable at checkpoints
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        write = connection.get_execution_options().get("polku_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration; a second run does nothing."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.connect().execution_options(polku_write=True) as conn, conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except SQLAlchemyError as err:
        raise StoreError(str(err)) from err


def schema_revision(engine: Engine) -> str | None:
    """The migration the database is at (None before the first), for tests and diagnostics."""
    from alembic.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as err:
        raise StoreError(str(err)) from err
