"""Home in Chromium: the shipped paths, the language switch, accessibility."""

import re

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


# --- the three ways in ---------------------------------------------------------------------


def title_of(path_id: str, lang: str) -> str:
    library = load_library(path_dirs(""))
    p = library.paths[path_id]
    return resolve(p.title, lang, p.language).text


def test_learning_the_service_system_opens_the_onboarding_on_the_national_path(server, page: Page):
    page.goto(f"{server.url}/?lang=fi")
    settle(page)
    page.get_by_role("link", name="Aloita perehdytys").click()
    expect(page).to_have_url(re.compile(r"/onboarding\?.*path=kansallinen"))
    expect(page.get_by_role("heading", name="Perehdytys", exact=True)).to_be_visible()
    picker = page.locator(".st-key-path").get_by_role("combobox")
    expect(picker).to_have_value(title_of("kansallinen", "fi"))


def test_meeting_a_client_opens_the_meeting_on_the_path_picked_on_home(server, page: Page):
    page.goto(f"{server.url}/?lang=sv")
    settle(page)
    page.get_by_label("Stigen för klientens region").click()
    page.get_by_role("option", name="Satakunta", exact=True).click()
    settle(page)
    page.get_by_role("link", name="Börja mötet").click()
    expect(page).to_have_url(re.compile(r"/meeting\?.*path=satakunta"))
    picker = page.locator(".st-key-meeting-picker").get_by_role("combobox")
    expect(picker).to_have_value(title_of("satakunta", "sv"))
    # The meeting's first step is on screen, in Swedish.
    expect(page.locator(".st-key-meeting-crumbs")).to_contain_text("(Du är här)")


def test_comparing_regions_opens_the_comparison_with_the_national_path_and_two_regions(
    server, page: Page
):
    page.goto(f"{server.url}/?lang=en")
    settle(page)
    page.get_by_role("link", name="Open the comparison").click()
    expect(page).to_have_url(re.compile(r"/compare\?.*paths=kansallinen(,|%2C)"))
    expect(page.get_by_role("heading", name="Compare", exact=True)).to_be_visible()
    chosen = page.locator(".st-key-paths")
    for path_id in ("kansallinen", "keski-pohjanmaa", "pohjanmaa"):
        expect(chosen).to_contain_text(title_of(path_id, "en"))


def test_a_cards_compare_link_puts_the_path_beside_the_national_one(server, page: Page):
    page.goto(f"{server.url}/?lang=fi")
    settle(page)
    card = page.locator(".st-key-card-satakunta")
    card.get_by_role("link", name="Vertaa valtakunnalliseen").click()
    expect(page).to_have_url(re.compile(r"/compare\?.*paths=satakunta(,|%2C)kansallinen"))
    chosen = page.locator(".st-key-paths")
    expect(chosen).to_contain_text(title_of("satakunta", "fi"))
    expect(chosen).to_contain_text(title_of("kansallinen", "fi"))


def test_the_three_ways_in_stand_side_by_side_on_a_laptop_and_stack_on_a_tablet(server, page: Page):
    def lefts() -> list[float]:
        return [
            page.locator(f".st-key-way-{w}").bounding_box()["x"]
            for w in ("learn", "meet", "workshop")
        ]

    page.goto(f"{server.url}/?lang=fi")
    settle(page)
    # The grid's style is an st.html element that Streamlit loads lazily: for a few frames
    # after the run the boxes still stand one under another. Wait for the laid-out page.
    page.wait_for_function(
        "() => { const b = ['learn','meet','workshop'].map(w => document.querySelector("
        "'.st-key-way-' + w).getBoundingClientRect()); return b[0].x < b[1].x && "
        "b[1].x < b[2].x; }"
    )
    xs = lefts()
    assert xs[0] < xs[1] < xs[2], xs
    page.set_viewport_size({"width": 800, "height": 1280})
    expect(page.locator(".st-key-way-workshop")).to_be_visible()
    page.wait_for_function(
        "() => { const b = ['learn','meet','workshop'].map(w => document.querySelector("
        "'.st-key-way-' + w).getBoundingClientRect()); return b[0].x === b[2].x && "
        "b[0].bottom <= b[1].top && b[1].bottom <= b[2].top; }"
    )
