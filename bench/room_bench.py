"""A workshop room on the real server through app.py (SQLite in a temporary folder): a note
added and seen by another session, and the room page with 500 notes, against the empty
script's rerun on a server with the same config (WebSocket protocol, see bench/protocol.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import statistics
import tempfile

from bench.common import header, line
from bench.protocol import APP, EMPTY, Server, Session, cpu_seconds, rerun_msg, tick_msg

KINDS = ("gap", "duplicate", "good_practice", "question", "idea")
RUNS = 10


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def empty_rerun(server: Server) -> tuple[float, float]:
    s = Session(server.url)
    await s.first_run("", "")
    times, cpu = [], cpu_seconds(server.pid)
    for _ in range(RUNS * 2):
        times.append((await s.send(rerun_msg())).seconds)
    cpu = (cpu_seconds(server.pid) - cpu) / (RUNS * 2)
    await s.close()
    return statistics.median(times), cpu


async def run_all(tmp: str) -> None:
    from polku.store import engine_from_env
    from polku.store.rooms import add_note, create_room

    engine = engine_from_env()
    room, token, _ = create_room(engine, "Bench", dt.date.today())
    page, query = "workshop", f"room={token}&lang=fi"
    with Server(APP, env={"POLKU_DATA_DIR": tmp}) as app, Server(EMPTY) as empty:
        base_t, base_cpu = await empty_rerun(empty)
        line("empty script: rerun round trip / server CPU", f"{ms(base_t)} / {ms(base_cpu)}")
        other = Session(app.url)  # the participant who sees the note
        first = await other.first_run(page, query)
        query = first.query or query
        tick = tick_msg(page, query, next(iter(first.timers), ""))
        refresh, live = [], []
        for i in range(RUNS // 2):
            add_note(engine, room.id, "kansallinen", "tunnistaminen", "idea", f"Huomio {i}a")
            run = await other.send(rerun_msg(page, query))  # the other one clicks something
            refresh.append(run.seconds if run.ok and run.shows(f"Huomio {i}a") else None)
            add_note(engine, room.id, "kansallinen", "tunnistaminen", "idea", f"Huomio {i}b")
            run = await other.send(tick)  # nobody clicks: the live list's timer fires
            live.append(run.seconds if run.ok and run.shows(f"Huomio {i}b") else None)
        await other.close()
        if None in refresh:
            line("a note seen on the other session's next rerun", "NOT SEEN")
        else:
            took = statistics.median(refresh)
            line(
                "a note seen on the other session's next rerun vs empty",
                f"{took / base_t:.1f}× ({ms(took)})",
            )
        if not first.timers or None in live:
            line("a note seen on the live list's next tick", "NOT SEEN")
        else:
            took = statistics.median(live)
            every = next(iter(first.timers.values()))
            line(
                f"a note seen on the live list's next tick (every {every:.0f} s)",
                f"{took / base_t:.1f}× ({ms(took)})",
            )
        for i in range(500):
            add_note(
                engine, room.id, "kansallinen", "tunnistaminen", KINDS[i % 5], f"Muistiinpano {i}"
            )
        s = Session(app.url)
        first = await s.first_run(page, query)
        tick = tick_msg(page, first.query or query, next(iter(first.timers), ""))
        res = {}
        for name, raw in (("rerun", rerun_msg(page, query)), ("tick", tick)):
            times, cpu, bad = [], 0.0, 0
            for _ in range(RUNS):
                c = cpu_seconds(app.pid)
                run = await s.send(raw)
                cpu += cpu_seconds(app.pid) - c
                times.append(run.seconds)
                bad += not run.ok
            res[name] = (statistics.median(times), cpu / RUNS, bad)
        await s.close()
    engine.dispose()
    for name, (took, cpu, bad) in res.items():
        what = "a rerun" if name == "rerun" else "the live list's tick"
        if bad:
            line(f"500 notes, {what}: INVALID", f"{bad} of {RUNS} failed or raised")
            continue
        line(
            f"500 notes, {what}: round trip / CPU vs empty",
            f"{took / base_t:.1f}× / {cpu / base_cpu:.1f}× ({ms(took)} / {ms(cpu)})",
        )


def main() -> None:
    header("A workshop room (real server, app.py, SQLite) vs the empty script")
    saved = {k: os.environ.get(k) for k in ("POLKU_DATA_DIR", "POLKU_DATABASE_URL")}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["POLKU_DATA_DIR"] = tmp  # this process writes notes where the server reads
        os.environ.pop("POLKU_DATABASE_URL", None)
        try:
            asyncio.run(run_all(tmp))
        finally:  # the benchmarks after this one start their servers on this environment
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v


if __name__ == "__main__":
    main()
