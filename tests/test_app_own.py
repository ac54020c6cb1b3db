"""Your own path through AppTest: starting points, asking before replacing or discarding, a
draft that stays valid or is explained, and the session's own path showing on other pages."""

from functools import partial

from components.library import OWN
from polku.template import template
from tests.apptest import run_page
from tests.conftest import SHIPPED, dump

open_own = partial(run_page, page="own", folder=SHIPPED, lang="en")
DRAFT = "_own_draft"


def test_the_template_starts_a_valid_draft_that_is_used_in_the_session(monkeypatch):
    at = open_own(monkeypatch)
    assert any("No draft yet" in i.value for i in at.info)
    at.text_input(key="own-region").input("Vaasa").run()
    at.button(key="own-start-template").click().run()
    assert not at.exception
    assert at.session_state[DRAFT]["data"]["region"] == "Vaasa"
    assert "vaasa" in at.session_state[OWN]
    assert any("Valid: path vaasa is in use in this session" in s.value for s in at.success)
    assert {b.label for b in at.get("download_button")} >= {"Download YAML"}


def test_replacing_a_draft_asks_first(monkeypatch):
    at = open_own(monkeypatch)
    at.button(key="own-start-template").click().run()
    first = at.session_state[DRAFT]["data"]["id"]
    at.selectbox(key="own-copy-which").select("kaiku").run()
    at.button(key="own-start-copy").click().run()
    assert at.session_state[DRAFT]["data"]["id"] == first  # not yet
    assert any("replaces your current draft" in w.value for w in at.warning)
    at.button(key="own-replace-no").click().run()
    assert at.session_state[DRAFT]["data"]["id"] == first
    at.button(key="own-start-copy").click().run()
    at.button(key="own-replace-yes").click().run()
    assert at.session_state[DRAFT]["data"]["id"] == "kaiku-oma"
    assert "kaiku-oma" in at.session_state[OWN]


def test_discarding_asks_first_and_then_withdraws_the_path(monkeypatch):
    at = open_own(monkeypatch)
    at.button(key="own-start-template").click().run()
    at.button(key="own-discard").click().run()
    assert at.session_state[DRAFT]  # only asked so far
    at.button(key="own-discard-no").click().run()
    assert at.session_state[DRAFT]
    at.button(key="own-discard").click().run()
    at.button(key="own-discard-yes").click().run()
    assert DRAFT not in at.session_state or not at.session_state[DRAFT]
    assert not at.session_state[OWN]


def test_an_invalid_draft_is_kept_and_explained(monkeypatch, minimal):
    at = open_own(monkeypatch)
    minimal["steps"][0]["phase"] = "ei-ole"
    at.session_state[DRAFT] = {
        "data": minimal,
        "lang": "fi",
        "v": {k: 0 for k in ("actors", "phases", "steps", "roles", "transitions")},
        "published": None,
        "valid_text": None,
    }
    at.run()
    assert not at.exception
    message = at.error[0].value
    assert "The draft is not valid yet" in message and "line" in message
    assert at.session_state[DRAFT]["data"]["steps"][0]["phase"] == "ei-ole"


def test_a_sessions_own_path_shows_in_the_explorer_and_home(monkeypatch, minimal):
    minimal["id"] = "oma-testi"
    minimal["title"] = "Oma testipolku"
    explorer = partial(run_page, page="explorer", folder=SHIPPED, lang="fi")
    at = explorer(monkeypatch, state={OWN: {"oma-testi": dump(minimal)}}, path="oma-testi")
    assert not at.exception
    assert not [w for w in at.warning if w.icon == ":material/link_off:"]
    assert at.selectbox(key="path").value == "oma-testi"
    # Another session (a fresh AppTest) does not have it: the link names an unknown path.
    other = explorer(monkeypatch, path="oma-testi")
    assert other.selectbox(key="path").value != "oma-testi"
    assert [w for w in other.warning if w.icon == ":material/link_off:"]


def test_the_template_download_is_the_template_in_the_ui_language(monkeypatch):
    at = open_own(monkeypatch, lang="sv")
    assert at.text_input(key="own-region").max_chars == 80
    assert "Ladda ner den kommenterade mallen" in {b.label for b in at.get("download_button")}
    assert template("", "sv").startswith("# Egen servicestig")
