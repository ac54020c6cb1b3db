"""Onboarding's "follow an example person" in Chromium: a person followed stop by stop to the
end of their walk, one move made with the keyboard, the way walked in the link, and axe-core on
the mode in all three languages."""

import re

import pytest
from playwright.sync_api import Page, expect

from components.personas import scenarios
from polku.loader import load_library
from polku.persona import play
from polku.text import resolve
from tests.browser.conftest import axe_violations, settle
from tests.conftest import SHIPPED

LIBRARY = load_library([SHIPPED])
GRAPH = LIBRARY.graphs["kansallinen"]
WALK = play(GRAPH, scenarios()["selkakipu-45"])


def title(step_id: str, lang: str = "en") -> str:
    return resolve(GRAPH.steps[step_id].title, lang, GRAPH.path.language).text


def heading(page: Page, words: str):
    return page.get_by_role("heading", name=re.compile(re.escape(words) + "$"))


def test_following_a_person_to_the_last_stop_with_the_keyboard(server, page: Page):
    # python -m polku --lang en play selkakipu-45 kansallinen: three steps, then an exit.
    assert WALK.step_ids == ["tunnistaminen", "terveystarkastus", "laakinnallinen-kuntoutus"]
    assert WALK.end == "exit"
    page.goto(
        f"{server.url}/onboarding?lang=en&path=kansallinen&section=persona&persona=selkakipu-45"
    )
    settle(page)
    main = page.get_by_test_id("stMainBlockContainer")
    expect(page.get_by_role("radio", name="Follow an example person")).to_be_checked()
    expect(main.get_by_role("link", name=re.compile(r"^Työkyvyn tuki"))).to_have_attribute(
        "href", "https://www.ttl.fi/oppimateriaalit/tyokyvyn-tuki"
    )
    expect(
        main.get_by_text("The situation at the start: Health concern, Unemployment benefit")
    ).to_be_visible()
    stops = main.locator(".st-key-persona-stops button")
    expect(stops).to_have_count(3)
    for i, step_id in enumerate(WALK.step_ids):
        expect(stops.nth(i)).to_have_text(f"{i + 1}. {title(step_id)}")
    expect(heading(page, title("tunnistaminen"))).to_be_visible()
    expect(main.get_by_text("Stop 1 of 3")).to_be_visible()

    # The keyboard: focus the next-stop button and press Enter.
    main.get_by_role("button", name="Next stop →").focus()
    page.keyboard.press("Enter")
    expect(heading(page, title("terveystarkastus"))).to_be_visible()
    expect(main.get_by_text("Stop 2 of 3")).to_be_visible()
    expect(page).to_have_url(re.compile(r"pstop=2"))
    expect(
        main.get_by_text("The situation changes, now also: Reduced work ability")
    ).to_be_visible()

    # Focus went to the new stop's heading (a screen reader reads it), not left on the button.
    expect(heading(page, title("terveystarkastus"))).to_be_focused()

    main.get_by_role("button", name="Next stop →").click()
    expect(heading(page, title("laakinnallinen-kuntoutus"))).to_be_visible()
    # The last stop has no next-stop button: focus is on its heading, not lost.
    expect(heading(page, title("laakinnallinen-kuntoutus"))).to_be_focused()
    expect(main.get_by_text("Stop 3 of 3")).to_be_visible()
    expect(heading(page, "How the walk ended")).to_be_visible()
    expect(
        main.get_by_text("The path ends here: Treatment and medical rehabilitation.")
    ).to_be_visible()
    expect(main.get_by_role("button", name="Next stop →")).to_have_count(0)
    expect(page).to_have_url(re.compile(r"persona=selkakipu-45"))
    expect(page).to_have_url(re.compile(r"pstop=3"))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_following_a_person_has_no_serious_accessibility_violations(server, page: Page, lang):
    page.goto(
        f"{server.url}/onboarding?lang={lang}&path=kansallinen&section=persona"
        "&persona=nuori-opiskelu-22&pstop=2"
    )
    settle(page)
    expect(page.locator("html")).to_have_attribute("lang", lang)
    end = {"fi": "Miten kulku päättyi", "sv": "Hur vandringen slutade", "en": "How the walk ended"}
    expect(heading(page, end[lang])).to_be_visible()
    assert axe_violations(page) == []
