"""Streamlit's own WebSocket protocol (BackMsg / ForwardMsg from `streamlit.proto`) against a
real server, and the server process's CPU time (the kernel's per-process CPU clock) and
memory (/proc).

Servers start with cwd = the repository root, so `.streamlit/config.toml` applies to the app
and to the empty script alike (notably `runner.postScriptGC = false`, as in production)."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates

from bench.common import ROOT

APP = "app.py"
EMPTY = "bench/empty_app.py"
QUERY = "path=pohjanmaa&lang=fi"
DIAGRAM = "bidi_component"  # components/diagram_view.py: a Streamlit v2 component
TICK = os.sysconf("SC_CLK_TCK")
FULL, FRAGMENT = ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(script: str, port: int, env: dict | None = None) -> subprocess.Popen:
    """`streamlit run script` on `port`; no flag that the config file does not also set."""
    full = {**os.environ, "POLKU_PATHS": str(ROOT / "paths"), **(env or {})}
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", script,
            "--server.port", str(port), "--server.address", "127.0.0.1",
            "--server.headless", "true",
        ],
        cwd=ROOT, env=full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            return proc
        except OSError:
            if proc.poll() is not None:
                break
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError(f"the server for {script} did not start")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


class Server:
    """One `streamlit run` process (the "one process" topology)."""

    def __init__(self, script: str, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = start_server(script, self.port, env)
        self.pid = self.proc.pid

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        stop(self.proc)


def cpu_seconds(pids: int | list[int]) -> float:
    """CPU time (user + system, all threads, ended ones too) of the processes, to the
    nanosecond: the kernel's per-process CPU clock (clock_getcpuclockid). /proc/<pid>/stat
    counts in 10 ms ticks, too coarse for a run of the empty script (~2 ms); it is the
    fallback."""
    total = 0.0
    for pid in [pids] if isinstance(pids, int) else pids:
        try:
            total += time.clock_gettime((~pid << 3) | 2)  # MAKE_PROCESS_CPUCLOCK(pid, SCHED)
        except OSError:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    return total


def rss_mb(pid: int) -> float:
    for row in Path(f"/proc/{pid}/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1]) / 1024
    return float("nan")


def rerun_msg(page: str = "", query: str = "") -> bytes:
    """What a browser sends to run a page of an st.navigation app (`page` = its url path)."""
    return BackMsg(rerun_script=ClientState(query_string=query, page_name=page)).SerializeToString()


def tick_msg(page: str, query: str, fragment_id: str) -> bytes:
    """What a browser sends when a fragment's run_every timer fires."""
    client = ClientState(
        query_string=query, page_name=page, fragment_id=fragment_id, is_auto_rerun=True
    )
    return BackMsg(rerun_script=client).SerializeToString()


def click_msg(page: str, query: str, button_id: str) -> bytes:
    """A button click as a browser sends it; only for plain buttons (never the explorer's
    step click, which is recorded from a real browser: it may be a fragment rerun)."""
    states = WidgetStates(widgets=[WidgetState(id=button_id, trigger_value=True)])
    client = ClientState(query_string=query, page_name=page, widget_states=states)
    return BackMsg(rerun_script=client).SerializeToString()


def quickack(ws) -> None:
    # On loopback a delayed ACK can stall each small frame by ~40 ms.
    sock = ws.transport.get_extra_info("socket")
    if sock is not None and hasattr(socket, "TCP_QUICKACK"):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


@dataclass
class Run:
    seconds: float  # from the request (or the connection, for a first run) to script_finished
    status: str  # "ok", "compile error", "timeout", "closed: …"
    exceptions: int = 0  # deltas with an `exception` element: a page that raised
    texts: list[str] = field(default_factory=list)  # markdown, heading and text bodies
    headings: list[str] = field(default_factory=list)
    buttons: dict[str, str] = field(default_factory=dict)  # widget id → label
    first: dict[str, float] = field(default_factory=dict)  # element type → seconds to it
    nbytes: int = 0  # WebSocket payload received
    query: str | None = None  # the query string the run set (a browser's URL follows it)
    timers: dict[str, float] = field(default_factory=dict)  # fragment id → run_every seconds

    @property
    def ok(self) -> bool:
        return self.status == "ok" and not self.exceptions

    def shows(self, text: str) -> bool:
        plain = text.replace("\\", "")
        return any(plain in t.replace("\\", "") for t in self.texts)


