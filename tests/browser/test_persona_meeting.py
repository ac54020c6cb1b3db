"""Practising a meeting with an example person in Chromium: the persona's walk to its end on
the meeting's step screens, Back, leaving practice, and no serious axe violations."""

import re

import pytest
from playwright.sync_api import Page, expect

from polku.loader import load_library
from polku.persona import play
from polku.scenario import load_scenario_file
from polku.text import resolve
from tests.browser.conftest import axe_violations, settle
from tests.conftest import ROOT, SHIPPED

LIBRARY = load_library([SHIPPED])
GRAPH = LIBRARY.graphs["kansallinen"]
WALK = play(GRAPH, load_scenario_file(ROOT / "scenarios" / "selkakipu-45.yaml").scenario)


def title(step_id: str, lang: str = "en") -> str:
    return " ".join(resolve(GRAPH.steps[step_id].title, lang, "fi").text.split())


def test_the_practice_walk_goes_to_its_exit_goes_back_and_leaves(server, page: Page):
    # python -m polku --lang en play selkakipu-45 kansallinen: three steps, then an exit.
    assert WALK.step_ids == ["tunnistaminen", "terveystarkastus", "laakinnallinen-kuntoutus"]
    assert WALK.end == "exit"
    page.goto(f"{server.url}/meeting?lang=en&path=kansallinen&persona=selkakipu-45")
    settle(page)
    heading = page.locator(".st-key-meeting h2")
    way = page.locator(".st-key-meeting-persona-way")
    expect(
        page.get_by_text("The situation at the start: Health concern, Unemployment benefit")
    ).to_be_visible()
    expect(heading).to_have_text(title("tunnistaminen"))
    expect(way).to_contain_text(
        "The example person goes on: Health check for the unemployed, because: Health concern"
    )
    # No choices for the client while practising: the persona's way, and Next.
    expect(page.locator('[class*="st-key-meeting-choice-"]')).to_have_count(0)
    # The key works once the button that carries its shortcut is on the page.
    expect(page.get_by_role("button", name="Next step")).to_be_visible()
    settle(page)
    page.keyboard.press("ArrowRight")
    expect(heading).to_have_text(title("terveystarkastus"))
    expect(
        page.get_by_text("At this step the situation changes, now also: Reduced work ability")
    ).to_be_visible()
    settle(page)
    page.get_by_role("button", name="Next step").click()
    expect(heading).to_have_text(title("laakinnallinen-kuntoutus"))
    end = page.locator(".st-key-persona-end-exit")
    expect(end).to_contain_text("The path ends here: Treatment and medical rehabilitation.")
    expect(page.get_by_role("button", name="Next step")).to_have_count(0)
    settle(page)
    page.keyboard.press("ArrowLeft")
    expect(heading).to_have_text(title("terveystarkastus"))
    expect(end).to_have_count(0)
    # Leaving practice: the ordinary meeting, the persona gone from the link.
    settle(page)
    page.get_by_text("Practise with an example person").click()
    expect(page).not_to_have_url(re.compile(r"persona="))
    expect(page.locator('[class*="st-key-meeting-choice-"] button').first).to_be_visible()
    expect(page.locator(".st-key-meeting-persona-way")).to_have_count(0)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_practice_has_no_serious_accessibility_violations(server, page: Page, lang):
    page.goto(f"{server.url}/meeting?lang={lang}&path=kansallinen&persona=keskeytys-52")
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    # keskeytys-52 stops at the entry, where several ways fit: the end and its ways on screen.
    expect(page.locator(".st-key-persona-end-several")).to_be_visible()
    assert axe_violations(page) == []
    page.goto(f"{server.url}/meeting?lang={lang}&path=kansallinen&persona=selkakipu-45")
    settle(page)
    expect(page.locator(".st-key-meeting-persona-way")).to_be_visible()
    assert axe_violations(page) == []
