"""The compare page's example person in Chromium: a persona picked on four regions' paths shows
a row per path, the chart with its labels, the words, and the link follows; axe-core clean in
fi/sv/en."""

import re

import pandas as pd
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, settle

FOUR = "kansallinen,paijat-hame,pohjois-karjala,satakunta"
TAB = {"fi": "Esimerkkihenkilö", "sv": "Exempelperson", "en": "Example person"}
TABLE = '[data-testid="persona-table"]'


def open_tab(page: Page, url: str, lang: str, persona: str = "") -> None:
    page.goto(
        f"{url}/compare?lang={lang}&paths={FOUR}" + (f"&persona={persona}" if persona else "")
    )
    settle(page)
    page.get_by_role("tab", name=TAB[lang], exact=True).click()
    settle(page)


def pick(page: Page, name: re.Pattern) -> None:
    """Choose an example person in the tab's select box; a click while the tab is still being
    drawn may not open the list, so it is opened again until the option shows."""
    box = page.locator(".st-key-persona").get_by_role("combobox")
    expect(box).to_be_visible()
    option = page.get_by_role("option", name=name)
    for _ in range(3):
        box.click()
        try:
            expect(option).to_be_visible(timeout=5_000)
            break
        except AssertionError:
            page.keyboard.press("Escape")
    option.click()


def test_a_persona_on_four_paths_is_four_rows_a_chart_and_words(server, page: Page):
    open_tab(page, server.url, "en")
    expect(page.locator(TABLE)).to_have_count(0)  # no one is walked until one is chosen
    pick(page, re.compile(r"^Person A, 45"))
    settle(page)
    expect(page).to_have_url(re.compile(r"persona=selkakipu-45"))
    rows = page.locator(f"{TABLE} tbody tr")
    expect(rows).to_have_count(4)
    expect(rows.locator("th")).to_have_text(
        ["All of Finland", "Päijät-Häme", "North Karelia", "Satakunta"]
    )
    expect(page.locator(f'{TABLE} tr[data-end="exit"] th')).to_have_text(["All of Finland"])
    chart = page.locator('[data-testid="stPlotlyChart"]:visible .js-plotly-plot')
    chart.scroll_into_view_if_needed()
    expect(chart.locator(".legendtext")).to_have_text(["exit", "left open", "several ways fit"])
    expect(chart.locator(".bars .point path")).to_have_count(4)
    expect(chart.locator(".bars text")).to_contain_text(
        ["3 · exit", "2 · left open", "2 · left open", "2 · several ways fit"], ignore_case=False
    )
    expect(page.get_by_role("heading", name="In words")).to_be_visible()
    expect(page.get_by_text("Reaches an exit: All of Finland.")).to_be_visible()
    expect(page.get_by_text("Several ways fit: North Karelia.")).to_be_visible()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_tab_has_no_serious_accessibility_violations(server, page: Page, lang):
    open_tab(page, server.url, lang, "nuori-opiskelu-22")
    expect(page.locator(f"{TABLE} tbody tr")).to_have_count(4)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    assert axe_violations(page) == []


def test_the_persona_table_downloads_as_csv_with_a_row_per_path(server, page: Page):
    open_tab(page, server.url, "en", persona="selkakipu-45")
    expect(page.locator(f"{TABLE} tbody tr")).to_have_count(4)
    with page.expect_download() as download:
        page.get_by_role("button", name="The table (CSV)", exact=True).click()
    assert download.value.suggested_filename == "polku-selkakipu-45.csv"
    frame = pd.read_csv(download.value.path(), encoding="utf-8-sig", index_col=0)
    # The same four rows as on screen, in the same order.
    assert list(frame.index) == ["All of Finland", "Päijät-Häme", "North Karelia", "Satakunta"]
    assert frame.index.name == "Region"
    assert "1. " in frame.iloc[0, 0]  # the way taken, its steps numbered
