"""A workshop room: a note added in one session and seen in another, and the room page's rerun
with 500 notes, each against the rerun of an empty Streamlit script (AppTest, SQLite)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.common import ROOT, best, header, line

KINDS = ("gap", "duplicate", "good_practice", "question", "idea")


def page(token: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "workshop.py"), default_timeout=120)
    at.session_state["ui_lang"] = "fi"
    at.query_params["room"] = token
    at.run()
    at.run()  # caches filled, widgets settled
    return at


def shows(at: AppTest, text: str) -> bool:
    return any(text in str(e.value) for e in (*at.markdown, *at.caption, *at.text))


def main() -> None:
    os.environ["POLKU_PATHS"] = str(ROOT / "paths")
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    header("A workshop room (AppTest, SQLite) vs an empty script")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["POLKU_DATA_DIR"] = tmp
        os.environ.pop("POLKU_DATABASE_URL", None)
        from polku.store import engine_from_env
        from polku.store.rooms import add_note, create_room

        empty = Path(tmp, "empty.py")
        empty.write_text("import streamlit as st\n", encoding="utf-8")
        at = AppTest.from_file(str(empty))
        at.run()
        base = best(at.run, runs=10)
        line("empty script", f"{base * 1000:.1f} ms")

        engine = engine_from_env()
        room, token, _ = create_room(engine, "Bench", dt.date(2026, 12, 6))
        second = page(token)
        times = []
        for i in range(5):
            start = time.perf_counter()
            add_note(engine, room.id, "kansallinen", "tunnistaminen", "idea", f"Huomio numero {i}")
            second.run()  # the second session's next refresh
            times.append(time.perf_counter() - start)
            if not shows(second, f"Huomio numero {i}"):
                line("note seen in the second session", "NOT SEEN")
                break
        took = min(times)
        line("add a note, second session's refresh shows it", f"{took * 1000:.1f} ms")
        line("  ratio", f"{took / base:.1f}×")

        for i in range(500):
            add_note(
                engine, room.id, "kansallinen", "tunnistaminen", KINDS[i % 5], f"Muistiinpano {i}"
            )
        at = page(token)
        took = best(at.run, runs=5)
        line("room page with 500 notes: warm rerun", f"{took * 1000:.1f} ms")
        line("  ratio", f"{took / base:.1f}×")
        engine.dispose()


if __name__ == "__main__":
    main()
