"""A real PostgreSQL server for the tests, and a `db` fixture over both engines.

The server is started once per test session from the machine's own binaries
(`/usr/lib/postgresql/*/bin/initdb` and `pg_ctl`, Debian's `postgresql`, which `make db-deps`
installs) in a temporary folder on a free port, and stopped at the end. PostgreSQL refuses to
run as root, so as root it runs as the `postgres` user (or `nobody`). Each test gets a new,
empty database. When the binaries are missing the fixture fails, never skips: a skipped
database test would pass CI without testing anything.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from deploy.postgres import PgServer, PostgresError, postgres_bin, temporary_postgres
from deploy.postgres import free_port as _free_port

__all__ = ["PgServer", "_free_port", "postgres_bin"]  # tests/test_store.py uses _free_port

ENGINES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The server, started once per test session by deploy/postgres.py; a server that cannot
    start fails the tests that need it, with the reason."""
    try:
        with temporary_postgres() as server:
            yield server
    except PostgresError as err:
        pytest.fail(str(err))


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A URL of a new, empty PostgreSQL database, dropped after the test."""
    import psycopg

    name = f"t_{uuid.uuid4().hex}"
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.url(name)
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_shared(pg_server: PgServer) -> str:
    """One database for the whole session, emptied before each test that uses it: making a
    database per test costs about half a second, emptying four tables a few milliseconds."""
    import psycopg

    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute('CREATE DATABASE "polku_tests"')
    return pg_server.url("polku_tests")


@pytest.fixture(params=ENGINES)
def db_url(request, tmp_path) -> str:
    """A URL of a new, empty database: a SQLite file, or a database on the test server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'polku.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=ENGINES)
def db(request, tmp_path):
    """An engine on an empty database of each kind, migrated as the app does at start."""
    from sqlalchemy import text

    from polku.store import engine_from_env

    if request.param == "sqlite":
        engine = engine_from_env(f"sqlite:///{tmp_path / 'data' / 'polku.db'}")
    else:
        engine = engine_from_env(request.getfixturevalue("pg_shared"))
        with engine.begin() as conn:
            conn.execute(text("TRUNCATE votes, notes, room_paths, rooms RESTART IDENTITY"))
    yield engine
    engine.dispose()
