"""The diagrams measured in Chromium at the sizes they are read at: every step in the box,
text at least 12 px, no sideways scrolling, no marker on top of another."""

import pytest
from playwright.sync_api import Page, expect

from polku.diagram import build, render_variants
from polku.loader import load_library
from tests.browser.conftest import settle
from tests.conftest import SHIPPED

LIBRARY = load_library([SHIPPED])
STEP = '[data-testid="diagram-step"]'

# Each step node's box on screen, the box of the diagram's scroll area, and each text's
# rendered size: its font size in the SVG's user units times the SVG's scale on screen.
MEASURE = """(scroller) => {
  const svg = scroller.querySelector('svg');
  const box = scroller.getBoundingClientRect();
  const scale = svg.getScreenCTM().a;
  const nodes = [...svg.querySelectorAll('g.node[data-step]')].map((g) => {
    const r = g.getBoundingClientRect();
    const texts = [...g.querySelectorAll('text')].map((t) => ({
      px: parseFloat(t.getAttribute('font-size')) * scale,
      height: t.getBoundingClientRect().height,
    }));
    return { step: g.dataset.step, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
             texts };
  });
  return { box: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
           scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth,
           scrollHeight: scroller.scrollHeight, clientHeight: scroller.clientHeight,
           variant: scroller.dataset.variant, nodes };
}"""


def measure(page: Page, url: str) -> dict:
    page.goto(url)
    settle(page)
    expect(page.locator(STEP).first).to_be_visible(timeout=30_000)
    page.locator(".scroller").first.scroll_into_view_if_needed()
    page.locator(".scroller").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(300)
    return page.locator(".scroller").first.evaluate(MEASURE)


def readable(text: dict) -> bool:
    return text["px"] >= 12 - 1e-6 and text["height"] >= 12


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_explorer_shows_the_whole_national_path_readably_at_1920(server, browser, lang):
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    m = measure(page, f"{server.url}/explorer?path=kansallinen&lang={lang}")
    graph = LIBRARY.graphs["kansallinen"]
    assert sorted(n["step"] for n in m["nodes"]) == sorted(graph.order)
    box = m["box"]
    assert box["bottom"] - box["top"] <= 1080  # the whole box fits the screen at once
    for n in m["nodes"]:
        inside = (
            n["left"] >= box["left"]
            and n["right"] <= box["right"]
            and n["top"] >= box["top"]
            and n["bottom"] <= box["bottom"]
        )
        assert inside, (n["step"], n, box, m["variant"])
        assert n["texts"] and all(readable(t) for t in n["texts"]), (n["step"], n["texts"])
    page.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_explorer_at_1280_every_title_readable_without_sideways_scrolling(server, browser, lang):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    m = measure(page, f"{server.url}/explorer?path=kansallinen&lang={lang}")
    assert m["scrollWidth"] <= m["clientWidth"], m["variant"]
    box = m["box"]
    for n in m["nodes"]:
        assert n["left"] >= box["left"] and n["right"] <= box["right"], (n["step"], box)
        assert all(readable(t) for t in n["texts"]), (n["step"], n["texts"])
    page.close()


# Every shipped path's every arrangement, measured as the browser draws it: the markers on
# the arrows (the diagram's only edge labels) never overlap one another or a step.
LABELS = """() => [...document.querySelectorAll('svg g.node')].map((g) => {
  const r = g.getBoundingClientRect();
  return { name: g.querySelector('title').textContent, l: r.left, t: r.top, r: r.right,
           b: r.bottom };
})"""


