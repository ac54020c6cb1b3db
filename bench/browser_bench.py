"""Headless Chromium (Debian's, never a downloaded one) against the real server: time from
navigation to a visible diagram and from a click on a step to its panel; and the recording of
a real step click's BackMsg, which the protocol benches replay (so that they send exactly what
the browser sends, fragment id and widget states included, whatever the page becomes)."""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from playwright.sync_api import sync_playwright
from streamlit.proto.BackMsg_pb2 import BackMsg

from bench.common import ROOT, header, line
from bench.protocol import APP, QUERY, Server
from polku.graph import PathGraph
from polku.loader import load_file
from polku.text import resolve

STEP = '[data-testid="diagram-step"]'
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]


@dataclass
class Click:
    raw: bytes  # the BackMsg exactly as the browser sent it
    step: str
    title: str  # what the step panel must then show
    fragment_id: str


def title_of(step: str) -> str:
    graph = PathGraph(load_file(ROOT / "paths" / "pohjanmaa.yaml").path)
    return resolve(graph.steps[step].title, "fi", graph.path.language).text


def settled(page) -> None:
    app = page.get_by_test_id("stApp")
    app.and_(page.locator('[data-test-script-state="notRunning"]')).wait_for(timeout=60_000)


def launch(p):
    return p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)


def record_clicks(base_url: str, n: int = 8) -> list[Click]:
    """Open the explorer and click `n` different steps one after the other, keeping the rerun
    BackMsg each click sent. Replayed in the same order, each message meets the state (link,
    widgets) its click met in the browser; one click replayed twice would not."""
    frames: list[bytes] = []
    clicks = []
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1280, "height": 720})
        page.on("websocket", lambda ws: ws.on("framesent", lambda raw: frames.append(raw)))
        page.goto(f"{base_url}/explorer?{QUERY}")
        page.locator(STEP).first.wait_for(timeout=60_000)
        settled(page)
        for i in range(n):
            target = page.locator(STEP).nth(3 + i)
            step = target.get_attribute("data-step")
            frames.clear()
            target.click()
            page.locator(f'{STEP}[aria-current="step"][data-step="{step}"]').wait_for()
            settled(page)
            clicks.append(_rerun(frames, step))
        browser.close()
    return clicks


def _rerun(frames: list, step: str) -> Click:
    for raw in frames:
        if isinstance(raw, bytes):
            msg = BackMsg.FromString(raw)
            if msg.WhichOneof("type") == "rerun_script":
                # The replaying session sends the hashes of what it has itself received
                # (bench/protocol.py), never the browser's.
                del msg.rerun_script.cached_message_hashes[:]
                return Click(
                    msg.SerializeToString(), step, title_of(step), msg.rerun_script.fragment_id
                )
    raise RuntimeError("a click sent no rerun BackMsg")


def main() -> None:
    header("Headless Chromium against the real server (explorer, Pohjanmaa)")
    with Server(APP) as server, sync_playwright() as p:
        url = f"{server.url}/explorer?{QUERY}"
        browser = launch(p)
        page = browser.new_page()
        page.goto(url)  # a first visit fills the server's caches
        page.locator(STEP).first.wait_for(timeout=60_000)
        loads, clicks = [], []
        for i in range(5):
            print(f"    page load {i + 1}/5", flush=True)
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            start = time.perf_counter()
            page.goto(url)
            page.locator(STEP).first.wait_for(timeout=60_000)
            loads.append(time.perf_counter() - start)
            settled(page)
            target = page.locator(STEP).nth(3 + i)
            step = target.get_attribute("data-step")
            start = time.perf_counter()
            target.click()
            page.locator(f'{STEP}[aria-current="step"][data-step="{step}"]').wait_for()
            clicks.append(time.perf_counter() - start)
            page.close()
        browser.close()
    line(
        "navigation to a visible diagram (median of 5)",
        f"{statistics.median(loads):.2f} s",
        "< 2 s",
    )
    line(
        "click on a step to its panel (median of 5)",
        f"{statistics.median(clicks):.2f} s",
        "< 0.5 s",
    )


if __name__ == "__main__":
    main()
