"""The explorer against the real server through Streamlit's WebSocket protocol (a browser per
session is too heavy for two cores), each figure a ratio to the empty script
(bench/empty_app.py) measured the same way on the same topology, in the same run.

1. a step click: the BackMsgs that real Chromium clicks on 8 different steps send
   (bench/browser_bench.py records them, widget states and fragment id included), replayed in
   order by each session; server CPU per click and round trip;
2. a new session's first run of the explorer;
3. server memory per session: RSS sampled after every session of a ramp of 100, a fitted slope;
4. 100 sessions replaying a click at once, in one process and in two replicas behind the
   proxy (deploy/replicas.py), three bursts alternating with the empty script's;
5. 30 sessions opening the explorer at once through the proxy: time until the diagram arrives.

A replayed click counts only when the step panel it produces shows the clicked step's title;
a run counts as an error when it raised (an `exception` delta: Streamlit still finishes such a
run "successfully"), did not finish, or its connection failed.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import time

from bench.browser_bench import Click, record_clicks
from bench.common import header, line
from bench.protocol import (
    APP,
    DIAGRAM,
    EMPTY,
    QUERY,
    Run,
    Server,
    Session,
    cpu_seconds,
    rerun_msg,
    rss_mb,
)

# BENCH_SMALL=1: a quick run while developing (the figures are then not the README's).
SMALL = bool(os.environ.get("BENCH_SMALL"))
SESSIONS = 20 if SMALL else 100
OPENING = 10 if SMALL else 30
ROUNDS = 2 if SMALL else 6  # interleaved rounds of the click and first-run figures
BURSTS = 1 if SMALL else 3  # alternated between the app and the empty script
CLICKS = 8  # different steps clicked one after the other in each session and round


def ms(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def ratio(ours: float, base: float) -> str:
    return f"{ours / base:.1f}×" if base > 0 else "n/a"


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope over the whole ramp (two points flip sign on one release)."""
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def theil_sen(xs: list[float], ys: list[float]) -> float:
    """The median of the slopes between every two samples: a one-off release or spike moves
    it far less than it moves a least-squares line."""
    pairs = [(i, j) for i in range(len(xs)) for j in range(i + 1, len(xs))]
    return statistics.median((ys[j] - ys[i]) / (xs[j] - xs[i]) for i, j in pairs)


class Target:
    """What a figure runs: the explorer with the recorded clicks, or the empty script with as
    many reruns (what its browser sends)."""

    def __init__(self, page: str, query: str, clicks: list[bytes], titles: list[str]):
        self.page, self.query, self.clicks, self.titles = page, query, clicks, titles
        self.click, self.title = clicks[0], titles[0]  # what every session of a burst sends
        self.received = 0  # bytes the server sent for the clicks of the click figure

    def valid(self, run: Run, title: str) -> bool:
        return run.ok and (not title or run.shows(title))


def targets(clicks: list[Click]) -> tuple[Target, Target]:
    app = Target("explorer", QUERY, [c.raw for c in clicks], [c.title for c in clicks])
    empty = Target("", "", [rerun_msg()] * len(clicks), [""] * len(clicks))
    return app, empty


async def click_round(url: str, pids: list[int], t: Target) -> tuple[list[float], float, int]:
    """One session: the page, then the recorded clicks in order; (round trips, CPU, invalid)."""
    s = Session(url)
    first = await s.first_run(t.page, t.query)
    bad = 0 if first.ok else 1
    times = []
    cpu = cpu_seconds(pids)
    for raw, title in zip(t.clicks, t.titles, strict=True):
        run = await s.send(raw)
        times.append(run.seconds)
        t.received += run.nbytes
        bad += not t.valid(run, title)
    cpu = cpu_seconds(pids) - cpu
    await s.close()
    return times, cpu, bad


async def first_round(url: str, pids: list[int], t: Target) -> tuple[float, float, int]:
    """A new session's first run; (round trip, CPU seconds incl. connecting/closing, bad)."""
    cpu = cpu_seconds(pids)
    s = Session(url)
    run = await s.first_run(t.page, t.query)
    await s.close()
    await asyncio.sleep(0.05)  # the server's end-of-session work belongs to this session
    return run.seconds, cpu_seconds(pids) - cpu, 0 if run.ok else 1


