"""A click on a step reruns only the part of the page that shows the step (a fragment), read
from the WebSocket: the browser's request names the fragment, and what the server sends back
belongs to it alone; the link still follows, and the browser's back button still works."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from polku.i18n import t
from polku.loader import load_library
from polku.text import resolve
from tests.browser.conftest import settle
from tests.conftest import SHIPPED

LIBRARY = load_library([SHIPPED])
STEP = '[data-testid="diagram-step"]'


def title(path_id: str, step_id: str, lang: str = "en") -> str:
    path = LIBRARY.paths[path_id]
    return resolve(path.step(step_id).title, lang, path.language).text


class Wire:
    """Every BackMsg the page sends and ForwardMsg it receives on Streamlit's WebSocket."""

    def __init__(self, page: Page):
        self.sent: list[BackMsg] = []
        self.received: list[ForwardMsg] = []
        page.on("websocket", self._watch)

    def _watch(self, ws) -> None:
        if "_stcore/stream" not in ws.url:
            return
        ws.on("framesent", lambda data: self._add(self.sent, BackMsg, data))
        ws.on("framereceived", lambda data: self._add(self.received, ForwardMsg, data))

    @staticmethod
    def _add(into: list, kind, data) -> None:
        if isinstance(data, bytes):
            into.append(kind.FromString(data))

    def clear(self) -> None:
        self.sent.clear()
        self.received.clear()

    def reruns(self) -> list:
        return [m.rerun_script for m in self.sent if m.WhichOneof("type") == "rerun_script"]

    def deltas(self) -> list:
        return [m.delta for m in self.received if m.WhichOneof("type") == "delta"]


def only_the_fragment_ran(wire: Wire) -> str:
    """Assert that every rerun asked for since `clear` was a fragment's and that everything
    drawn belonged to it; return the fragment's id."""
    reruns = wire.reruns()
    assert reruns, "the click asked for no rerun"
    ids = {r.fragment_id for r in reruns}
    assert "" not in ids, "a click reran the whole page"
    assert len(ids) == 1, ids
    deltas = wire.deltas()
    assert deltas, "the fragment drew nothing"
    (fragment,) = ids
    outside = [d for d in deltas if d.fragment_id != fragment]
    assert not outside, f"{len(outside)} elements outside the fragment were sent again"
    return fragment


def kinds(wire: Wire) -> set[str]:
    return {
        d.new_element.WhichOneof("type")
        for d in wire.deltas()
        if d.WhichOneof("type") == "new_element"
    }


def headings(wire: Wire) -> list[str]:
    return [
        d.new_element.heading.body
        for d in wire.deltas()
        if d.WhichOneof("type") == "new_element" and d.new_element.WhichOneof("type") == "heading"
    ]


def test_a_step_click_on_the_explorer_reruns_only_the_step(server, page: Page):
    wire = Wire(page)
    page.goto(f"{server.url}/explorer?lang=en&path=kansallinen")
    settle(page)
    expect(page.locator(STEP).first).to_be_visible(timeout=30_000)
    graph = LIBRARY.graphs["kansallinen"]
    first, second = graph.order[2], graph.order[4]

    for target in (first, second):
        wire.clear()
        page.locator(f'{STEP}[data-step="{target}"]').click()
        expect(page).to_have_url(re.compile(rf"step={target}(&|$)"))
        heading = page.get_by_role("heading", name=title("kansallinen", target), exact=True)
        expect(heading).to_be_visible()
        expect(page.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", target)
        settle(page)
        only_the_fragment_ran(wire)
        # The role matrix and the page's title are outside: not drawn again.
        assert "arrow_data_frame" not in kinds(wire)
        assert t("nav.explorer", "en") not in headings(wire)
        # The drawing itself is not sent again (the browser holds it; only the selection moved).
        drawings = [
            d
            for d in wire.deltas()
            if d.WhichOneof("type") == "new_element"
            and d.new_element.WhichOneof("type") == "bidi_component"
            and len(d.new_element.bidi_component.bytes) > 20_000
        ]
        assert not drawings, "the diagram's drawing was sent again on a step click"

    # The browser's back button returns to the step before, panel and diagram with it.
    page.go_back()
    expect(page).to_have_url(re.compile(rf"step={first}(&|$)"))
    expect(
        page.get_by_role("heading", name=title("kansallinen", first), exact=True)
    ).to_be_visible()
    expect(page.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", first)


def test_next_in_the_meeting_reruns_only_the_walk(server, page: Page):
    wire = Wire(page)
    page.goto(f"{server.url}/meeting?lang=en&path=pohjanmaa")
    settle(page)
    forward = page.locator('[class*="st-key-meeting-next"] button')
    expect(forward).to_be_visible(timeout=30_000)
    graph = LIBRARY.graphs["pohjanmaa"]
    start = graph.entries[0]
    target = graph.steps[start].next[0].to
    wire.clear()
    forward.click()
    expect(page).to_have_url(re.compile(rf"step={target}(&|$)"))
    expect(page.locator(".st-key-meeting h2")).to_have_text(
        " ".join(title("pohjanmaa", target).split())
    )
    settle(page)
    only_the_fragment_ran(wire)
    expect(page.get_by_role("button", name=re.compile("^Back"))).to_be_enabled()
    # The map is drawn when opened (not on every Next), marking the step the client is at.
    assert page.locator(STEP).count() == 0
    page.get_by_text(t("meeting.map", "en"), exact=True).click()
    expect(page.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", target)
    settle(page)
    page.get_by_role("button", name=re.compile("^Back")).click()
    expect(page.locator(f'{STEP}[aria-current="step"]')).to_have_attribute("data-step", start)


def test_a_click_in_one_compare_tab_reruns_only_that_tab(server, page: Page):
    wire = Wire(page)
    page.goto(f"{server.url}/compare?lang=en&paths=pohjanmaa,keski-suomi")
    settle(page)
    expect(page.locator(STEP).first).to_be_visible(timeout=30_000)
    target = LIBRARY.graphs["keski-suomi"].order[3]
    wire.clear()
    page.locator(f'{STEP}[data-step="keski-suomi/{target}"]').click()
    expect(
        page.get_by_role("heading", name=title("keski-suomi", target), exact=True)
    ).to_be_visible()
    settle(page)
    side = only_the_fragment_ran(wire)

    page.get_by_role("tab", name="Metrics").click()
    wire.clear()
    page.get_by_label("Metrics to chart").click()
    page.keyboard.press("ArrowDown")  # opens the list of metrics not charted yet
    page.get_by_role("option", name=t("metric.steps", "en"), exact=True).click()
    # The chart's caption defines every charted metric: the tab was drawn again.
    expect(page.get_by_text(t("metric.steps.def", "en"))).to_be_visible()
    settle(page)
    assert only_the_fragment_ran(wire) != side
