"""Comparison in Chromium: the aligned diagram and its steps, choosing paths, a bar and a
square opening the steps behind them, the XLSX download, and axe-core on every tab."""

import re

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from polku.loader import load_library
from polku.text import resolve
from tests.browser.conftest import axe_violations, settle
from tests.conftest import SHIPPED

LIBRARY = load_library([SHIPPED])
STEP = '[data-testid="diagram-step"]'
TABS = {
    "fi": ["Rinnakkain", "Erot", "Mittarit", "Kaikki polut", "Yhteenveto"],
    "sv": ["Sida vid sida", "Skillnader", "Mått", "Alla stigar", "Sammanfattning"],
    "en": ["Side by side", "Differences", "Metrics", "All paths", "Summary"],
}


def title(path_id: str, step_id: str, lang: str = "en") -> str:
    path = LIBRARY.paths[path_id]
    return resolve(path.step(step_id).title, lang, path.language).text


def click_centre(page: Page, locator) -> None:
    """Click a Plotly mark as a user does: Plotly's drag layer lies over the marks and picks
    the point under the pointer, so the mouse goes to the mark's centre."""
    expect(locator).to_be_visible()
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    assert box is not None, "the mark went away before the click"
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_the_aligned_diagram_has_every_step_and_a_click_opens_one(server, page: Page):
    page.goto(f"{server.url}/compare?lang=en&paths=pohjanmaa,keski-suomi")
    settle(page)
    steps = page.locator(STEP)
    expect(steps.first).to_be_visible(timeout=30_000)
    total = len(LIBRARY.paths["pohjanmaa"].steps) + len(LIBRARY.paths["keski-suomi"].steps)
    expect(steps).to_have_count(total)
    target = LIBRARY.graphs["keski-suomi"].order[3]
    page.locator(f'{STEP}[data-step="keski-suomi/{target}"]').click()
    expect(
        page.get_by_role("heading", name=title("keski-suomi", target), exact=True)
    ).to_be_visible()


def test_choosing_a_third_path_puts_it_in_the_link(server, page: Page):
    page.goto(f"{server.url}/compare?lang=en&paths=pohjanmaa,keski-suomi")
    settle(page)
    page.get_by_label("Paths to compare (2–4)").click()
    kaiku = resolve(LIBRARY.paths["kaiku"].title, "en", "fi").text
    page.get_by_role("option", name=kaiku).click()
    expect(page).to_have_url(re.compile(r"paths=pohjanmaa(%2C|,)keski-suomi(%2C|,)kaiku"))


def test_the_chart_opens_on_gaps_and_a_bar_opens_the_steps_behind_it(server, page: Page):
    page.goto(f"{server.url}/compare?lang=en&paths=pohjanmaa,kaiku")
    settle(page)
    page.get_by_role("tab", name="Metrics").click()
    chart = page.locator(".js-plotly-plot")
    expect(chart.locator(".legendtext")).to_have_text(["Gaps", "Cold"])
    gaps = chart.locator(".bars").first.locator(".point path")  # the first trace: gaps
    expect(gaps).to_have_count(2)
    click_centre(page, gaps.nth(1))  # Kaiku has one gap
    expect(page.get_by_text("The steps behind: Kaiku: Gaps")).to_be_visible()
    gap = next(f.step for f in LIBRARY.graphs["kaiku"].findings if f.kind == "gap")
    line = re.compile("^" + re.escape(title("kaiku", gap)) + " — no one responsible")
    expect(page.get_by_role("listitem").filter(has_text=line)).to_be_visible()


FOUR = "pohjanmaa,kaiku,keski-suomi,pohjois-karjala"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_differences_table_shows_every_row_and_column_without_a_scroll_box(
    server, page: Page, size
):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(f"{server.url}/compare?lang=fi&paths={FOUR}")
    settle(page)
    page.get_by_role("tab", name="Erot").click()
    grid = page.get_by_test_id("stDataFrame").locator(".dvn-scroller")
    expect(grid).to_be_visible()
    settle(page)
    scroll = grid.evaluate("e => [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight]")
    assert scroll[0] <= scroll[1], f"sideways scroll: {scroll}"
    assert scroll[2] <= scroll[3] + 1, f"a scroll box inside the table: {scroll}"
    graphs = {pid: LIBRARY.graphs[pid] for pid in FOUR.split(",")}
    rows = len(
        {(g.path.phase(s.phase).kind, s.kind) for g in graphs.values() for s in g.path.steps}
    )
    # Glide draws only the rows in view: all of them are in view, the last one too.
    expect(page.get_by_test_id("stDataFrame").locator("tr[role=row]")).to_have_count(rows + 1)


def test_clicking_a_row_opens_its_steps(server, page: Page):
    page.goto(f"{server.url}/compare?lang=en&paths=pohjanmaa,kaiku")
    settle(page)
    page.get_by_role("tab", name="Differences").click()
    grid = page.get_by_test_id("stDataFrame")
    expect(grid).to_be_visible()
    settle(page)
    box = grid.bounding_box()
    assert box is not None
    # The first body row's checkbox, at the left edge below the header.
    page.mouse.click(box["x"] + 16, box["y"] + 38 + 20)
    expect(page.get_by_text(re.compile(r"^The steps behind: "))).to_be_visible()


def test_a_square_in_the_overview_opens_its_steps(server, page: Page):
    page.goto(f"{server.url}/compare?lang=en")
    settle(page)
    page.get_by_role("tab", name="All paths").click()
    squares = page.locator(".js-plotly-plot .scatterlayer .point")
    expect(squares.first).to_be_visible()
    click_centre(page, squares.first)
    expect(page.get_by_text(re.compile(r"^The steps behind: "))).to_be_visible()


def test_the_xlsx_download_opens_with_pandas(server, page: Page):
    page.goto(f"{server.url}/compare?lang=fi&paths=pohjanmaa,keski-suomi,pohjois-karjala")
    settle(page)
    page.get_by_role("tab", name="Erot").click()
    with page.expect_download() as download:
        page.get_by_role("button", name="Lataa Excel (XLSX)").click()
    sheets = pd.read_excel(download.value.path(), sheet_name=None)
    assert list(sheets["Erot"].columns) == ["Askel", "Pohjanmaa", "Keski-Suomi", "Pohjois-Karjala"]
    assert len(sheets["Mittarit"]) == 3


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_tab_has_no_serious_accessibility_violations(server, page: Page, lang):
    page.goto(f"{server.url}/compare?lang={lang}&paths=pohjanmaa,kaiku,pohjois-karjala")
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator(STEP).first).to_be_visible(timeout=30_000)
    for tab in TABS[lang]:
        page.get_by_role("tab", name=tab).click()
        settle(page)
        assert axe_violations(page) == [], tab
