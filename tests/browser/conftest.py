"""Browser tests: the real Streamlit server, Debian's Chromium, axe-core from npm."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Never a downloaded browser: Debian's chromium, and a missing one fails loudly.
    assert Path(CHROMIUM).exists(), "install Debian's chromium (make test does)"
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "fi-FI", "viewport": {"width": 1280, "height": 720}}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, paths: str | None = None):
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if paths:
            env["POLKU_PATHS"] = paths
        else:
            env.pop("POLKU_PATHS", None)
        self.log = open(ROOT / "test-results-server.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.port",
                str(self.port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError("the Streamlit server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


@pytest.fixture(scope="session")
def server() -> Iterator[Server]:
    """The app with the shipped paths, as `make run` serves it."""
    s = Server()
    yield s
    s.stop()


def settle(page, timeout: float = 30) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_load_state("networkidle")
    page.locator('[data-testid="stApp"]').wait_for(timeout=timeout * 1000)
    end = time.time() + timeout
    quiet = 0
    while time.time() < end and quiet < 3:
        busy = page.locator('[data-testid="stStatusWidget"]').count()
        quiet = 0 if busy else quiet + 1
        time.sleep(0.2)


def choose_language(page, name: str) -> None:
    """Pick a language in the sidebar as a user does: open the sidebar, click the label."""
    from playwright.sync_api import expect

    expand = page.get_by_role("button", name="Expand sidebar")
    if expand.count() and expand.is_visible():
        expand.click()
    option = page.get_by_test_id("stSidebar").locator("label").filter(has_text=name)
    expect(option).to_be_visible()
    # The sidebar slides in; a click during the animation can miss, so retry until checked.
    radio = page.get_by_role("radio", name=name)
    for _ in range(5):
        option.click()
        try:
            expect(radio).to_be_checked(timeout=2000)
            break
        except AssertionError:
            continue
    expect(radio).to_be_checked()
    settle(page)


def axe_violations(page) -> list[dict]:
    """Serious and critical axe-core violations on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