async def side_by_side(app: Server, empty: Server, clicks: list[Click]) -> None:
    ta, te = targets(clicks)
    res = {"app": ([], 0.0, 0, [], 0.0, 0), "empty": ([], 0.0, 0, [], 0.0, 0)}
    for r in range(ROUNDS):  # interleaved, so that other load on the machine hits both alike
        print(f"    clicks and first runs, round {r + 1}/{ROUNDS}", flush=True)
        for name, server, t in (("app", app, ta), ("empty", empty, te)):
            times, cpu, bad, ftimes, fcpu, fbad = res[name]
            c = await click_round(server.url, [server.pid], t)
            f = await first_round(server.url, [server.pid], t)
            ftimes.append(f[0])
            res[name] = (times + c[0], cpu + c[1], bad + c[2], ftimes, fcpu + f[1], fbad + f[2])
    (at, acpu, abad, aft, afcpu, afbad), (et, ecpu, _, eft, efcpu, _) = res["app"], res["empty"]
    n, nf = len(at), len(aft)
    if abad:
        line("step click: INVALID", f"{abad} of {n} replays", "panel shows the step")
    else:
        line(
            "step click, server CPU vs empty rerun",
            f"{ratio(acpu / n, ecpu / n)} ({ms(acpu / n)} vs {ms(ecpu / n)})",
            "≤ 1.5×",
        )
        am, em = statistics.median(at), statistics.median(et)
        line(
            "step click, round trip (median) vs empty rerun",
            f"{ratio(am, em)} ({ms(am)} vs {ms(em)})",
            "≤ 1.5×",
        )
    fragment = "fragment reruns" if clicks[0].fragment_id else "full reruns"
    kb = ta.received / n / 1024, te.received / n / 1024
    print(
        f"    ({n} clicks on {len(clicks)} different steps, {fragment}, the server sending"
        f" {kb[0]:.0f} kB a click vs {kb[1]:.1f} kB an empty rerun)"
    )
    if afbad:
        line("new session's first run: INVALID", f"{afbad} of {nf} failed")
    else:
        am, em = statistics.median(aft), statistics.median(eft)
        line(
            "new session's first explorer run, round trip (median)",
            f"{ratio(am, em)} ({ms(am)} vs {ms(em)})",
            "≤ 2×",
        )
        line(
            "new session's first explorer run, server CPU",
            f"{ratio(afcpu / nf, efcpu / nf)} ({ms(afcpu / nf)} vs {ms(efcpu / nf)})",
            "≤ 2×",
        )


async def ramp(url: str, t: Target, pid: int | None = None) -> tuple[list[Session], int, list]:
    """Open SESSIONS sessions one after the other, each running the page once; RSS after each
    when `pid` is given. (sessions, failures, [(n, MB)])."""
    sessions, bad, samples = [], 0, []
    for i in range(SESSIONS):
        s = Session(url)
        run = await s.first_run(t.page, t.query)
        if run.status.startswith("connection error"):
            bad += 1
            continue
        bad += not run.ok
        sessions.append(s)
        if pid is not None:
            samples.append((i + 1, rss_mb(pid)))
    return sessions, bad, samples


async def burst(sessions: list[Session], t: Target, i: int) -> tuple[list[float], int, int]:
    """Every session replays click `i` at once (the clicks in their recorded order, so that
    each meets the state it met in the browser); (round trips, errors, runs not showing it)."""
    runs = await asyncio.gather(*(s.send(t.clicks[i]) for s in sessions), return_exceptions=True)
    done = [r for r in runs if isinstance(r, Run)]
    errors = len(runs) - len(done) + sum(not r.ok for r in done)
    missing = sum(1 for r in done if r.ok and not t.valid(r, t.titles[i]))
    return [r.seconds for r in done if r.ok], errors, missing


async def bursts(app_url: str, empty_url: str, ta: Target, te: Target, pid: int | None = None):
    """SESSIONS sessions on each, then BURSTS bursts alternating between the two, so that the
    other load on the machine hits both alike. ({name: [burst medians, slowest, errors,
    missing]}, RSS samples of the app's ramp, sessions per replica)."""
    a_sessions, a_bad, samples = await ramp(app_url, ta, pid)
    e_sessions, e_bad, _ = await ramp(empty_url, te)
    res = {
        "app": [[], 0.0, a_bad + SESSIONS - len(a_sessions), 0],
        "empty": [[], 0.0, e_bad + SESSIONS - len(e_sessions), 0],
    }
    for i in range(BURSTS):
        for name, sessions, t in (("app", a_sessions, ta), ("empty", e_sessions, te)):
            times, errors, missing = await burst(sessions, t, i)
            r = res[name]
            r[0].append(statistics.median(times) if times else float("nan"))
            r[1] = max([r[1], *times])
            r[2] += errors
            r[3] += missing
    spread: dict[str, int] = {}
    for s in a_sessions:
        spread[s.replica] = spread.get(s.replica, 0) + 1
    for s in a_sessions + e_sessions:
        await s.close()
    return res, samples, spread


def burst_lines(topology: str, res: dict) -> None:
    (ameds, aslow, aerr, amiss), (emeds, _, eerr, _) = res["app"], res["empty"]
    if amiss:
        line(f"burst of {SESSIONS}, {topology}: INVALID", f"{amiss} without the panel")
        return
    am, em = statistics.median(ameds), statistics.median(emeds)
    line(
        f"burst of {SESSIONS} clicks, {topology}: median vs empty",
        f"{ratio(am, em)} ({ms(am)} vs {ms(em)})",
        "≤ 2×",
    )
    line(f"burst, {topology}: slowest of the {BURSTS} bursts' runs", ms(aslow))
    line(f"burst, {topology}: errors (empty script: {eerr})", str(aerr), "0")


