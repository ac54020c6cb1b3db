"""A throwaway PostgreSQL server from the machine's own binaries, for the tests and for
`make replicas`.

It runs Debian's `postgresql` (`/usr/lib/postgresql/*/bin/initdb` and `pg_ctl`, which
`make db-deps` installs) in a temporary folder on a free port, and is stopped and deleted on
exit. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (or
`nobody`). Anything that keeps it from starting raises `PostgresError` with the reason.
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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class PostgresError(RuntimeError):
    """The server could not be started: binaries or a user to run it as are missing, or a
    command failed (its output and the server log are in the message)."""


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


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as(user: str | None) -> dict:
    """subprocess arguments that run a command as `user` (nothing when not root)."""
    if user is None:
        return {}
    entry = pwd.getpwnam(user)
    return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}


def _server_user() -> str | None:
    """Who runs the server: nobody special unless we are root."""
    if os.geteuid() != 0:
        return None
    for candidate in ("postgres", "nobody"):
        try:
            pwd.getpwnam(candidate)
        except KeyError:
            continue
        return candidate
    raise PostgresError("running as root, and neither a `postgres` nor a `nobody` user exists")


@contextmanager
def temporary_postgres() -> Iterator[PgServer]:
    """A running server with a superuser `polku` (password auth over TCP), stopped and its
    folder deleted when the block ends."""
    bindir = postgres_bin()
    if bindir is None:
        raise PostgresError(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb and pg_ctl): "
            "run `make db-deps`, or `apt-get install postgresql`"
        )
    run_user = _server_user()
    as_user = _run_as(run_user)

    # Not under pytest's tmp_path or another private folder: the server's user must reach
    # its data folder.
    folder = Path(tempfile.mkdtemp(prefix="polku-pg-"))
    password = secrets.token_urlsafe(16)
    (folder / "pw").write_text(password + "\n", encoding="utf-8")
    if run_user is not None:
        entry = pwd.getpwnam(run_user)
        for path in (folder, folder / "pw"):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    log = folder / "server.log"
    server = PgServer(port=free_port(), user="polku", password=password, folder=folder)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LC_", "LANG"))}
    env["LANG"] = "C.UTF-8"

    def run(*command: str) -> None:
        done = subprocess.run(
            command, cwd=folder, env=env, capture_output=True, text=True, timeout=120, **as_user
        )
        if done.returncode != 0:
            server_log = log.read_text(errors="replace") if log.exists() else ""
            raise PostgresError(
                f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}{server_log}"
            )

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
        started = True  # from here on pg_ctl stop is due, even if start fails half-way
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


def create_database(server: PgServer, name: str) -> str:
    """Make database `name` on `server`; its SQLAlchemy URL."""
    import psycopg

    with psycopg.connect(server.conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)
