"""Browser tests: the real Streamlit server, Debian's Chromium, axe-core from npm."""

from __future__ import annotations

import os
import re
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
    def __init__(self, paths: str | None = None, env: dict[str, str] | None = None):
        """`env`: more environment for the server (e.g. POLKU_DATA_DIR for its database)."""
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
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
    """Wait until the app is connected and its script has run to the end; fail if it has not
    within `timeout` seconds. This is Streamlit's own signal (the attributes its e2e tests
    read), not a guess from a quiet spinner. A click's rerun may not have begun yet when this
    is called: a test then waits, with `expect`, on what the click produces."""
    from playwright.sync_api import expect

    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=timeout * 1000)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout * 1000)


def choose_language(page, name: str) -> None:
    """Pick a language in the sidebar as a user does: open the sidebar, click the label."""
    from playwright.sync_api import expect

    # Its name is in the page's language ("Näytä sivupalkki"): found by Streamlit's test id.
    expand = page.get_by_test_id("stExpandSidebarButton")
    if expand.count() and expand.is_visible():
        expand.click()
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    option = sidebar.locator("label").filter(has_text=name)
    option.click()  # Playwright waits until the label stands still (the sidebar slides in)
    expect(page.get_by_role("radio", name=name)).to_be_checked()
    expect(page).to_have_url(re.compile(rf"lang={LANG_CODES[name]}(&|$)"))
    settle(page)


LANG_CODES = {"Suomi": "fi", "Svenska": "sv", "English": "en"}


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
