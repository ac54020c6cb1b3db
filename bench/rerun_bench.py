"""A warm rerun of each page (AppTest) vs the rerun of an empty Streamlit script."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from streamlit.testing.v1 import AppTest

from bench.common import ROOT, best, header, line

PAGES = {
    "home": {},
    "explorer": {"path": "pohjanmaa"},
    "meeting": {"path": "pohjanmaa"},
    "onboarding": {"path": "pohjanmaa"},
    "compare": {"paths": "pohjanmaa,keski-suomi,pohjois-karjala"},
    "own": {},
}


def warm(script: str, params: dict) -> AppTest:
    at = AppTest.from_file(script, default_timeout=120)
    at.session_state["ui_lang"] = "fi"
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    at.run()  # caches filled, widgets settled
    return at


def main() -> None:
    os.environ["POLKU_PATHS"] = str(ROOT / "paths")
    # AppTest outside a server warns on every run that it has no script context: noise here.
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    header("A warm rerun of each page (AppTest, no browser) vs an empty script")
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp, "empty.py")
        empty.write_text("import streamlit as st\n", encoding="utf-8")
        at = warm(str(empty), {})
        base = best(at.run, runs=10)
    line("empty script", f"{base * 1000:.1f} ms")
    for page, params in PAGES.items():
        at = warm(str(ROOT / "pages" / f"{page}.py"), params)
        took = best(at.run, runs=5)
        target = "≤ 1.5×" if page == "explorer" else ""
        line(f"{page}: warm rerun", f"{took * 1000:.1f} ms")
        line(f"{page}: ratio", f"{took / base:.1f}×", target)


if __name__ == "__main__":
    main()