async def single(clicks: list[Click]) -> None:
    ta, te = targets(clicks)
    with Server(APP) as app, Server(EMPTY) as empty:
        for server, t in ((app, ta), (empty, te)):  # caches filled, first-visitor reruns done
            s = Session(server.url)
            await s.first_run(t.page, t.query)
            await s.send(t.click)
            await s.close()
        await side_by_side(app, empty, clicks)
        print(f"    one process: ramps of {SESSIONS} sessions, {BURSTS} bursts each", flush=True)
        res, samples, _ = await bursts(app.url, empty.url, ta, te, app.pid)
    xs, ys = [n for n, _ in samples], [mb for _, mb in samples]
    per, robust = slope(xs, ys), theil_sen(xs, ys)
    line(
        f"server memory with 1 / {SESSIONS} explorer sessions",
        f"{samples[0][1]:.0f} / {samples[-1][1]:.0f} MB",
    )
    line(
        f"memory per session, slope over {len(samples)} (Theil–Sen / least sq.)",
        f"{robust:.2f} / {per:.2f} MB",
        "< 2 MB",
    )
    burst_lines("one process", res)


async def opening(url: str, t: Target, until: str | None) -> tuple[list[float], int]:
    """OPENING new sessions at once; seconds until each sees `until` (an element type) or,
    without one, until its run finished."""
    sessions = [Session(url) for _ in range(OPENING)]
    runs = await asyncio.gather(*(s.first_run(t.page, t.query) for s in sessions))
    for s in sessions:
        await s.close()
    seen = [
        r.first[until] if until else r.seconds
        for r in runs
        if r.ok and (not until or until in r.first)
    ]
    return seen, OPENING - len(seen)


async def replicas(clicks: list[Click], Topology) -> None:
    """Both topologies (the app's and the empty script's) up at once, so that their bursts and
    openings can alternate."""
    ta, te = targets(clicks)
    print("    two replicas behind the proxy, for the app and for the empty script", flush=True)
    with (
        Topology(replicas=2, script=APP, compression=True) as a_topo,
        Topology(replicas=2, script=EMPTY, compression=True) as e_topo,
    ):
        for topo, t in ((a_topo, ta), (e_topo, te)):
            for _ in range(2):  # a first session per replica fills its caches
                s = Session(topo.proxy_url)
                await s.first_run(t.page, t.query)
                await s.close()
        print(f"    ramps of {SESSIONS} sessions, {BURSTS} bursts each", flush=True)
        res, _, spread = await bursts(a_topo.proxy_url, e_topo.proxy_url, ta, te)
        print(f"    {OPENING} sessions opening at once, {BURSTS} times each", flush=True)
        seen = {"app": ([], [], 0), "empty": ([], [], 0)}
        for _ in range(BURSTS):
            for name, topo, t in (("app", a_topo, ta), ("empty", e_topo, te)):
                times, bad = await opening(topo.proxy_url, t, DIAGRAM if t.title else None)
                slowest, medians, nbad = seen[name]
                seen[name] = (
                    [*slowest, max(times or [float("nan")])],
                    [*medians, statistics.median(times or [float("nan")])],
                    nbad + bad,
                )
    burst_lines("2 replicas", res)
    per = ", ".join(f"{k or '?'}: {v}" for k, v in sorted(spread.items()))
    print(f"    (sessions per replica: {per})")
    (aslow, amed, abad), (eslow, emed, _) = seen["app"], seen["empty"]
    if abad:
        line(f"{OPENING} opening the explorer at once: INVALID", f"{abad} without a diagram")
        return
    for what, a, e in (("slowest", aslow, eslow), ("median", amed, emed)):
        a, e = statistics.median(a), statistics.median(e)
        line(
            f"{OPENING} opening at once, proxy: diagram seen, {what}",
            f"{ratio(a, e)} ({ms(a)} vs {ms(e)})",
            "≤ 2×",
        )


def main() -> None:
    header("The explorer on the real server (WebSocket protocol), each a ratio to the empty script")
    start = time.perf_counter()
    with Server(APP) as server:
        print(f"    recording {CLICKS} step clicks in Chromium", flush=True)
        clicks = record_clicks(server.url, CLICKS)
    asyncio.run(single(clicks))
    try:
        from deploy.replicas import Topology
    except ImportError:
        line("two replicas behind the proxy", "NOT RUN", "deploy/replicas.py is missing")
    else:
        asyncio.run(replicas(clicks, Topology))
    print(f"    ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
