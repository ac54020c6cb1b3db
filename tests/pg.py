"""A real PostgreSQL server for the tests, and a `db` fixture over both engines.

The server is started once per test session from the machine's own binaries
(`/usr/lib/postgresql/*/bin/initdb` and `pg_ctl`, Debian's `postgresql`, which `make db-deps`
installs) in a temporary folder on a free port, and stopped at the end. PostgreSQL refuses to
run as root, so as root it runs as the `postgres` user (or `nobody`). Each test gets a new,
empty database. When the binaries are missing the fixture fails, never skips: a skipped
database test would pass CI without testing anything.
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ENGINES = ("sqlite", "postgresql")


@dataclass(frozen=True)
class PgServer:
    port: int
    user: str
    password: str
    folder: Path

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}:{self.password}@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        return (
            f"host=127.0.0.1 port={self.port} user={self.user} "
            f"password={self.password} dbname={database}"
        )


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder that has initdb and pg_ctl."""

    def version(path: Path) -> int:
        number = re.match(r"\d+", path.parent.parent.name)
        return int(number.group()) if number else 0

    found = sorted(Path("/").glob("usr/lib/postgresql/*/bin/initdb"), key=version, reverse=True)
    for initdb in found:
        if (initdb.parent / "pg_ctl").exists():
            return initdb.parent
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as(user: str | None) -> dict:
    """subprocess arguments that run a command as `user` (nothing when not root)."""
    if user is None:
        return {}
    entry = pwd.getpwnam(user)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = postgres_bin()
    if bindir is None:
        pytest.fail(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb and pg_ctl): "
            "run `make db-deps`, or `apt-get install postgresql`"
        )
    run_user = None
    if os.geteuid() == 0:
        for candidate in ("postgres", "nobody"):
            try:
                pwd.getpwnam(candidate)
            except KeyError:
                continue
            run_user = candidate
            break
        else:
            pytest.fail("running as root, and neither a `postgres` nor a `nobody` user exists")
    as_user = _run_as(run_user)

    # Not under pytest's tmp_path: its base folder is private to root, and the server's
    # user must reach its data folder.
    folder = Path(tempfile.mkdtemp(prefix="polku-pg-"))
    password = secrets.token_urlsafe(16)
    (folder / "pw").write_text(password + "\n", encoding="utf-8")
    if run_user is not None:
        entry = pwd.getpwnam(run_user)
        for path in (folder, folder / "pw"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    log = folder / "server.log"
    server = PgServer(port=_free_port(), user="polku", password=password, folder=folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LC_", "LANG"))}
    env["LANG"] = "C.UTF-8"

    def run(*command: str) -> None:
        done = subprocess.run(
            command, cwd=folder, env=env, capture_output=True, text=True, timeout=120, **as_user
        )
        if done.returncode != 0:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            pytest.fail(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}{server_log}")

    options = (
        f"-c port={server.port} -c listen_addresses=127.0.0.1 "
        f"-c unix_socket_directories={folder} "
        # A throwaway server: durability costs time and buys nothing here.
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    started = False
    try:
        run(
            str(bindir / "initdb"),
            "-D",
            str(folder / "data"),
            "-U",
            server.user,
            f"--pwfile={folder / 'pw'}",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",
        )
        run(
            str(bindir / "pg_ctl"),
            "-D",
            str(folder / "data"),
            "-l",
            str(log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        )
        started = True
        yield server
    finally:
        if started:
            subprocess.run(
                [str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-m", "fast", "-w", "stop"],
                cwd=folder,
                env=env,
                capture_output=True,
                timeout=120,
                **as_user,
            )
        shutil.rmtree(folder, ignore_errors=True)


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
