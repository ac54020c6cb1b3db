"""Many sessions against one real server, through Streamlit's own WebSocket protocol (BackMsg
and ForwardMsg from `streamlit.proto`): a browser per session is too heavy for two cores.

1. memory: the server's resident memory with 1 and with 100 sessions open on the explorer;
2. a burst: all 100 sessions rerun the explorer at once; median and 95th percentile of the time
   from the request to the script's end, and errors; once with Streamlit's garbage collection
   after every run (`runner.postScriptGC`, the default) and once without.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.common import ROOT, header, line

SESSIONS = 100
QUERY = "path=pohjanmaa&lang=fi"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int, post_script_gc: bool) -> subprocess.Popen:
    env = {**os.environ, "POLKU_PATHS": str(ROOT / "paths")}
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
            "--server.port", str(port), "--server.headless", "true",
            "--browser.gatherUsageStats", "false",
            "--runner.postScriptGC", "true" if post_script_gc else "false",
        ],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    for _ in range(200):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start")


def rss_mb(pid: int) -> float:
    for row in Path(f"/proc/{pid}/status").read_text().splitlines():
        if row.startswith("VmRSS:"):
            return int(row.split()[1]) / 1024
    return float("nan")


def quickack(ws) -> None:
    # On loopback a delayed ACK can stall each small frame by ~40 ms.
    sock = ws.transport.get_extra_info("socket")
    if sock is not None and hasattr(socket, "TCP_QUICKACK"):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)


class Session:
    def __init__(self, port: int):
        self.port = port
        self.ws = None

    async def open(self) -> None:
        self.ws = await websockets.connect(
            f"ws://127.0.0.1:{self.port}/_stcore/stream",
            subprotocols=["streamlit"],
            max_size=None,
        )
        quickack(self.ws)

    async def rerun(self) -> tuple[float, bool]:
        """Ask for a run of the explorer; (seconds until it finished, finished well)."""
        msg = BackMsg(rerun_script=ClientState(query_string=QUERY, page_name="explorer"))
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        while True:
            data = await asyncio.wait_for(self.ws.recv(), timeout=120)
            quickack(self.ws)
            fwd = ForwardMsg.FromString(data)
            if fwd.WhichOneof("type") == "script_finished":
                ok = fwd.script_finished == ForwardMsg.FINISHED_SUCCESSFULLY
                return time.perf_counter() - start, ok

    async def close(self) -> None:
        await self.ws.close()


async def run(post_script_gc: bool) -> None:
    port = free_port()
    proc = start_server(port, post_script_gc)
    try:
        sessions = [Session(port) for _ in range(SESSIONS)]
        await sessions[0].open()
        await sessions[0].rerun()  # caches filled: the library, the layout
        await sessions[0].rerun()
        one = rss_mb(proc.pid)
        for s in sessions[1:]:
            await s.open()
            await s.rerun()
        many = rss_mb(proc.pid)
        label = "on" if post_script_gc else "off"
        if post_script_gc:
            line("server memory with 1 session open", f"{one:.0f} MB")
            line(f"server memory with {SESSIONS} sessions open", f"{many:.0f} MB")
            line("memory per session", f"{(many - one) / (SESSIONS - 1):.2f} MB", "< 2 MB")
        results = await asyncio.gather(*(s.rerun() for s in sessions), return_exceptions=True)
        times = sorted(r[0] for r in results if isinstance(r, tuple))
        errors = sum(1 for r in results if not isinstance(r, tuple) or not r[1])
        line(
            f"burst of {SESSIONS} explorer reruns, postScriptGC {label}: median",
            f"{statistics.median(times):.2f} s",
            "< 1 s",
        )
        line(
            f"burst, postScriptGC {label}: 95th percentile",
            f"{times[int(len(times) * 0.95) - 1]:.2f} s",
        )
        line(f"burst, postScriptGC {label}: errors", str(errors), "0")
        for s in sessions:
            await s.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def main() -> None:
    header(f"{SESSIONS} sessions on one server (WebSocket protocol client, explorer page)")
    asyncio.run(run(post_script_gc=True))
    asyncio.run(run(post_script_gc=False))


if __name__ == "__main__":
    main()