def test_no_two_labels_overlap_on_the_shipped_paths(browser):
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    for path_id, graph in LIBRARY.graphs.items():
        for lang in ("fi", "sv", "en"):
            diagram = build(graph, lang, all_findings=True)
            assert not any("label=" in line and "->" in line for line in diagram.dot.split("\n"))
            for variant, svg in render_variants(diagram).items():
                page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
                boxes = [b for b in page.evaluate(LABELS) if b["name"][0] in "nt"]
                assert any(b["name"].startswith("t") for b in boxes) or not diagram.conditions
                boxes.sort(key=lambda b: b["l"])
                for i, a in enumerate(boxes):
                    for b in boxes[i + 1 :]:
                        if b["l"] >= a["r"]:
                            break
                        overlap = a["t"] < b["b"] and b["t"] < a["b"]
                        assert not overlap, (path_id, lang, variant, a["name"], b["name"])
    page.close()


FOUR = ("kansallinen", "keski-suomi", "kaiku", "pohjanmaa")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_compare_shows_four_paths_readably_at_1920(server, browser, lang):
    """Four columns across the width, every step inside the diagram's area (which grows with
    the rows: the page scrolls, the diagram never scrolls inside itself), text ≥ 12 px."""
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    m = measure(page, f"{server.url}/compare?paths={','.join(FOUR)}&lang={lang}")
    keys = sorted(f"{pid}/{sid}" for pid in FOUR for sid in LIBRARY.graphs[pid].order)
    assert sorted(n["step"] for n in m["nodes"]) == keys
    assert m["scrollWidth"] <= m["clientWidth"], m["variant"]
    assert m["scrollHeight"] <= m["clientHeight"], m["variant"]
    box = m["box"]
    for n in m["nodes"]:
        inside = (
            n["left"] >= box["left"]
            and n["right"] <= box["right"]
            and n["top"] >= box["top"]
            and n["bottom"] <= box["bottom"]
        )
        assert inside, (n["step"], n, box, m["variant"])
        assert n["texts"] and all(readable(t) for t in n["texts"]), (n["step"], n["texts"])
    # The columns use the width: the drawing spans most of the box.
    left = min(n["left"] for n in m["nodes"])
    right = max(n["right"] for n in m["nodes"])
    assert right - left >= 0.75 * (box["right"] - box["left"]), m["variant"]
    page.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_compare_four_paths_at_1280_readable_without_sideways_scrolling(server, browser, lang):
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    m = measure(page, f"{server.url}/compare?paths={','.join(FOUR)}&lang={lang}")
    assert m["scrollWidth"] <= m["clientWidth"], m["variant"]
    box = m["box"]
    for n in m["nodes"]:
        assert n["left"] >= box["left"] and n["right"] <= box["right"], (n["step"], box)
        assert all(readable(t) for t in n["texts"]), (n["step"], n["texts"])
    page.close()


def test_nothing_overlaps_on_four_paths_side_by_side(browser):
    """Steps, return markers and row headings, as Chromium draws every arrangement."""
    from polku.compare import short_names
    from polku.compare_diagram import build_side_by_side

    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    graphs = {pid: LIBRARY.graphs[pid] for pid in FOUR}
    for lang in ("fi", "sv", "en"):
        diagram = build_side_by_side(graphs, short_names(graphs, lang), lang)
        for variant, svg in render_variants(diagram).items():
            page.set_content(f"<html><body style='margin:0'>{svg}</body></html>")
            boxes = [b for b in page.evaluate(LABELS) if b["name"][0] in "cu"]
            boxes += page.evaluate(
                """() => [...document.querySelectorAll('g.stripe text')].map((t, i) => {
                  const r = t.getBoundingClientRect();
                  return { name: 'row' + i, l: r.left, t: r.top, r: r.right, b: r.bottom };
                })"""
            )
            assert any(b["name"].startswith("u") for b in boxes)
            assert any(b["name"].startswith("row") for b in boxes)
            boxes.sort(key=lambda b: b["l"])
            for i, a in enumerate(boxes):
                for b in boxes[i + 1 :]:
                    if b["l"] >= a["r"]:
                        break
                    overlap = a["t"] < b["b"] and b["t"] < a["b"]
                    assert not overlap, (lang, variant, a["name"], b["name"])
    page.close()
