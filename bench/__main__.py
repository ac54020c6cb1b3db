"""`make bench` / `python -m bench`: every benchmark, one after the other."""

import time

from bench import (
    browser_bench,
    layout_bench,
    load_bench,
    rerun_bench,
    room_bench,
    sessions_bench,
    transfer_bench,
)

start = time.perf_counter()
for bench in (
    load_bench,
    layout_bench,
    rerun_bench,
    room_bench,
    browser_bench,
    sessions_bench,
    transfer_bench,
):
    bench.main()
print(f"\nall benchmarks: {time.perf_counter() - start:.0f} s")
