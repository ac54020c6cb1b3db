"""`make bench` / `python -m bench`: every benchmark, one after the other."""

from bench import (
    browser_bench,
    layout_bench,
    load_bench,
    rerun_bench,
    room_bench,
    sessions_bench,
)

for bench in (load_bench, layout_bench, rerun_bench, room_bench, browser_bench, sessions_bench):
    bench.main()
