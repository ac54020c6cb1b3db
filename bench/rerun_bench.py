"""A warm rerun of each page, run through app.py (the shell: language switch, navigation) on
the real server, vs a rerun of the empty script (bench/empty_app.py) on a server with the same
config; and the meeting's Next clicked through distinct steps, so that every click lays out a
route the server has not seen (a rerun without a click only hits the diagram cache).

Round trip: BackMsg sent → script_finished; server CPU: the server process's CPU clock."""

from __future__ import annotations

import asyncio
import statistics

from bench.common import header, line
from bench.protocol import APP, EMPTY, QUERY, Server, Session, click_msg, cpu_seconds, rerun_msg

PAGES = {
    "home": ("", "lang=fi"),
    "explorer": ("explorer", QUERY),
    "meeting": ("meeting", QUERY),
    "onboarding": ("onboarding", QUERY),
    "compare": ("compare", "paths=pohjanmaa,keski-suomi,pohjois-karjala&lang=fi"),
    "own": ("own", "lang=fi"),
    "workshop": ("workshop", "lang=fi"),
}
RUNS = 20
NEXT = ("meeting-next", "meeting-choice-1")  # components/meeting_parts.py's button keys


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


async def timed(session: Session, pid: int, raw: bytes):
    cpu = cpu_seconds(pid)
    run = await session.send(raw)
    return run, cpu_seconds(pid) - cpu


async def pages(app: Server, empty: Server) -> tuple[float, float]:
    """Each page's reruns alternate with the empty script's, so that other load on the machine
    hits both alike; the ratios are to all the empty reruns (CPU ticks are 10 ms)."""
    base = Session(empty.url)
    await base.first_run("", "")
    base_t, base_cpu, results = [], 0.0, {}
    for name, (page, query) in PAGES.items():
        s = Session(app.url)
        await s.first_run(page, query)
        await s.send(rerun_msg(page, query))  # widgets settled
        times, cpu, bad = [], 0.0, 0
        for _ in range(RUNS):
            run, c = await timed(s, app.pid, rerun_msg(page, query))
            times.append(run.seconds)
            cpu += c
            bad += not run.ok
            run, c = await timed(base, empty.pid, rerun_msg())
            base_t.append(run.seconds)
            base_cpu += c
        await s.close()
        results[name] = (statistics.median(times), cpu / RUNS, bad)
    await base.close()
    b_t, b_cpu = statistics.median(base_t), base_cpu / len(base_t)
    line("empty script: rerun round trip / server CPU", f"{ms(b_t)} / {ms(b_cpu)}")
    for name, (took, cpu, bad) in results.items():
        if bad:
            line(f"{name}: warm rerun INVALID", f"{bad} of {RUNS} failed or raised")
            continue
        line(
            f"{name}: warm rerun, round trip / server CPU vs empty",
            f"{took / b_t:.1f}× / {cpu / b_cpu:.1f}× ({ms(took)} / {ms(cpu)})",
            "≤ 1.5×" if name == "explorer" else "",
        )
    return b_t, b_cpu


async def meeting_walk(app: Server, lang: str) -> tuple[list[float], float, int]:
    """Next (or the first choice) from the entry to an end; (round trips, CPU, invalid)."""
    s = Session(app.url)
    run = await s.first_run("meeting", f"path=pohjanmaa&lang={lang}")
    query = run.query or f"path=pohjanmaa&lang={lang}"
    times, cpu, bad = [], 0.0, 0
    seen = {tuple(run.headings)}
    while True:
        button = next((i for i in run.buttons if i.endswith(NEXT)), None)
        if button is None:
            break
        run, c = await timed(s, app.pid, click_msg("meeting", query, button))
        query = run.query or query
        step = tuple(run.headings)
        if step in seen:  # back to a step walked: the route is cut to one laid out before
            bad += not run.ok
            break
        seen.add(step)
        times.append(run.seconds)
        cpu += c
        bad += not run.ok
    await s.close()
    return times, cpu, bad


async def run_all() -> None:
    with Server(APP) as app, Server(EMPTY) as empty:
        b_t, b_cpu = await pages(app, empty)
        times, cpu, bad = [], 0.0, 0
        for lang in ("fi", "sv", "en"):  # each language is a new set of routes to lay out
            t, c, b = await meeting_walk(app, lang)
            times += t
            cpu += c
            bad += b
    if bad or not times:
        line("meeting: Next through new routes INVALID", f"{bad} of {len(times)} did not move")
        return
    took, per = statistics.median(times), cpu / len(times)
    line(
        f"meeting: Next, each a new route ({len(times)} clicks) vs empty",
        f"{took / b_t:.1f}× / {per / b_cpu:.1f}× ({ms(took)} / {ms(per)})",
    )


def main() -> None:
    header("A warm rerun of each page through app.py (real server) vs the empty script")
    asyncio.run(run_all())


if __name__ == "__main__":
    main()
