"""The explorer in Chromium: click and keyboard selection, links, walking, the lens, axe."""

import re

import pytest
from playwright.sync_api import Page, expect

from polku.loader import load_library
from polku.text import resolve
from tests.browser.conftest import Server, axe_violations, settle
from tests.conftest import SHIPPED

LIBRARY = load_library([SHIPPED])
STEP = '[data-testid="diagram-step"]'


def title(path_id: str, step_id: str, lang: str = "en") -> str:
    path = LIBRARY.paths[path_id]
    return resolve(path.step(step_id).title, lang, path.language).text


def open_explorer(page: Page, server, query: str) -> None:
    page.goto(f"{server.url}/explorer?{query}")
    settle(page)
    expect(page.locator(STEP).first).to_be_visible(timeout=30_000)


def test_click_a_step_shows_its_panel_and_changes_the_link(server, page: Page):
    open_explorer(page, server, "lang=en&path=kansallinen")
    graph = LIBRARY.graphs["kansallinen"]
    target = graph.order[2]
    page.locator(f'{STEP}[data-step="{target}"]').click()
    expect(page).to_have_url(re.compile(rf"step={target}"))
    expect(
        page.get_by_role("heading", name=title("kansallinen", target), exact=True)
    ).to_be_visible()
    expect(page.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", target)


def test_a_click_on_the_drawing_brings_the_steps_words_into_view_on_a_laptop(server, browser):
    """At 1280x720 the drawing fills the screen and the step's words are below it: a click
    that only thickened a border looked like nothing happened."""
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    open_explorer(page, server, "lang=fi&path=kansallinen")
    graph = LIBRARY.graphs["kansallinen"]
    target = graph.order[4]
    heading = page.get_by_role("heading", name=title("kansallinen", target, "fi"), exact=True)
    where = page.get_by_text(f"Askel 5 / {len(graph.order)}", exact=False)
    expect(where).not_to_be_in_viewport()
    page.locator(f'{STEP}[data-step="{target}"]').click()
    expect(heading).to_be_in_viewport()
    expect(where).to_be_in_viewport()
    page.close()


def test_enter_on_a_focused_step_selects_it_and_the_link_reproduces_the_view(
    server, page: Page, context
):
    open_explorer(page, server, "lang=sv&path=pohjois-karjala")
    graph = LIBRARY.graphs["pohjois-karjala"]
    target = graph.order[4]
    node = page.locator(f'{STEP}[data-step="{target}"]')
    node.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"step={target}"))
    heading = title("pohjois-karjala", target, "sv")
    expect(page.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    # Keyboard focus stays on the step after the rerun, and the page does not scroll away.
    expect(page.locator(f"{STEP}:focus")).to_have_attribute("data-step", target)
    expect(node).to_be_in_viewport()

    again = context.new_page()
    again.goto(page.url)
    settle(again)
    expect(again.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    expect(again.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", target)
    expect(again.get_by_role("radio", name="Svenska")).to_be_checked()


def test_next_walks_to_an_exit_and_previous_walks_back(server, page: Page):
    open_explorer(page, server, "lang=en&path=pohjanmaa")
    # The way the buttons take, read from the file: at a branch the last choice.
    graph = LIBRARY.graphs["pohjanmaa"]
    route = [graph.entries[0]]
    while graph.steps[route[-1]].next and len(route) < 30:
        route.append(graph.steps[route[-1]].next[-1].to)
    assert not graph.steps[route[-1]].next, "the last choices lead to an exit"
    for step_id in route[1:]:
        page.get_by_role("button", name=re.compile("→$")).last.click()
        expect(page).to_have_url(re.compile(rf"step={step_id}(&|$)"))
        expect(
            page.get_by_role("heading", name=title("pohjanmaa", step_id), exact=True)
        ).to_be_visible()
    expect(page.get_by_text("The path ends at this step.").first).to_be_visible()
    previous = page.get_by_role("button", name="← Previous")
    for step_id in reversed(route[:-1]):  # Previous retraces the way walked
        previous.click()
        expect(page).to_have_url(re.compile(rf"step={step_id}(&|$)"))
    expect(previous).to_be_disabled()


def test_the_actor_lens_dims_the_other_steps(server, page: Page):
    open_explorer(page, server, "lang=en&path=etela-pohjanmaa-aimo")
    fills = page.locator(f"{STEP} path, {STEP} polygon")
    assert "#f4f4f4" not in [
        f.lower() for f in fills.evaluate_all("els => els.map(e => e.getAttribute('fill'))")
    ]
    page.get_by_label("Actor lens").click()
    # The name says Kela already, so the option does not add "(Kela)".
    page.get_by_role(
        "option", name="Kela personal guide (Central insurance district)", exact=True
    ).click()
    settle(page)
    expect(page).to_have_url(re.compile(r"actor="))
    graph = LIBRARY.graphs["etela-pohjanmaa-aimo"]
    kela = {a.id for a in graph.path.actors if a.kind == "kela"}
    first = next(s for s in graph.order if any(r.actor in kela for r in graph.steps[s].roles))
    # The lens opens on Kela's first step, marked on the diagram.
    expect(page.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", first)
    expect(page.get_by_role("heading", name=re.compile("tasks in order"))).to_be_visible()
    after = [
        f.lower()
        for f in page.locator(f"{STEP} path, {STEP} polygon").evaluate_all(
            "els => els.map(e => e.getAttribute('fill'))"
        )
    ]
    assert "#f4f4f4" in after, "some steps are dimmed"
    assert any(f not in ("#f4f4f4", "none") for f in after), "the actor's steps are not"


def test_a_first_visitor_arriving_by_deep_link_gets_the_whole_app(browser):
    fresh = Server()  # a just-started server: this is its first session
    try:
        page = browser.new_page()
        page.goto(f"{fresh.url}/explorer?lang=sv&path=kaiku")
        settle(page)
        expect(page.get_by_role("heading", name="Stigutforskaren")).to_be_visible()
        expect(page.get_by_role("radio", name="Svenska")).to_be_checked()
        expect(page.get_by_role("link", name="Startsida")).to_be_visible()
        page.close()
    finally:
        fresh.stop()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_explorer_has_no_serious_accessibility_violations(server, page: Page, lang):
    open_explorer(page, server, f"lang={lang}&path=kansallinen&actor=kela")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    violations = axe_violations(page)
    assert violations == [], violations


def test_downloads_png_made_in_the_browser_and_svg_from_the_server(server, page: Page):
    open_explorer(page, server, "lang=en&path=kaiku")
    with page.expect_download() as png:
        page.get_by_role("button", name="Download PNG").click()
    assert png.value.suggested_filename == "polku-kaiku.png"
    with open(png.value.path(), "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    with page.expect_download() as svg:
        page.get_by_role("button", name="Diagram (SVG)").click()
    with open(svg.value.path(), encoding="utf-8") as f:
        text = f.read()
    assert "<svg" in text and 'class="node"' in text
    with page.expect_download() as csv:
        page.get_by_role("button", name="Role matrix (CSV)").click()
    with open(csv.value.path(), encoding="utf-8-sig") as f:
        header = f.readline()
    assert header.startswith("Step,")


def test_the_three_downloads_give_the_drawing_its_source_and_the_role_matrix(server, page: Page):
    open_explorer(page, server, "lang=en&path=pohjanmaa")
    files = {}
    for name in ("Diagram (SVG)", "Graphviz source (DOT)", "Role matrix (CSV)"):
        with page.expect_download() as download:
            page.get_by_role("button", name=name, exact=True).click()
        files[download.value.suggested_filename] = open(download.value.path(), "rb").read()
    assert sorted(files) == [
        "polku-pohjanmaa-roolit.csv",
        "polku-pohjanmaa.dot",
        "polku-pohjanmaa.svg",
    ]
    assert b"<svg" in files["polku-pohjanmaa.svg"][:400]
    assert files["polku-pohjanmaa.dot"].lstrip().startswith(b"digraph")
    # pohjanmaa.yaml's first step: the client participates, the work ability unit is
    # responsible (after a BOM, so that Excel reads it as UTF-8).
    rows = files["polku-pohjanmaa-roolit.csv"].decode("utf-8-sig").splitlines()
    assert rows[0].startswith("Step,Client,Work ability support unit")
    assert rows[1] == f"1. {title('pohjanmaa', 'hakeutuminen')},participates,responsible" + "," * 10


@pytest.mark.parametrize("size,least,most", [((1280, 720), 15, 17), ((1920, 1080), 20, 40)])
def test_the_steps_words_are_larger_on_a_projector(server, browser, size, least, most):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    open_explorer(page, server, "lang=fi&path=kansallinen&step=aktivointisuunnitelma")
    words = page.locator('[data-testid="stHorizontalBlock"]:has(.st-key-step) li').first
    expect(words).to_be_attached()
    page.wait_for_function(  # the style is loaded lazily: wait until the size is the page's
        """([least, most]) => {
             const li = document.querySelector(
               '[data-testid="stHorizontalBlock"]:has(.st-key-step) li');
             const px = li && parseFloat(getComputedStyle(li).fontSize);
             return px >= least && px <= most; }""",
        arg=[least, most],
    )
    page.close()
