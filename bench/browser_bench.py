"""Time from navigation to a visible diagram in headless Chromium, and from a click on a step
to its panel, against the real server."""

from __future__ import annotations

import statistics
import time

from playwright.sync_api import sync_playwright

from bench.common import header, line
from bench.sessions_bench import free_port, start_server

STEP = '[data-testid="diagram-step"]'


def main() -> None:
    header("Headless Chromium against the real server (explorer, Pohjanmaa)")
    port = free_port()
    proc = start_server(port, post_script_gc=False)
    url = f"http://127.0.0.1:{port}/explorer?lang=fi&path=pohjanmaa"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url)  # a first visit fills the server's caches
            page.locator(STEP).first.wait_for(timeout=60_000)
            loads, clicks = [], []
            for i in range(5):
                page = browser.new_page()
                start = time.perf_counter()
                page.goto(url)
                page.locator(STEP).first.wait_for(timeout=60_000)
                loads.append(time.perf_counter() - start)
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
    finally:
        proc.terminate()
        proc.wait(timeout=20)


if __name__ == "__main__":
    main()
