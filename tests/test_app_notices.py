"""The announced wind-down and the client's rights, where professionals and clients read
(issue 12): the explorer, the meeting and onboarding, in each language, with sources.

Two files in a temporary folder: one that describes the service today, one historical."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from tests.apptest import run_page
from tests.conftest import dump

TODAY = dt.date(2026, 11, 23)

# polku/data/reference.yaml, notices: the first sentence of each text, written out.
WIND_DOWN_TITLE = {
    "fi": "Palvelu on lakkautumassa nykymuodossaan",
    "sv": "Tjänsten läggs ned i sin nuvarande form",
    "en": "The service is ending in its current form",
}
WIND_DOWN_PRO = {
    "fi": "Kuntouttavan työtoiminnan lakkauttaminen nykymuodossaan on ilmoitettu.",
    "sv": "Det har meddelats att arbetsverksamhet i rehabiliteringssyfte läggs ned i sin "
    "nuvarande form.",
    "en": "The end of rehabilitative work activity in its current form has been announced.",
}
WIND_DOWN_CLIENT = {
    "fi": "Kuntouttava työtoiminta on muuttumassa.",
    "sv": "Arbetsverksamheten i rehabiliteringssyfte håller på att ändras.",
    "en": "Rehabilitative work activity is changing.",
}
RIGHTS_CLIENT = {"fi": "Sinun oikeutesi", "sv": "Dina rättigheter", "en": "Your rights"}
RIGHTS_CLIENT_TEXT = {
    "fi": "Sinulla on oikeus hyvään palveluun ja kohteluun.",
    "sv": "Du har rätt till god service och gott bemötande.",
    "en": "You have the right to good service and fair treatment.",
}
RIGHTS_PRO = {
    "fi": "Asiakkaan oikeudet: muistutus, sosiaaliasiamies, muutoksenhaku",
    "sv": "Klientens rättigheter: anmärkning, socialombudsman, ändringssökande",
    "en": "The client's rights: formal complaint, social ombudsman, appeal",
}
TEM_URL = "https://tem.fi/-/1271139/kuntouttavaa-tyotoimintaa-uudistetaan-stm-ja-tem-kehittavat-uusia-sosiaali-ja-tyollisyyspalveluja"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("components.library.today", lambda: TODAY)


@pytest.fixture
def folder(tmp_path, minimal):
    today = minimal
    today.update(id="nyt", title="Nykyinen polku", valid_from="2025-01-01")
    old = copy.deepcopy(minimal)
    old.update(id="vanha", title="Vanha hanke", valid_from="2019-01-01", valid_until="2020-12-31")
    (tmp_path / "nyt.yaml").write_text(dump(today), encoding="utf-8")
    (tmp_path / "vanha.yaml").write_text(dump(old), encoding="utf-8")
    return tmp_path


def plain(text: str) -> str:
    return text.replace("\\", "")


def notes(at, lang) -> list[str]:
    """The text of the wind-down expander (its body and its sources), if there is one."""
    return [
        " ".join(plain(m.value) for m in [*e.markdown, *e.caption])
        for e in at.expander
        if e.label == WIND_DOWN_TITLE[lang]
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_explorer_shows_the_wind_down_with_sources_on_a_path_of_today(monkeypatch, folder, lang):
    at = run_page(monkeypatch, page="explorer", folder=folder, lang=lang, path="nyt")
    found = notes(at, lang)
    assert len(found) == 1
    assert WIND_DOWN_CLIENT[lang] in found[0]  # the client view is the default
    assert TEM_URL in found[0]
    at.toggle(key="pro").set_value(True).run()
    found = notes(at, lang)
    assert WIND_DOWN_PRO[lang] in found[0]
    assert "19.12.2025" in found[0]
    assert RIGHTS_PRO[lang] in [e.label for e in at.expander]


def test_explorer_leaves_the_wind_down_off_a_historical_path(monkeypatch, folder):
    at = run_page(monkeypatch, page="explorer", folder=folder, lang="fi", path="vanha")
    assert notes(at, "fi") == []
    # Rights hold on every path.
    assert RIGHTS_CLIENT["fi"] in [e.label for e in at.expander]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_meeting_tells_the_client_in_plain_words(monkeypatch, folder, lang):
    at = run_page(monkeypatch, page="meeting", folder=folder, lang=lang, path="nyt")
    found = notes(at, lang)
    assert len(found) == 1 and WIND_DOWN_CLIENT[lang] in found[0]
    assert WIND_DOWN_PRO[lang] not in found[0]
    rights = next(e for e in at.expander if e.label == RIGHTS_CLIENT[lang])
    assert RIGHTS_CLIENT_TEXT[lang] in plain(rights.markdown[0].value)


def test_onboarding_explains_both_and_names_the_paths_concerned(monkeypatch, folder):
    at = run_page(monkeypatch, page="onboarding", folder=folder, lang="en", section="law")
    heads = [s.value for s in at.subheader]
    assert WIND_DOWN_TITLE["en"] in heads and RIGHTS_PRO["en"] in heads
    text = " ".join(plain(m.value) for m in at.markdown)
    assert WIND_DOWN_PRO["en"] in text
    concerned = [plain(m.value) for m in at.markdown if "This concerns" in m.value]
    assert concerned == ["This concerns these paths that apply today:\n- Nykyinen polku"]
