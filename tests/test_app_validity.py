"""Validity on a fixed day, 23 Nov 2026: a description that ended yesterday is historical, one
that ends today is in force, one that starts tomorrow is not yet in force. The explorer says
both, the meeting says the first, Home's card names the status."""

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import ROOT, dump

TODAY = dt.date(2026, 11, 23)
DATES = {
    "past": {"valid_from": "2020-01-01", "valid_until": "2026-11-22"},
    "ends-today": {"valid_from": "2020-01-01", "valid_until": "2026-11-23"},
    "future": {"valid_from": "2026-11-24"},
}
PAST = {
    "fi": "Tämä kuvaus on historiallinen: se oli voimassa 1.1.2020 – 22.11.2026. "
    "Palvelu on sen jälkeen muuttunut.",
    "sv": "Beskrivningen är historisk: den gällde 1 jan. 2020 – 22 nov. 2026. "
    "Tjänsten har ändrats sedan dess.",
    "en": "This description is historical: it applied 1 Jan 2020 – 22 Nov 2026. "
    "The service has changed since.",
}
FUTURE = {
    "fi": "Tämä kuvaus tulee voimaan: 24.11.2026 – ….",
    "sv": "Beskrivningen börjar gälla: 24 nov. 2026 – ….",
    "en": "This description applies from: 24 Nov 2026 – ….",
}


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    # Pages import `today` from components.library on every run, so the patch is seen.
    monkeypatch.setattr("components.library.today", lambda: TODAY)


def folder_with(tmp_path, minimal, dates: str):
    (tmp_path / "m.yaml").write_text(dump(minimal | DATES[dates]), encoding="utf-8")
    return tmp_path


def history(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if w.icon == ":material/history:"]


def coming(at: AppTest) -> list[str]:
    return [i.value for i in at.info if i.icon == ":material/schedule:"]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_ended_description_is_said_to_be_historical(monkeypatch, tmp_path, minimal, lang):
    folder = folder_with(tmp_path, minimal, "past")
    explorer = run_page(monkeypatch, page="explorer", folder=folder, lang=lang)
    assert history(explorer) == [PAST[lang]] and coming(explorer) == []
    meeting = run_page(monkeypatch, page="meeting", folder=folder, lang=lang)
    assert history(meeting) == [PAST[lang]]


@pytest.mark.parametrize("page_name", ["explorer", "meeting"])
def test_a_description_that_ends_today_is_in_force(monkeypatch, tmp_path, minimal, page_name):
    folder = folder_with(tmp_path, minimal, "ends-today")
    at = run_page(monkeypatch, page=page_name, folder=folder, lang="en")
    assert history(at) == [] and coming(at) == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_description_that_starts_tomorrow_is_said_to_be_coming(
    monkeypatch, tmp_path, minimal, lang
):
    folder = folder_with(tmp_path, minimal, "future")
    at = run_page(monkeypatch, page="explorer", folder=folder, lang=lang)
    assert coming(at) == [FUTURE[lang]] and history(at) == []


def test_the_meeting_says_a_description_is_not_yet_in_force(monkeypatch, tmp_path, minimal):
    at = run_page(
        monkeypatch, page="meeting", folder=folder_with(tmp_path, minimal, "future"), lang="en"
    )
    assert FUTURE["en"] in [*coming(at), *(w.value for w in at.warning)]


@pytest.mark.parametrize(
    ("dates", "status"),
    [
        ("past", ":material/history: **Historical** · 1 Jan 2020 – 22 Nov 2026"),
        ("ends-today", ":material/check_circle: **In force** · 1 Jan 2020 – 23 Nov 2026"),
        ("future", ":material/schedule: **Coming** · 24 Nov 2026 – …"),
    ],
)  # fmt: skip
def test_home_card_names_the_status(monkeypatch, tmp_path, minimal, dates, status):
    monkeypatch.setenv("POLKU_PATHS", str(folder_with(tmp_path, minimal, dates)))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["lang"] = "en"
    at.run()
    assert not at.exception, at.exception
    assert any(m.value.endswith(status) for m in at.markdown), [m.value for m in at.markdown]
