"""Many sessions at once on one server: 20 browser sessions click through the explorer and the
meeting mode with no error, one session's upload stays its own, and files built to crash or hang
a parser, in the paths folder and uploaded, never stop the server serving everyone else."""

import re
import shutil
import urllib.request

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import Server, settle
from tests.conftest import ROOT, SHIPPED, dump

STEP = '[data-testid="diagram-step"]'
SESSIONS = 20


def explorer_ready(page: Page) -> None:
    expect(page.locator(STEP).first).to_be_visible(timeout=60_000)


def test_twenty_sessions_click_through_with_no_error_and_keep_uploads_apart(
    server, browser, tmp_path, minimal
):
    contexts = [browser.new_context() for _ in range(SESSIONS)]
    pages = [c.new_page() for c in contexts]
    errors: list[str] = []
    for i, page in enumerate(pages):
        page.on("pageerror", lambda exc, i=i: errors.append(f"{i}: {exc}"))
        page.goto(f"{server.url}/explorer?lang={['fi', 'sv', 'en'][i % 3]}&path=pohjanmaa")
    for i, page in enumerate(pages):  # all twenty are open and loading before any is used
        explorer_ready(page)
        target = page.locator(STEP).nth(1 + i % 5)
        step = target.get_attribute("data-step")
        target.click()
        expect(page).to_have_url(re.compile(rf"step={step}"))
    for page in pages:
        page.goto(f"{server.url}/meeting?lang=en&path=pohjanmaa")
    for page in pages:
        expect(page.locator('[class*="st-key-meeting-next"] button')).to_be_visible(timeout=60_000)
        entry = page.url
        page.keyboard.press("ArrowRight")
        expect(page).not_to_have_url(entry)
    for page in pages:
        expect(page.get_by_text("Traceback")).to_have_count(0)
        expect(page.get_by_test_id("stException")).to_have_count(0)
    # Session 0 uploads its own path; none of the other nineteen sees it.
    minimal["id"] = "vain-yksi"
    file = tmp_path / "vain-yksi.yaml"
    file.write_text(dump(minimal), encoding="utf-8")
    pages[0].goto(f"{server.url}/own?lang=en")
    settle(pages[0])
    pages[0].locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(file))
    expect(pages[0].get_by_text("Path vain-yksi is now in use in this session")).to_be_visible()
    for page in pages[1:]:
        page.goto(f"{server.url}/explorer?lang=en&path=vain-yksi")
    for page in pages[1:]:
        explorer_ready(page)
        expect(page.get_by_text(re.compile("vain-yksi"))).to_be_visible()  # named as unknown
        expect(page).not_to_have_url(re.compile(r"path=vain-yksi"))
    assert errors == []
    for c in contexts:
        c.close()


def pathological_files(folder) -> list:
    """Files made to crash a recursive C parser or make it work for ever."""
    files = {
        "deep-flow.yaml": "a: " + "[" * 200_000 + "]" * 200_000 + "\n",
        "deep-block.yaml": "".join(f"{' ' * i}k{i}:\n" for i in range(1400)) + " " * 1400 + "x\n",
        "alias-bomb.yaml": (ROOT / "tests" / "hostile" / "alias-bomb.yaml").read_text(),
        "long-key.yaml": "? " + "x" * 900_000 + "\n: 1\n",
    }
    out = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text[: 1024 * 1024 - 1], encoding="utf-8")
        out.append(path)
    return out


@pytest.fixture(scope="module")
def poisoned_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("poisoned")
    for f in SHIPPED.glob("*.yaml"):
        shutil.copy(f, folder)
    pathological_files(folder)
    s = Server(paths=str(folder))
    yield s
    s.stop()


def test_files_built_to_crash_a_parser_never_stop_the_server(poisoned_server, browser, tmp_path):
    server = poisoned_server
    # Loaded from the folder at start: the other paths are served.
    page = browser.new_context().new_page()
    page.goto(f"{server.url}/explorer?lang=en&path=pohjanmaa")
    explorer_ready(page)
    # Uploaded by one session while another keeps working.
    uploader = browser.new_context().new_page()
    uploader.goto(f"{server.url}/own?lang=en")
    settle(uploader)
    field = uploader.locator('[data-testid="stFileUploader"] input[type="file"]')
    for file in pathological_files(tmp_path):
        field.set_input_files(str(file))
        expect(uploader.get_by_role("alert").first).to_be_visible(timeout=30_000)
        target = page.locator(STEP).nth(2)
        step = target.get_attribute("data-step")
        target.click()
        # The other session's file may hold the interpreter for seconds: this one waits its
        # turn, and what counts is that it is served at all.
        expect(page).to_have_url(re.compile(rf"step={step}"), timeout=30_000)
        other = page.locator(STEP).nth(1)
        other_step = other.get_attribute("data-step")
        other.click()
        expect(page).to_have_url(re.compile(rf"step={other_step}"), timeout=30_000)
    assert server.proc.poll() is None, "the server process is still running"
    with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=5) as r:
        assert r.status == 200
    page.goto(f"{server.url}/?lang=en")
    settle(page)
    expect(page.get_by_text("deep-flow.yaml").first).to_be_visible()  # listed as failed
