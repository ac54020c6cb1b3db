"""Meeting mode in Chromium: a keyboard-only walk on every path, the handout download."""

import io
import os
import re
import tempfile
import time
from pathlib import Path

import pypdf
import pytest
from playwright.sync_api import Page, expect

from polku.graph import PathGraph
from polku.loader import load_library, load_text
from polku.text import resolve
from tests.browser.conftest import Server, axe_violations, choose_language, settle
from tests.conftest import ROOT, SHIPPED, dump
from tests.pathgen import generate

LIBRARY = load_library([SHIPPED])
END = {"fi": "Tämä on polun päätepiste.", "en": "This is where the path ends."}


@pytest.fixture(scope="module")
def unseen_server(tmp_path_factory):
    """A server with a path file the team has never seen, next to the shipped ones."""
    folder = tmp_path_factory.mktemp("unseen")
    data = generate(5, steps=16)
    (folder / "unseen.yaml").write_text(dump(data), encoding="utf-8")
    server = Server(paths=f"{SHIPPED}:{folder}")
    yield server, PathGraph(load_text(dump(data), "unseen.yaml").path)
    server.stop()


def keyboard_walk(page: Page, graph: PathGraph, lang: str) -> list[str]:
    """From the entry to an exit with the keyboard alone: → for next, a digit for a choice.

    The path's data says how many choices a step has; the heading says the page shows it."""
    path = graph.path
    expect(page).to_have_url(re.compile(r"step="))
    steps = [re.search(r"step=([a-z0-9-]+)", page.url).group(1)]
    for _ in range(60):
        step = graph.steps[steps[-1]]
        title = " ".join(resolve(step.title, lang, path.language).text.split())
        expect(page.locator(".st-key-meeting h2")).to_have_text(title)
        if not step.next:
            expect(page.get_by_text(END[lang])).to_be_visible()
            return steps
        key = "ArrowRight" if len(step.next) == 1 else str(len(step.next))
        forward = page.locator(
            '[class*="st-key-meeting-next"] button, [class*="st-key-meeting-choice-"] button'
        )
        # Under load the previous step's buttons linger (stale) until the run ends.
        settle(page)
        expect(forward).to_have_count(len(step.next), timeout=15_000)
        # At a branch take the last choice, which leads on rather than back round a loop.
        page.keyboard.press(key)
        expected = step.next[-1].to
        expect(page).to_have_url(re.compile(rf"step={expected}(&|$)"))
        steps.append(expected)
    raise AssertionError(f"no exit reached: {steps}")


@pytest.mark.parametrize("path_id", sorted(LIBRARY.paths))
def test_keyboard_walk_to_an_exit_on_every_shipped_path(server, page: Page, path_id):
    page.goto(f"{server.url}/meeting?lang=fi&path={path_id}")
    settle(page)
    steps = keyboard_walk(page, LIBRARY.graphs[path_id], "fi")
    assert not LIBRARY.paths[path_id].step(steps[-1]).next
    page.keyboard.press("ArrowLeft")
    expect(page).to_have_url(re.compile(rf"step={steps[-2]}(&|$)"))


def test_keyboard_walk_on_a_path_file_never_seen(unseen_server, page: Page):
    server, graph = unseen_server
    page.goto(f"{server.url}/meeting?lang=en&path={graph.path.id}")
    settle(page)
    steps = keyboard_walk(page, graph, "en")
    assert len(steps) >= 2


def test_language_switch_mid_meeting_keeps_the_place(server, page: Page):
    page.goto(f"{server.url}/meeting?lang=fi&path=pohjanmaa")
    settle(page)
    expect(page).to_have_url(re.compile(r"step="))
    expect(page.locator('[class*="st-key-meeting-next"] button')).to_be_visible()
    entry = page.url
    page.keyboard.press("ArrowRight")
    expect(page).not_to_have_url(entry)
    settle(page)
    place = re.search(r"step=([a-z0-9-]+)", page.url).group(1)
    choose_language(page, "English")
    expect(page.get_by_role("button", name=re.compile("^Back"))).to_be_enabled()
    assert f"step={place}" in page.url