class Session:
    """One browser tab's worth of protocol: a WebSocket and the runs asked over it."""

    def __init__(self, base_url: str, compression: str | None = None):
        self.url = base_url.replace("http", "ws", 1) + "/_stcore/stream"
        self.compression = compression
        self.ws = None
        self.replica = ""
        self.opened_at = 0.0
        # Like a browser: the hashes of the cacheable messages received, sent with every run,
        # so the server answers an unchanged big element with a reference, as it does for a
        # real tab (the diagram's drawing on a step click).
        self.cached: set[str] = set()

    async def open(self) -> None:
        self.opened_at = time.perf_counter()
        self.ws = await websockets.connect(
            self.url,
            subprotocols=["streamlit"],
            max_size=None,
            compression=self.compression,
            open_timeout=60,
        )
        self.replica = self.ws.response.headers.get("X-Polku-Replica", "")
        quickack(self.ws)

    async def send(self, raw: bytes, timeout: float = 120, since: float | None = None) -> Run:
        """Send one BackMsg and read until its run has finished (a run that ends early for a
        rerun, e.g. a callback's st.rerun, is followed to the run after it)."""
        start = time.perf_counter() if since is None else since
        # A fragment's timer (st.fragment(run_every=…), fired by the browser) may finish a run
        # in between: only the kind of run asked for ends the wait.
        want = FRAGMENT if BackMsg.FromString(raw).rerun_script.fragment_id else FULL
        run = Run(0.0, "timeout")
        msg = BackMsg.FromString(raw)
        if msg.WhichOneof("type") == "rerun_script":
            del msg.rerun_script.cached_message_hashes[:]
            msg.rerun_script.cached_message_hashes.extend(sorted(self.cached))
            raw = msg.SerializeToString()
        try:
            await self.ws.send(raw)
            await self._read(run, start, timeout, want=want)
        except TimeoutError:
            run.status = "timeout"
        except websockets.ConnectionClosed as e:
            run.status = f"closed: {e}"
        run.seconds = time.perf_counter() - start
        return run

    async def _read(self, run: Run, start: float, timeout: float, want: int) -> None:
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            data = await asyncio.wait_for(self.ws.recv(), timeout=max(left, 0.001))
            quickack(self.ws)
            run.nbytes += len(data)
            fwd = ForwardMsg.FromString(data)
            if fwd.metadata.cacheable:
                self.cached.add(fwd.hash)
            kind = fwd.WhichOneof("type")
            if kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                el = fwd.delta.new_element
                what = el.WhichOneof("type")
                run.first.setdefault(what, time.perf_counter() - start)
                if what == "exception":
                    run.exceptions += 1
                elif what in ("markdown", "heading", "text"):
                    run.texts.append(getattr(el, what).body)
                    if what == "heading":
                        run.headings.append(el.heading.body)
                elif what == "button":
                    run.buttons[el.button.id] = el.button.label
            elif kind == "auto_rerun":  # the browser, not the server, runs the timer
                run.timers[fwd.auto_rerun.fragment_id] = fwd.auto_rerun.interval
            elif kind == "page_info_changed":
                run.query = fwd.page_info_changed.query_string
            elif kind == "script_finished":
                if fwd.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    run.status = "compile error"
                    return
                if fwd.script_finished in (want, FULL):  # or the app
                    run.status = "ok"
                    return

    async def first_run(self, page: str, query: str = QUERY) -> Run:
        """A new session: connect, ask for `page`, time from the connection's start."""
        start = time.perf_counter()
        try:
            await self.open()
        except (OSError, websockets.InvalidHandshake, TimeoutError) as e:
            return Run(time.perf_counter() - start, f"connection error: {e}")
        return await self.send(rerun_msg(page, query), since=start)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
