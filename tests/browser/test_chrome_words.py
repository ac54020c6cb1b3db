"""Streamlit's and Plotly's own words (accessible names, tooltips, placeholders, input hints)
in the page's language, in Chromium: a Finnish or Swedish screen reader must not read "Open",
"Help for …" or "Fullscreen" in English (WCAG 3.1.2), and English must stay English."""

import time

import pytest
from playwright.sync_api import Page, expect

from polku.i18n import t
from polku.messages import MESSAGES
from tests.browser.conftest import Server, choose_language, settle

CHROME = {k: v for k, v in MESSAGES.items() if k.startswith("chrome.")}
EXACT = sorted(v["en"] for v in CHROME.values() if "{" not in v["en"])
PREFIXES = sorted({v["en"].split("{")[0] for v in CHROME.values() if "{" in v["en"]})

# Every English word of Streamlit's left in an attribute or an input hint, with where it is.
_FIND = """([exact, prefixes]) => {
  const found = [];
  const attrs = ["aria-label", "title", "placeholder", "data-title"];
  for (const el of document.querySelectorAll(attrs.map((a) => "[" + a + "]").join(","))) {
    for (const a of attrs) {
      const v = el.getAttribute(a);
      if (v !== null && (exact.includes(v) || prefixes.some((p) => v.startsWith(p)))) {
        found.push(a + "=" + v);
      }
    }
  }
  for (const el of document.querySelectorAll('[data-testid="InputInstructions"] span')) {
    if (prefixes.some((p) => el.textContent.startsWith(p))) found.push(el.textContent);
  }
  return found;
}"""


def english_left(page: Page, seconds: float = 5) -> list[str]:
    """What is still in English once the page's words have had time to be put in."""
    end = time.monotonic() + seconds
    while True:
        found = page.evaluate(_FIND, [EXACT, PREFIXES])
        if not found or time.monotonic() > end:
            return found
        page.wait_for_timeout(100)


PAGES = ["explorer?path=kansallinen", "own", "meeting", "compare", "workshop"]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_streamlits_own_words_are_in_the_page_language(server, page: Page, lang):
    for url in PAGES:
        page.goto(f"{server.url}/{url}{'&' if '?' in url else '?'}lang={lang}")
        settle(page)
        # Streamlit draws these in English: the selectbox's "Open", the table's toolbar, the
        # sidebar's button, the keyboard shortcuts' names, the help buttons.
        assert english_left(page) == [], url
    page.goto(f"{server.url}/own?lang={lang}")
    settle(page)
    label = {"fi": "Alueen nimi", "sv": "Områdets namn"}[lang]
    page.get_by_label(label).fill("Pohjanmaa")
    hint = page.get_by_test_id("InputInstructions")
    expect(hint).to_contain_text({"fi": "Hyväksy painamalla Enter", "sv": "Tryck på Enter"}[lang])
    expect(page.get_by_role("button", name={"fi": "Ohje: ", "sv": "Hjälp: "}[lang])).to_have_count(
        1
    )


def test_english_stays_english_and_a_switch_changes_the_words_back(server, page: Page):
    page.goto(f"{server.url}/explorer?path=kansallinen&lang=fi")
    settle(page)
    assert english_left(page) == []
    expect(page.locator('[aria-label="Avaa"]').first).to_be_attached()
    choose_language(page, "English")
    expect(page.locator('[aria-label="Open"]').first).to_be_attached()
    page.goto(f"{server.url}/own?lang=fi")
    settle(page)
    choose_language(page, "English")
    expect(page.get_by_role("button", name="Help for A YAML file, at most 1 MiB")).to_have_count(1)
    choose_language(page, "Svenska")
    expect(page.get_by_role("button", name="Hjälp: YAML-fil, högst 1 MiB")).to_have_count(1)


def test_decorative_icons_are_hidden_from_screen_readers(server, page: Page):
    page.goto(f"{server.url}/?lang=fi")
    settle(page)
    icons = page.locator('span[role="img"][aria-label$=" icon"]')
    expect(icons.first).to_be_attached()
    page.wait_for_function(
        """() => [...document.querySelectorAll('span[role="img"][aria-label$=" icon"]')]
                 .every((i) => i.getAttribute('aria-hidden') === 'true')"""
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_lost_connection_is_said_in_the_page_language(browser, lang):
    """A meeting's network drops: the dialog Streamlit shows is in the page's language, not
    "Connection error … Are you connected to the internet?"."""
    own = Server()
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    try:
        page.goto(f"{own.url}/meeting?lang={lang}")
        settle(page)
        expect(page.locator("html")).to_have_attribute("lang", lang)
    finally:
        own.stop()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text(t("chrome.connection_error", lang), timeout=60_000)
    expect(dialog).to_contain_text(t("chrome.not_responding", lang))
    expect(dialog).not_to_contain_text("Connection error")
    page.close()


# Written the same in every language on purpose: the language picker's own label.
SAME_IN_EVERY_LANGUAGE = {"Kieli · Språk · Language"}

_NAMES = """() => {
  const out = new Set();
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[data-title]')) {
    if (el.closest('[aria-hidden="true"]')) continue;  // not read out
    for (const a of ['aria-label', 'title', 'placeholder', 'data-title']) {
      const v = el.getAttribute(a);
      if (v) out.add(v);
    }
  }
  return [...out];
}"""


def test_no_name_is_the_same_in_finnish_and_swedish_but_the_language_pickers(server, page: Page):
    """Streamlit's words that the catalogue does not know yet (a new widget, an upgrade that
    rewords one) stay in English in both languages: this finds them, where the test above
    knows only the words listed."""
    names = {}
    for lang in ("fi", "sv"):
        seen = set()
        for url in [*PAGES, "onboarding", "", "meeting?persona=keskeytys-52"]:
            page.goto(f"{server.url}/{url}{'&' if '?' in url else '?'}lang={lang}")
            settle(page)
            english_left(page)  # give the page's words their moment
            seen |= set(page.evaluate(_NAMES))
        names[lang] = seen
    assert names["fi"] & names["sv"] <= SAME_IN_EVERY_LANGUAGE, names["fi"] & names["sv"]