def test_handout_download_has_the_steps_and_contacts_and_the_name_stays_out_of_the_server(
    server, page: Page
):
    started = time.time()
    name = "Testiasiakas Qwzx"
    page.goto(f"{server.url}/meeting?lang=fi&path=pohjanmaa")
    settle(page)
    expect(page).to_have_url(re.compile(r"step="))
    expect(page.locator('[class*="st-key-meeting-next"] button')).to_be_visible()
    entry = page.url
    page.keyboard.press("ArrowRight")
    expect(page).not_to_have_url(entry)
    settle(page)
    current = re.search(r"step=([a-z0-9-]+)", page.url).group(1)
    page.get_by_text("Moniste mukaan").click()
    field = page.get_by_label("Nimi monisteeseen (vapaaehtoinen)")
    field.fill(name)
    field.press("Enter")
    settle(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Lataa moniste (PDF)").click()
    assert download.value.suggested_filename == "polku-pohjanmaa.pdf"
    data = Path(download.value.path()).read_bytes()
    text = " ".join(
        "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages).split()
    )
    assert f"Kenelle: {name}" in text
    # pohjanmaa.yaml: one → from the entry leads to the mapping step, whose one way on is
    # the client coordinator (read from the file, written here).
    assert current == "kartoitus"
    assert "Tähän asti: Matalan kynnyksen yhteydenotto – ei lähetettä" in text
    assert "Nyt olet tässä: Tilanteen kartoitus" in text
    assert "Seuraavaksi Asiakasvastaava nimetään" in text
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) == 1
    assert "/StructTreeRoot" in pypdf.PdfReader(io.BytesIO(data)).trailer["/Root"]
    # Nothing about the client on the server: not in its log, not in any file it wrote.
    log = (ROOT / "test-results-server.log").read_text(encoding="utf-8", errors="replace")
    assert name not in log
    for folder in (ROOT, Path(tempfile.gettempdir())):
        # os.walk skips folders that vanish mid-walk (other programs share /tmp); the browser's
        # own profile and download folders hold what the user typed and are not the server's.
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = [d for d in dirnames if not d.startswith(("playwright", ".org.chromium"))]
            for filename in filenames:
                f = Path(dirpath, filename)
                try:
                    stat = f.stat()
                    if stat.st_mtime >= started and stat.st_size < 5e6:
                        assert name.encode() not in f.read_bytes(), f
                except OSError:
                    continue


@pytest.mark.parametrize("size", [(1280, 720), (768, 1024)])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_meeting_has_no_serious_accessibility_violations(server, page: Page, lang, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{server.url}/meeting?lang={lang}&path=pohjois-karjala")
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert axe_violations(page) == []


def test_after_picking_a_path_with_the_mouse_the_arrow_key_walks(server, page: Page):
    page.goto(f"{server.url}/meeting?lang=en&path=kansallinen")
    settle(page)
    page.locator(".st-key-meeting-picker").get_by_role("combobox").click()
    page.get_by_role("option", name=re.compile("^Ostrobothnia – work ability support")).click()
    expect(page).to_have_url(re.compile(r"path=pohjanmaa"))
    settle(page)
    heading = page.locator(".st-key-meeting h2")
    expect(heading).to_have_text("Low-threshold contact – no referral")
    page.keyboard.press("ArrowRight")  # focus left the picker: the key walks, not searches
    expect(page).to_have_url(re.compile(r"step=kartoitus(&|$)"))
    expect(heading).to_have_text("Mapping the situation")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_answer_of_the_largest_branch_is_on_screen_and_none_is_a_bare_title(
    server, page: Page, lang
):
    # The largest branch of the shipped paths: the national plan review, eight ways on.
    graph = LIBRARY.graphs["kansallinen"]
    assert len(graph.steps["valiarviointi"].next) == 8
    page.goto(f"{server.url}/meeting?lang={lang}&path=kansallinen&step=valiarviointi")
    settle(page)
    answers = page.locator('[class*="st-key-meeting-choice-"] button')
    expect(answers).to_have_count(8)
    titles = {
        " ".join(resolve(graph.steps[t.to].title, lang, "fi").text.split())
        for t in graph.steps["valiarviointi"].next
    }
    # The answers' grid style is an st.html element that Streamlit loads lazily: wait for the
    # laid-out page (a timeout here is the failure), then check every box.
    page.wait_for_function(
        "() => { const b = [...document.querySelectorAll("
        "'[class*=\"st-key-meeting-choice-\"] button')]; return b.length === 8 && "
        "b.every(e => { const r = e.getBoundingClientRect(); "
        "return r.top >= 0 && r.bottom <= 720; }); }",
        timeout=15_000,
    )
    for i in range(8):
        box = answers.nth(i).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 720, (i, box)
        label = " ".join(answers.nth(i).inner_text().split()).rstrip("0123456789 ")
        assert label not in titles, label
