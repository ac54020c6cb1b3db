"""Meeting mode logic through AppTest: the walk, choices, going back, language, fallback.

Expected titles and routes are read from paths/*.yaml and written here literally."""

import datetime as dt
from functools import partial

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

open_page = partial(run_page, page="meeting", folder=SHIPPED, lang="fi")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setattr("components.library.today", lambda: dt.date(2026, 11, 23))


def header(at: AppTest) -> str:
    return at.header[0].value.replace("\\", "")  # file text is escaped for Markdown


def forward_buttons(at: AppTest):
    return [b for b in at.button if str(b.key).startswith(("meeting-next", "meeting-choice-"))]


def test_walk_to_an_exit_through_a_chosen_branch_and_back(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="pohjanmaa")
    route = [at.query_params["step"]]
    chose_at_branch = False
    for _ in range(40):
        buttons = forward_buttons(at)
        if not buttons:
            break
        chose_at_branch |= len(buttons) > 1
        buttons[-1].click().run()
        route.append(at.query_params["step"])
    assert chose_at_branch
    # pohjanmaa.yaml, always the last button: the coordinator's second choice (the
    # multiprofessional team), then the plan's fourth (pension), an exit.
    assert route == [
        "hakeutuminen",
        "kartoitus",
        "asiakasvastaava",
        "moniammatillinen-arviointi",
        "suunnitelma",
        "elake",
    ]
    assert header(at) == "Into pension"
    assert [s.value for s in at.success] == ["This is where the path ends."]
    walked = [m.value.replace("\\", "") for m in at.markdown if "The way so far" in m.value]
    # Numbered as walked (not by the file's order), the current step in bold.
    assert walked == [
        "The way so far: 1. Low-threshold contact – no referral → 2. Mapping the situation"
        " → 3. A client coordinator is named → 4. The multiprofessional team assesses work and"
        " functional capacity → 5. Plan, and an activation plan when needed → **6. Into pension**"
        " (You are here)"
    ]
    at.button(key="meeting-back").click().run()
    assert at.query_params["step"] == "suunnitelma"
    assert header(at) == "Plan, and an activation plan when needed"


def test_switching_language_keeps_the_place(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kansallinen")
    forward_buttons(at)[0].click().run()
    forward_buttons(at)[0].click().run()
    place = at.query_params["step"]
    # kansallinen.yaml: first choice at step 1 (health check), then at step 2 (social welfare).
    assert place == "palvelutarpeen-arviointi"
    assert header(at) == "Sosiaalihuollon palvelutarpeen arviointi"
    at.session_state["ui_lang"] = "sv"
    at.run()
    assert at.query_params["step"] == place
    assert header(at) == "Bedömning av servicebehovet inom socialvården"
    assert at.button(key="meeting-back").label == "Tillbaka"
    at.button(key="meeting-back").click().run()  # the way walked survived the switch
    assert at.query_params["step"] == "terveystarkastus"
    assert header(at) == "Hälsoundersökning för arbetslösa"


def test_a_missing_client_text_falls_back_to_the_title_and_says_so(monkeypatch, tmp_path, minimal):
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert header(at) == "Aktivointisuunnitelma"
    assert any("plain-language text has not been written" in m.value for m in at.markdown)
    assert [b.label for b in forward_buttons(at)] == ["Next: Koulutukseen"]


def test_the_handout_offers_pdf_and_html_with_the_name_typed(monkeypatch):
    made = {}  # file name -> the callable the download button runs at the click
    add_deferred = MediaFileManager.add_deferred

    def recording(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        made[file_name] = data_callable
        return add_deferred(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", recording)
    at = open_page(monkeypatch, lang="en", path="kaiku")
    assert at.text_input(key="handout-name").max_chars == 80
    assert [b.label for b in at.get("download_button")] == [
        "Download the handout (PDF)",
        "Printable page (HTML)",
    ]
    at.text_input(key="handout-name").input("Maija <b>").run()
    page = made["polku-kaiku.html"]()
    assert page.startswith('<!doctype html><html lang="en">')
    assert "<h1>Your path: Kaiku – rehabilitation counselling and support to apply for" in page
    assert "<p>For: Maija &lt;b&gt;</p>" in page  # the name typed, as text
    assert "<h2>You are now at: A grey area in the service system – no one is clearly" in page
    assert made["polku-kaiku.pdf"]().startswith(b"%PDF-")
