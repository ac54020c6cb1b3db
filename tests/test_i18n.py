import datetime as dt
import string

import pytest

from polku.i18n import LANGS, day, normalise_lang, t
from polku.messages import MESSAGES


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def forms(template) -> list[str]:
    """A message's texts: one, or its plural forms."""
    return list(template.values()) if isinstance(template, dict) else [template]


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_in_all_three_languages_with_the_same_placeholders(key):
    entry = MESSAGES[key]
    assert set(entry) == set(LANGS)
    names = []
    for lang in LANGS:
        texts = forms(entry[lang])
        assert all(text.strip() for text in texts)
        if isinstance(entry[lang], dict):  # the forms CLDR has for fi, sv and en
            assert set(entry[lang]) == {"one", "other"}, lang
            assert all("{n}" in text or "{n:" in text for text in texts), lang
        names += [placeholders(text) for text in texts]
    assert all(n == names[0] for n in names), names


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [("fi", "1 polku", "2 polkua"), ("sv", "1 stig", "2 stigar"), ("en", "1 path", "2 paths")],
)
def test_counts_take_the_plural_form_of_their_language(lang, one, two):
    assert t("count.paths", lang, n=1) == one
    assert t("count.paths", lang, n=2) == two
    assert t("count.paths", lang, n=0) == two.replace("2", "0")


@pytest.mark.parametrize(
    ("lang", "medium", "long"),
    [
        ("fi", "23.11.2026", "23. marraskuuta 2026"),
        ("sv", "23 nov. 2026", "23 november 2026"),
        ("en", "23 Nov 2026", "23 November 2026"),
    ],
)
def test_dates_as_each_language_writes_them(lang, medium, long):
    assert day(dt.date(2026, 11, 23), lang) == medium
    assert day(dt.date(2026, 11, 23), lang, long=True) == long


def test_language_from_a_link_or_a_browser_locale():
    assert normalise_lang("sv-FI") == "sv"
    assert normalise_lang("EN") == "en"
    assert normalise_lang("de") == "fi"
    assert normalise_lang(None) == "fi"
    assert normalise_lang("../../etc/passwd") == "fi"


def test_t_fills_placeholders():
    assert (
        t("fallback.shown_in", "en", in_lang="in Swedish") == "(no translation, shown in Swedish)"
    )


def test_a_key_missing_from_the_catalogue_raises_and_odd_values_become_finnish():
    with pytest.raises(KeyError):
        t("no.such.key", "en")
    assert normalise_lang(123) == "fi"
    assert normalise_lang(" sv ") == "sv"


@pytest.mark.parametrize(
    ("lang", "start", "until"),
    [
        ("fi", "1.1.2027", "1.1.2026"),
        ("sv", "1 jan. 2027", "1 jan. 2026"),
        ("en", "1 Jan 2027", "1 Jan 2026"),
    ],
)
def test_a_finding_writes_its_dates_in_the_language_shown(minimal, lang, start, until):
    from polku.graph import PathGraph
    from polku.loader import load_text
    from polku.summary import render_finding
    from tests.conftest import dump

    minimal.update(valid_from="2027-01-01", valid_until="2026-01-01")
    graph = PathGraph(load_text(dump(minimal), "t.yaml").path)
    (finding,) = [f for f in graph.findings if f.kind == "validity_order"]
    text = render_finding(finding, lang)
    assert f"({until})" in text and f"({start})" in text


@pytest.mark.parametrize(
    "lang,english,shown",
    [
        ("fi", "Help for A YAML file", "Ohje: A YAML file"),
        ("sv", "Shortcut ←", "Kortkommando ←"),
        ("fi", "Press Ctrl+Enter to submit form", "Lähetä painamalla Ctrl+Enter"),
        ("sv", "Press Enter to apply", "Tryck på Enter för att använda"),
        ("fi", "Remove Kela (Vaasa)", "Poista Kela (Vaasa)"),
    ],
)
def test_streamlits_english_words_are_put_in_the_page_language(lang, english, shown):
    import re

    from components.page_lang import chrome_words

    words = chrome_words(lang)
    assert words["words"]["Open"] == t("chrome.open", lang)
    # The browser applies the first pattern that matches (components/page_lang.py); so here.
    out = next(
        new.replace("{0}", m.group(1))
        for pattern, new in words["patterns"]
        if (m := re.match(pattern, english))
    )
    assert out == shown
    assert chrome_words("en") == {"words": {}, "patterns": []}
