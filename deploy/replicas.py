"""Polku as compose.yaml runs it, without containers: app replicas behind HAProxy on one
PostgreSQL, all as child processes of this one.

    with Topology(replicas=2) as topo:
        topo.proxy_url         # what a browser opens
        topo.replica_urls      # each replica directly
        topo.stop_replica(0)   # returns once the proxy has marked it down
        topo.start_replica(0)  # returns once it is healthy and the proxy has it up again

The tests (tests/browser/test_replicas.py) and the benchmarks use it; `python -m
deploy.replicas` (`make replicas`) serves the app through it until Ctrl-C. HAProxy runs on
deploy/haproxy.cfg, the file compose.yaml mounts, with the addresses in its environment.
Every child is stopped when the block ends, also on an exception; their logs are in
test-results/replicas/.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from deploy.postgres import PgServer, create_database, free_port, temporary_postgres

ROOT = Path(__file__).resolve().parent.parent
HAPROXY_CFG = ROOT / "deploy" / "haproxy.cfg"
LOGS = ROOT / "test-results" / "replicas"
NAMES = "ab"  # the server names and cookie values in deploy/haproxy.cfg
START_TIMEOUT = 120.0  # s: a replica's first start imports pandas, plotly, WeasyPrint ...
STATE_TIMEOUT = 30.0  # s: the proxy's checks take ~1.5 s to see a change; slack for a busy CPU


class TopologyError(RuntimeError):
    """A process did not start or did not become healthy in time (its log's end is in the
    message)."""


def _haproxy() -> str:
    found = shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if Path(p).exists()), None
    )
    if found is None:
        raise TopologyError("haproxy is not installed: run `make proxy-deps`")
    return found


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _stop(proc: subprocess.Popen | None, timeout: float = 15) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Topology:
    """`replicas` (1 or 2) app servers running `script` (relative to the repository root, run
    with the root as cwd so .streamlit/config.toml applies) behind HAProxy, with gzip unless
    `compression` is False, on a new PostgreSQL database. `env`: more environment for the
    app servers. `proxy_port`: where the proxy listens (default: a free port)."""

    def __init__(
        self,
        replicas: int = 2,
        script: str = "app.py",
        compression: bool = True,
        env: dict[str, str] | None = None,
        *,
        proxy_port: int | None = None,
    ):
        if not 1 <= replicas <= len(NAMES):
            raise ValueError(f"replicas must be 1 to {len(NAMES)}, not {replicas}")
        self.replicas = replicas
        self.script = script
        self.compression = compression
        self.env = dict(env or {})
        self._proxy_port = proxy_port
        self.cookie_secret = secrets.token_hex(32)  # one for all replicas, new per topology
        self.proxy_url = ""
        self.replica_urls: list[str] = []
        self.database_url = ""
        self.pg: PgServer | None = None
        self.logs = LOGS
        self._ports: list[int] = []
        self._procs: list[subprocess.Popen | None] = []
        self._proxy: subprocess.Popen | None = None
        self._socket = ""
        self._stack = ExitStack()

    # --- the processes ---------------------------------------------------------------------

    @property
    def replica_pids(self) -> list[int]:
        """The Streamlit processes' ids (for /proc), in replica order."""
        return [proc.pid if proc else 0 for proc in self._procs]

    def _log(self, name: str, mode: str = "ab") -> IO[bytes]:
        self.logs.mkdir(parents=True, exist_ok=True)
        return self._stack.enter_context(open(self.logs / f"{name}.log", mode))  # noqa: SIM115

    def _spawn_replica(self, index: int) -> subprocess.Popen:
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "POLKU_DATABASE_URL": self.database_url,
            # In the environment rather than on the command line, where `ps` would show it;
            # the same variable compose.yaml sets.
            "STREAMLIT_SERVER_COOKIE_SECRET": self.cookie_secret,
            **self.env,
        }
        port = self._ports[index]
        log = self._log(f"replica-{NAMES[index]}")
        log.write(f"--- replica {NAMES[index]} on port {port}\n".encode())
        log.flush()
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                self.script,
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group: Ctrl-C reaches this process, which stops the children
            # in order, not every child at once.
            start_new_session=True,
        )

    def _wait_healthy(self, index: int) -> None:
        url, proc = self.replica_urls[index], self._procs[index]
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if _healthy(url):
                return
            if proc is None or proc.poll() is not None:
                break
            time.sleep(0.25)
        log = self.logs / f"replica-{NAMES[index]}.log"
        raise TopologyError(f"replica {NAMES[index]} did not become healthy:\n{_tail(log)}")

    def _start_proxy(self) -> None:
        port = self._proxy_port or free_port()
        self.proxy_url = f"http://127.0.0.1:{port}"
        folder = Path(self._stack.enter_context(tempfile.TemporaryDirectory(prefix="polku-px-")))
        self._socket = str(folder / "haproxy.sock")
        env = {
            **os.environ,
            "POLKU_PROXY_BIND": f"127.0.0.1:{port}",
            "POLKU_COMPRESSION": "on" if self.compression else "off",
            "POLKU_STATS_SOCKET": self._socket,
        }
        for key in ("POLKU_RESOLVER", *(f"POLKU_REPLICA_{n.upper()}" for n in NAMES)):
            env.pop(key, None)
        for name, url in zip(NAMES, self.replica_urls, strict=False):
            env[f"POLKU_REPLICA_{name.upper()}"] = url.removeprefix("http://")
        log = self._log("haproxy", "wb")
        # -db: in the foreground, a child that dies with this process's block.
        self._proxy = subprocess.Popen(
            [_haproxy(), "-db", "-f", str(HAPROXY_CFG)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self._stack.callback(_stop, self._proxy)
        deadline = time.monotonic() + STATE_TIMEOUT
        while time.monotonic() < deadline:
            if self._proxy.poll() is not None:
                break
            if all(self.replica_state(i) == "UP" for i in range(self.replicas)) and _healthy(
                self.proxy_url
            ):
                return
            time.sleep(0.2)
        raise TopologyError(f"HAProxy did not start:\n{_tail(self.logs / 'haproxy.log')}")

    # --- the proxy's view ------------------------------------------------------------------

    def replica_state(self, index: int) -> str:
        """HAProxy's status of replica `index`: "UP", "DOWN", or a transition such as
        "UP 1/2" (one failed check of the two that mark it down); "" if unknown."""
        try:
            with socket.socket(socket.AF_UNIX) as conn:
                conn.settimeout(5)
                conn.connect(self._socket)
                conn.sendall(b"show stat\n")
                chunks = []
                while chunk := conn.recv(65536):
                    chunks.append(chunk)
        except OSError:
            return ""
        text = b"".join(chunks).decode().lstrip("# ")
        for row in csv.DictReader(io.StringIO(text)):
            if row.get("pxname") == "replicas" and row.get("svname") == NAMES[index]:
                return row.get("status", "")
        return ""

    def _wait_state(self, index: int, state: str) -> float:
        started = time.monotonic()
        while time.monotonic() - started < STATE_TIMEOUT:
            if self.replica_state(index) == state:
                return time.monotonic() - started
            time.sleep(0.1)
        raise TopologyError(
            f"the proxy did not mark replica {NAMES[index]} {state} within {STATE_TIMEOUT} s "
            f"(it says {self.replica_state(index)!r}):\n{_tail(self.logs / 'haproxy.log')}"
        )

    # --- public ----------------------------------------------------------------------------

    def stop_replica(self, index: int) -> float:
        """Terminate replica `index`; return once the proxy's health check has marked it down,
        with the seconds that took after the process ended."""
        _stop(self._procs[index])
        self._procs[index] = None
        return self._wait_state(index, "DOWN")

    def start_replica(self, index: int) -> float:
        """Start replica `index` again on its port; return once it is healthy and the proxy
        has it up, with the seconds from healthy to up."""
        if self._procs[index] is not None and self._procs[index].poll() is None:
            raise TopologyError(f"replica {NAMES[index]} is running")
        self._procs[index] = self._spawn_replica(index)
        self._wait_healthy(index)
        return self._wait_state(index, "UP")

    def __enter__(self) -> Topology:
        try:
            self.pg = self._stack.enter_context(temporary_postgres())
            self.database_url = create_database(self.pg, "polku")
            self._ports = [free_port() for _ in range(self.replicas)]
            self.replica_urls = [f"http://127.0.0.1:{p}" for p in self._ports]
            self._procs = [None] * self.replicas
            self._stack.callback(self._stop_replicas)
            # Started side by side; the migration lock in polku.store keeps their first
            # migrations from running twice.
            for i in range(self.replicas):
                self._procs[i] = self._spawn_replica(i)
            for i in range(self.replicas):
                self._wait_healthy(i)
            self._start_proxy()
        except BaseException:
            self._stack.close()
            raise
        return self

    def _stop_replicas(self) -> None:
        for proc in self._procs:
            _stop(proc)

    def __exit__(self, *exc_info) -> None:
        self._stack.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m deploy.replicas",
        description="Polku's replicas behind HAProxy on a throwaway PostgreSQL, until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=8080, help="the proxy's port (8080)")
    parser.add_argument("--replicas", type=int, default=2, choices=(1, 2))
    parser.add_argument("--no-compression", action="store_true")
    args = parser.parse_args(argv)
    # `kill` stops the children too: SystemExit unwinds the with block like Ctrl-C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("Starting PostgreSQL, the app replicas and HAProxy ...", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        with Topology(
            replicas=args.replicas, compression=not args.no_compression, proxy_port=args.port
        ) as topo:
            print(f"Polku through HAProxy: {topo.proxy_url}")
            for name, url, pid in zip(NAMES, topo.replica_urls, topo.replica_pids, strict=False):
                print(f"  replica {name}: {url} (pid {pid})")
            print(f"  logs: {topo.logs}")
            print("Ctrl-C stops everything.", flush=True)
            while topo._proxy is not None and topo._proxy.poll() is None:
                time.sleep(1)
            print("HAProxy stopped; stopping the rest.", file=sys.stderr)
            sys.exit(1)
    print("\nStopped.")


if __name__ == "__main__":
    main()
