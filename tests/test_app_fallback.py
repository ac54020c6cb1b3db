"""Text that exists only in the file's own language, read in another: Home's card, the
explorer's step panel and the meeting show it, and (except the meeting) say it is a fallback.

The fixture is minimal.yaml (Finnish) with a Swedish path title, a Finnish-only first step
title and a first step client text in Finnish and Swedish, so each language falls back on a
known set of texts:

              path title   step title   client text
    fi        own          own          own
    sv        own          Finnish      own
    en        Finnish      Finnish      Finnish
"""

from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import ROOT, dump

NOTE = {"sv": "(ingen översättning, visas på finska)", "en": "(no translation, shown in Finnish)"}
CLIENT_FI = "Teet suunnitelman yhdessä työntekijän kanssa."
CLIENT_SV = "Du gör planen tillsammans med en arbetstagare."


@pytest.fixture
def folder(tmp_path, minimal):
    minimal["title"] = {"fi": "Esimerkkipolku", "sv": "Exempelstig"}
    minimal["steps"][0]["client_text"] = {"fi": CLIENT_FI, "sv": CLIENT_SV}
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    return tmp_path


def notes(at: AppTest) -> list[str]:
    return [c.value for c in at.caption if c.value.startswith(("(ingen", "(no trans", "(ei"))]


def markdown(at: AppTest) -> list[str]:
    return [m.value.replace("\\", "") for m in at.markdown]


@pytest.mark.parametrize(
    ("lang", "title", "expected"),
    [
        ("fi", "Esimerkkipolku", []),
        ("sv", "Exempelstig", []),
        # Home says the language in the UI language's grammar (polku.summary.fallback_note).
        ("en", "Esimerkkipolku", ["(no translation, shown in Finnish)"]),
    ],
)
def test_home_card_says_when_the_title_is_in_another_language(
    monkeypatch, folder, lang, title, expected
):
    # Home through the app shell, which reads the language from the link.
    monkeypatch.setenv("POLKU_PATHS", str(folder))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    # Before the card's title: the three ways in (one subheader each).
    assert [s.value for s in at.subheader][3:] == [title]
    assert notes(at) == expected


@pytest.mark.parametrize(
    ("lang", "body", "expected"),
    [
        ("fi", CLIENT_FI, []),
        ("sv", CLIENT_SV, [NOTE["sv"]]),  # the step title only
        ("en", CLIENT_FI, [NOTE["en"], NOTE["en"]]),  # the step title and the client text
    ],
)
def test_the_explorers_step_panel_notes_each_text_that_fell_back(
    monkeypatch, folder, lang, body, expected
):
    at = run_page(monkeypatch, page="explorer", folder=folder, lang=lang)
    assert at.subheader[0].value == "Aktivointisuunnitelma"
    assert body in markdown(at)
    assert notes(at) == expected


open_meeting = partial(run_page, page="meeting")


@pytest.mark.parametrize(("lang", "body"), [("sv", CLIENT_SV), ("en", CLIENT_FI)])
def test_the_meeting_shows_the_finnish_text_in_its_place(monkeypatch, folder, lang, body):
    # What the meeting shows today: the Finnish title (and, in English, the Finnish client
    # text) in the client's place, as if it were in the client's language.
    at = open_meeting(monkeypatch, folder=folder, lang=lang)
    assert at.header[0].value == "Aktivointisuunnitelma"
    assert body in markdown(at)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_meeting_says_when_a_text_is_in_another_language(monkeypatch, folder, lang):
    at = open_meeting(monkeypatch, folder=folder, lang=lang)
    shown = [c.value for c in at.caption] + markdown(at)
    short = {"sv": "språk: Suomi", "en": "language: Suomi"}[lang]
    assert any(NOTE[lang] in s or short in s for s in shown)
