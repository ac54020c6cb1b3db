"""Meeting mode logic through AppTest: the walk, choices, going back, language, fallback."""

from functools import partial

from streamlit.testing.v1 import AppTest

from polku.loader import load_library
from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

LIBRARY = load_library([SHIPPED])


open_page = partial(run_page, page="meeting", folder=SHIPPED, lang="fi")


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
    assert any("This is where the path ends." in s.value for s in at.success)
    assert not LIBRARY.paths["pohjanmaa"].step(route[-1]).next
    walked = " ".join(m.value for m in at.markdown if m.value.startswith("**The way so far"))
    assert walked.count("→") == len(route) - 1
    at.button(key="meeting-back").click().run()
    assert at.query_params["step"] == route[-2]


def test_switching_language_keeps_the_place(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kansallinen")
    forward_buttons(at)[0].click().run()
    forward_buttons(at)[0].click().run()
    place = at.query_params["step"]
    at.session_state["ui_lang"] = "sv"
    at.run()
    assert at.query_params["step"] == place
    assert at.button(key="meeting-back").label == "← Tillbaka"
    at.button(key="meeting-back").click().run()  # the way walked survived the switch
    assert at.query_params["step"] != place


def test_a_missing_client_text_falls_back_to_the_title_and_says_so(monkeypatch, tmp_path, minimal):
    (tmp_path / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    assert at.header[0].value == "Aktivointisuunnitelma"
    assert any("plain-language text has not been written" in m.value for m in at.markdown)
    assert [b.label for b in forward_buttons(at)] == ["Next: Koulutukseen →"]


def test_the_handout_offers_pdf_and_html_and_a_name_field(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="kaiku")
    assert at.text_input(key="handout-name").max_chars == 80
    labels = {b.label for b in at.get("download_button")}
    assert {"Download the handout (PDF)", "Printable page (HTML)"} <= labels
