"""Onboarding in Chromium: the role tour and its stops as links, the way on to the self-check,
choosing a role, glossary search, the self-check's feedback, the law section, and axe-core on
every section in all three languages."""

import re

import pytest
from playwright.sync_api import Page, expect

from polku.loader import load_library
from polku.onboarding import tour
from polku.reference import core_glossary, merged, path_glossary, search
from polku.text import resolve
from tests.browser.conftest import axe_violations, settle
from tests.conftest import SHIPPED

LIBRARY = load_library([SHIPPED])
GLOSSARY = merged(
    core_glossary() + tuple(g for p in LIBRARY.paths.values() for g in path_glossary(p))
)
SECTIONS = {
    "fi": ["Kierros", "Sama rooli muualla", "Sanasto", "Laki ja aikajana", "Itsearviointi"],
    "sv": ["Rundtur", "Samma roll på andra håll", "Ordlista", "Lag och tidslinje", "Självtest"],
    "en": ["Tour", "Same role elsewhere", "Glossary", "Law and timeline", "Self-check"],
}


def stop_titles(path_id: str, kind: str, lang: str) -> list[str]:
    graph = LIBRARY.graphs[path_id]
    return [resolve(s.step.title, lang, graph.path.language).text for s in tour(graph, kind)]


def open_section(page: Page, name: str) -> None:
    page.get_by_test_id("stMainBlockContainer").locator("label").filter(
        has_text=re.compile("^" + re.escape(name) + "$")
    ).click()
    expect(page.get_by_role("radio", name=name)).to_be_checked()
    settle(page)


def heading(page: Page, title: str):
    return page.get_by_role("heading", name=re.compile(re.escape(title) + "$"))


def test_the_tour_goes_stop_by_stop_and_keeps_role_and_path_in_the_link(server, page: Page):
    page.goto(f"{server.url}/onboarding?lang=en&path=pohjanmaa&role=kela")
    settle(page)
    titles = stop_titles("pohjanmaa", "kela", "en")
    assert len(titles) >= 2
    expect(heading(page, titles[0])).to_be_visible()
    page.get_by_role("button", name="Next stop →").click()
    expect(heading(page, titles[1])).to_be_visible()
    expect(page.get_by_text(f"Stop 2 of {len(titles)}")).to_be_visible()
    page.get_by_role("button", name="← Previous stop").click()
    expect(page.get_by_text(f"Stop 1 of {len(titles)}")).to_be_visible()
    expect(page).to_have_url(re.compile(r"role=kela"))
    expect(page).to_have_url(re.compile(r"path=pohjanmaa"))


def test_the_tours_stops_are_links_to_each_stop(server, page: Page):
    # kaiku.yaml: social services act at steps 2, 9 and 10; the list jumps straight to the third.
    page.goto(f"{server.url}/onboarding?lang=fi&path=kaiku&role=social-services")
    settle(page)
    titles = stop_titles("kaiku", "social-services", "fi")
    assert len(titles) == 3
    stops = page.get_by_test_id("stMainBlockContainer").locator(".st-key-tour-stops button")
    expect(stops).to_have_count(3)
    stops.nth(2).click()
    expect(heading(page, titles[2])).to_be_visible()
    expect(page.get_by_text("Kohde 3/3")).to_be_visible()
    expect(page).to_have_url(re.compile(r"stop=kuntouttava-tyotoiminta"))
    stops.nth(0).click()
    expect(heading(page, titles[0])).to_be_visible()


def test_the_end_of_the_tour_opens_the_self_check_for_the_same_role(server, page: Page):
    page.goto(f"{server.url}/onboarding?lang=en&path=pohjanmaa&role=kela")
    settle(page)
    page.get_by_role("button", name=re.compile(r"^2\. ")).click()  # the last of Kela's stops
    page.get_by_role("button", name="Take the self-check →").click()
    expect(page.get_by_role("radio", name="Self-check")).to_be_checked()
    expect(page).to_have_url(re.compile(r"section=quiz"))
    expect(
        page.get_by_text("The questions are about the steps where your role (Kela) acts")
    ).to_be_visible()
    expect(page.get_by_text(re.compile(r"Score this time: 0/\d+"))).to_be_visible()


def test_choosing_another_role_changes_the_tour_and_the_link(server, page: Page):
    page.goto(f"{server.url}/onboarding?lang=fi&path=kaiku")
    settle(page)
    page.get_by_label("Roolisi").click()
    page.get_by_role("option", name="terveydenhuolto").click()
    expect(page).to_have_url(re.compile(r"role=health-care"))
    first = stop_titles("kaiku", "health-care", "fi")[0]
    expect(heading(page, first)).to_be_visible()


