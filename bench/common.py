"""Shared bits for the benchmarks: the machine, a timer that keeps the best of several runs,
and a line format. Benchmarks print ratios measured side by side in one run, so that a slower
or faster machine changes the seconds but not the comparison."""

from __future__ import annotations

import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


def best(fn: Callable[[], object], runs: int = 5) -> float:
    """The fastest of `runs` timings, in seconds (the least disturbed by other work)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def line(name: str, value: str, target: str = "") -> None:
    print(f"  {name:<58} {value:>14}" + (f"   (target {target})" if target else ""))


def header(title: str) -> None:
    print(f"\n{title}\n  machine: {machine()}")
