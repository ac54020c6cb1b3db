"""Home in Chromium: the shipped paths, the language switch, accessibility."""

import pytest
from playwright.sync_api import Page, expect

from polku.loader import load_library, path_dirs
from polku.text import resolve
from tests.browser.conftest import axe_violations, choose_language, settle

HEADINGS = {
    "fi": "Ladatut palvelupolut",
    "sv": "Inlästa servicestigar",
    "en": "Loaded service paths",
}


def shipped_titles(lang: str) -> list[str]:
    library = load_library(path_dirs(""))
    return [resolve(p.title, lang, p.language).text for p in library.paths.values()]


def test_home_shows_every_shipped_path_in_finnish(server, page: Page):
    page.goto(server.url)
    settle(page)
    expect(page.get_by_role("heading", name=HEADINGS["fi"])).to_be_visible()
    titles = shipped_titles("fi")
    assert len(titles) >= 1
    for title in titles:
        expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    expect(page.get_by_text("Traceback")).to_have_count(0)


def test_switching_language_changes_the_strings_and_the_link(server, page: Page):
    page.goto(f"{server.url}/?lang=fi")
    settle(page)
    choose_language(page, "Svenska")
    expect(page.get_by_role("heading", name=HEADINGS["sv"])).to_be_visible()
    expect(page).to_have_url(f"{server.url}/?lang=sv")
    choose_language(page, "English")
    expect(page.get_by_role("heading", name=HEADINGS["en"])).to_be_visible()
    expect(page).to_have_url(f"{server.url}/?lang=en")
    for title in shipped_titles("en"):
        expect(page.get_by_role("heading", name=title, exact=True)).to_be_visible()
    page.go_back()
    expect(page.get_by_role("heading", name=HEADINGS["sv"])).to_be_visible()


def test_keyboard_reaches_the_language_switch(server, page: Page):
    page.goto(f"{server.url}/?lang=fi")
    settle(page)
    page.get_by_role("radio", name="Suomi").focus()
    page.keyboard.press("ArrowRight")
    expect(page.get_by_role("heading", name=HEADINGS["sv"])).to_be_visible()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_home_has_no_serious_accessibility_violations(server, page: Page, lang):
    page.goto(f"{server.url}/?lang={lang}")
    settle(page)
    expect(page.get_by_role("heading", name=HEADINGS[lang])).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", lang)
    violations = axe_violations(page)
    assert violations == [], violations