@pytest.mark.parametrize(
    ("lang", "query"), [("fi", "toimeentulo"), ("sv", "utkomststöd"), ("en", "social assistance")]
)
def test_glossary_search_narrows_the_terms(server, page: Page, lang, query):
    page.goto(f"{server.url}/onboarding?lang={lang}")
    settle(page)
    open_section(page, SECTIONS[lang][2])
    count = {"fi": "{n} termiä", "sv": "{n} termer", "en": "{n} terms"}[lang]
    expect(page.get_by_text(count.format(n=len(GLOSSARY)), exact=True)).to_be_visible()
    field = page.get_by_role("textbox")
    field.fill(query)
    field.press("Enter")
    expected = len(search(GLOSSARY, query))
    assert 1 < expected < len(GLOSSARY)
    expect(page.get_by_text(count.format(n=expected), exact=True)).to_be_visible()


def test_an_answer_gives_a_verdict_a_reason_and_a_link_to_the_step(server, page: Page):
    page.goto(f"{server.url}/onboarding?lang=en&path=pohjanmaa&role=kela&section=quiz")
    settle(page)
    expect(page.get_by_text(re.compile(r"Score this time: 0/\d+"))).to_be_visible()
    first = page.get_by_role("radiogroup", name=re.compile(r"^What is your role \(Kela\)")).first
    first.locator("label").first.click()
    verdict = page.get_by_role("alert").filter(has_text=re.compile(r"^(Right|Not quite)\."))
    expect(verdict.first).to_be_visible()
    link = verdict.first.get_by_role(
        "link", name=re.compile(r"^Open step \d+ in the path explorer$")
    )
    expect(link).to_have_attribute(
        "href", re.compile(r"explorer\?path=pohjanmaa&step=[a-z-]+&actor=kela&lang=en$")
    )
    expect(page.get_by_text(re.compile(r"Score this time: [01]/\d+"))).to_be_visible()


def test_the_law_section_links_the_law_and_shows_the_timeline(server, page: Page):
    page.goto(f"{server.url}/onboarding?lang=en&section=law")
    settle(page)
    link = page.get_by_role("link", name="Act on Rehabilitative Work Activity 189/2001")
    expect(link).to_have_attribute("href", re.compile(r"^https://www\.finlex\.fi/"))
    expect(page.locator(".js-plotly-plot")).to_be_visible()
    page.get_by_text("The timeline as text").click()
    for path in LIBRARY.paths.values():
        title = resolve(path.title, "en", path.language).text
        expect(page.get_by_text(re.compile("^" + re.escape(title) + ":"))).to_be_visible()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_section_has_no_serious_accessibility_violations(server, page: Page, lang):
    page.goto(f"{server.url}/onboarding?lang={lang}&path=pohjois-karjala")
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    for name in SECTIONS[lang]:
        open_section(page, name)
        assert axe_violations(page) == [], name


def test_the_next_stop_takes_the_focus_to_its_heading_and_a_new_role_does_not(server, page: Page):
    page.goto(f"{server.url}/onboarding?lang=en&path=pohjanmaa&role=kela")
    settle(page)
    titles = stop_titles("pohjanmaa", "kela", "en")
    expect(heading(page, titles[0])).to_be_visible()
    expect(heading(page, titles[0])).not_to_be_focused()  # a first drawing moves nothing
    page.get_by_role("button", name="Next stop →").focus()
    page.keyboard.press("Enter")
    # A screen reader now reads the new stop, and Tab goes on from it, not from below it.
    expect(heading(page, titles[1])).to_be_focused()
    page.get_by_role("button", name="← Previous stop").click()
    expect(heading(page, titles[0])).to_be_focused()


@pytest.mark.parametrize("size,beside", [((1280, 720), True), ((800, 1280), False)])
def test_the_list_of_stops_is_beside_the_card_or_above_it_when_they_do_not_fit(
    server, browser, size, beside
):
    page = browser.new_page(viewport={"width": size[0], "height": size[1]})
    page.goto(f"{server.url}/onboarding?lang=fi&path=pohjanmaa&role=kela")
    settle(page)
    stops = page.locator(".st-key-tour-stops")
    card = page.locator(".st-key-tour-stop")
    expect(card.get_by_role("heading")).to_be_visible()
    page.wait_for_function(  # the list's style is loaded lazily: wait until it has laid out
        """() => { const b = document.querySelector('.st-key-tour-stops button');
                   return b && getComputedStyle(b).justifyContent === 'flex-start'; }"""
    )
    s, c = stops.bounding_box(), card.bounding_box()
    if beside:
        assert s["x"] + s["width"] <= c["x"] and abs(s["y"] - c["y"]) < 80, (s, c)
    else:
        # At a tablet's width beside the sidebar: above the card, as wide as it, so that a
        # stop's title is not broken into letters (the list was 100 px wide).
        assert s["y"] + s["height"] <= c["y"] and abs(s["width"] - c["width"]) < 2, (s, c)
    page.close()
