"""The workshop page through AppTest, against a SQLite file in a temporary folder: making a room,
notes and their refusals in each language, what the participant link may not do, the room's
paths on other pages, and a database that cannot be reached.

The paths folder holds minimal.yaml (id esimerkki; steps suunnitelma, koulutus)."""

import datetime as dt

import pytest
from streamlit.testing.v1 import AppTest

from components import room as room_module
from polku.i18n import LANGS, t
from polku.store import engine_from_env
from polku.store.rooms import add_note, add_path, create_room, lock_room, notes, room_for
from tests.apptest import run_page
from tests.conftest import dump

SAVE = {"fi": "Tallenna kommentti", "sv": "Spara kommentaren", "en": "Save the note"}


def _forget() -> None:
    room_module._engine.clear()
    room_module._room_paths.clear()
    room_module._failure.update(text="", at=0.0)


@pytest.fixture
def folder(tmp_path, minimal):
    paths = tmp_path / "paths"
    paths.mkdir()
    (paths / "m.yaml").write_text(dump(minimal), encoding="utf-8")
    return paths


@pytest.fixture
def engine(tmp_path, monkeypatch):
    """The app's database: a SQLite file of this test's own."""
    monkeypatch.delenv("POLKU_DATABASE_URL", raising=False)
    monkeypatch.setenv("POLKU_DATA_DIR", str(tmp_path / "data"))
    _forget()
    engine = engine_from_env()
    yield engine
    _forget()
    engine.dispose()


@pytest.fixture
def room(engine):
    """(room, participant token, facilitator token)."""
    return create_room(engine, "Kehittämispäivä", dt.date(2026, 11, 23))


def open_page(monkeypatch, folder, token=None, lang="fi", page="workshop", **params):
    query = {"room": token, **params} if token else params
    return run_page(monkeypatch, page=page, folder=folder, lang=lang, query=query)


def write_note(at: AppTest, text: str, lang: str, kind: str | None = None, author: str = ""):
    at.text_area(key="room-note-text").set_value(text)
    if kind:
        at.radio(key="room-note-kind").set_value(kind)
    if author:
        at.text_input(key="room-note-author").set_value(author)
    next(b for b in at.button if b.label == SAVE[lang]).click()
    at.run()
    assert not at.exception, at.exception
    return at


def texts(at) -> list[str]:
    return [m.value for m in at.markdown]


# --- making a room -------------------------------------------------------------------------


def test_a_room_is_made_with_a_participant_and_a_facilitator_link(monkeypatch, folder, engine):
    at = open_page(monkeypatch, folder, lang="en")
    at.text_input(key="room-title").set_value("Development day")
    next(b for b in at.button if b.label == "Create the room").click()
    at.run()
    assert not at.exception
    participant, facilitator = (c.value.split("?room=")[1] for c in at.code)
    assert participant != facilitator and len(participant) == len(facilitator) == 32
    assert room_for(engine, participant)[1] is False
    assert room_for(engine, facilitator)[1] is True
    assert t("workshop.facilitator_warning", "en") in [w.value for w in at.warning]


@pytest.mark.parametrize("lang", LANGS)
def test_a_room_without_a_title_is_refused_in_the_users_language(monkeypatch, folder, engine, lang):
    at = open_page(monkeypatch, folder, lang=lang)
    next(b for b in at.button if b.label == t("workshop.create_go", lang)).click()
    at.run()
    assert [e.value for e in at.error] == [t("room.title_empty", lang)]
    assert not at.code


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("token", ["x" * 32, "not a token <b>", "A" * 5000])
def test_an_unknown_or_malformed_token_says_so_and_offers_a_new_room(
    monkeypatch, folder, engine, lang, token
):
    at = open_page(monkeypatch, folder, token, lang=lang)
    assert [e.value for e in at.error] == [t("room.unknown", lang)]
    assert [s.value for s in at.subheader] == [t("workshop.create", lang)]


# --- notes -----------------------------------------------------------------------------------


def test_a_note_is_saved_shown_literally_and_the_box_is_emptied(monkeypatch, folder, engine, room):
    made, participant, _ = room
    at = open_page(monkeypatch, folder, participant)
    write_note(at, "<b>Kela</b> *ei* [vastaa](http://e)", "fi", kind="question", author="Anna")
    assert [s.value for s in at.success] == [t("workshop.note_saved", "fi")]
    assert at.text_area(key="room-note-text").value == ""
    (stored,) = notes(engine, made.id)
    assert (stored.path_key, stored.step_id, stored.kind, stored.author) == (
        "esimerkki",
        "suunnitelma",
        "question",
        "Anna",
    )
    assert stored.text == "<b>Kela</b> *ei* [vastaa](http://e)"
    shown = texts(at)
    assert "**? kysymys** · 0 ääntä" in shown
    assert "\\<b\\>Kela\\<\\/b\\> \\*ei\\* \\[vastaa\\]\\(http\\:\\/\\/e\\)" in shown


REFUSALS = [
    ("", "room.note_empty"),
    ("   \n ", "room.note_empty"),
    ("x" * 10_000, "room.note_too_long"),
    ("Asiakas 131052-308T soitti", "room.note_hetu"),
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(("text", "key"), REFUSALS, ids=["empty", "blank", "10000", "hetu"])
def test_a_refused_note_says_why_in_the_users_language_and_changes_nothing(
    monkeypatch, folder, engine, room, lang, text, key
):
    made, participant, _ = room
    at = open_page(monkeypatch, folder, participant, lang=lang)
    write_note(at, text, lang)
    expected = t(key, lang)
    if len(text) > 1000:
        expected += " " + t("workshop.note_length", lang, n=len(text))
    assert [e.value for e in at.error] == [expected]
    assert notes(engine, made.id, include_hidden=True) == []
    assert at.text_area(key="room-note-text").value == text  # kept, to be mended


def test_a_henkilotunnus_with_a_wrong_check_mark_is_not_refused(monkeypatch, folder, engine, room):
    made, participant, _ = room
    at = open_page(monkeypatch, folder, participant)
    write_note(at, "Numero 131052-308A ei ole tunnus", "fi")
    assert len(notes(engine, made.id)) == 1


def test_one_vote_per_browser(monkeypatch, folder, engine, room):
    made, participant, _ = room
    add_note(engine, made.id, "esimerkki", "suunnitelma", "gap", "Kuka vastaa?")
    at = open_page(monkeypatch, folder, participant, lang="en")
    for _ in range(2):
        next(b for b in at.button if b.label == "+1").click()
        at.run()
    assert notes(engine, made.id)[0].votes == 1
    assert [x.value for x in at.toast] == [t("workshop.voted", "en")]
    assert "**⊘ gap** · 1 vote" in texts(at)


# --- the facilitator and the participant --------------------------------------------------------


def test_the_facilitator_hides_a_note_and_participants_no_longer_see_it(
    monkeypatch, folder, engine, room
):
    made, participant, facilitator = room
    add_note(engine, made.id, "esimerkki", "suunnitelma", "gap", "Näkyykö tämä")
    fac = open_page(monkeypatch, folder, facilitator)
    next(b for b in fac.button if b.label == "Piilota").click()
    fac.run()
    assert "Näkyykö tämä" not in texts(fac)
    fac.toggle(key="room-show-hidden").set_value(True).run()  # to show it again
    assert "piilotettu osallistujilta" in " ".join(texts(fac))
    assert [b.label for b in fac.button if b.label in ("Näytä", "Piilota")] == ["Näytä"]
    other = open_page(monkeypatch, folder, participant)
    assert "Näkyykö tämä" not in texts(other)
    assert t("workshop.no_notes", "fi") in [c.value for c in other.caption]


def test_the_participant_link_has_no_facilitator_controls(monkeypatch, folder, engine, room):
    made, participant, _ = room
    add_note(engine, made.id, "esimerkki", "suunnitelma", "gap", "Teksti")
    at = open_page(monkeypatch, folder, participant, lang="en")
    labels = {b.label for b in at.button}
    assert labels.isdisjoint({"Hide", "Delete", "Lock the room", "Delete the room"})
    assert [tab.label for tab in at.tabs] == ["Notes", "Paths", "Record"]
    assert not at.code  # neither link is shown to a participant


ACT_AS_FACILITATOR = """
import datetime as dt
import streamlit as st
from components.room import InRoom, show_notice
from components.workshop_record import _lock
from polku.store import engine_from_env
from polku.store.rooms import create_room
engine = engine_from_env()
room, participant, _ = create_room(engine, "R", dt.date(2026, 11, 23))
_lock(engine, InRoom(room, False, participant), True, st.session_state["lang"])
show_notice("facilitator")
"""


@pytest.mark.parametrize("lang", LANGS)
def test_a_facilitator_action_with_the_participant_link_is_refused_in_words(engine, lang):
    at = AppTest.from_string(ACT_AS_FACILITATOR, default_timeout=30)
    at.session_state["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    assert [e.value for e in at.error] == [t("room.not_facilitator", lang)]


def test_a_locked_room_shows_no_form_and_says_so(monkeypatch, folder, engine, room):
    made, participant, facilitator = room
    lock_room(engine, made.id, True, facilitator=True)
    at = open_page(monkeypatch, folder, participant, lang="sv")
    assert t("workshop.locked", "sv") in [i.value for i in at.info]
    assert SAVE["sv"] not in {b.label for b in at.button}


def test_the_facilitator_deletes_the_room_after_saying_yes(monkeypatch, folder, engine, room):
    made, _, facilitator = room
    at = open_page(monkeypatch, folder, facilitator, lang="en")
    next(b for b in at.button if b.label == "Delete the room").click()
    at.run()
    assert t("workshop.delete_room_q", "en") in [w.value for w in at.warning]
    assert room_for(engine, facilitator) is not None
    next(b for b in at.button if b.label == "Yes, delete").click()
    at.run()
    assert not at.exception
    assert room_for(engine, facilitator) is None
    assert [s.value for s in at.success] == [t("workshop.deleted", "en")]


# --- the room's paths on the other pages ------------------------------------------------------


def test_a_path_saved_in_the_room_is_offered_in_the_explorer_only_with_the_link(
    monkeypatch, folder, engine, room, minimal
):
    made, participant, _ = room
    minimal.update(id="huoneen-polku", title="Huoneen polku")
    add_path(engine, made.id, "huoneen-polku", dump(minimal), "upload")
    add_note(engine, made.id, "huoneen-polku", "koulutus", "idea", "Hyvä idea")
    at = open_page(monkeypatch, folder, participant, page="explorer", path="huoneen-polku")
    assert [s.value for s in at.selectbox if s.key == "path"][0] == "huoneen-polku"
    assert "2. Koulutukseen · ✎ 1" in [b.label for b in at.button]
    outside = open_page(monkeypatch, folder, page="explorer", path="huoneen-polku")
    assert outside.selectbox(key="path").value == "esimerkki"
    assert "2. Koulutukseen · ✎ 1" not in [b.label for b in outside.button]


def test_a_note_is_written_on_the_step_open_in_the_explorer(monkeypatch, folder, engine, room):
    made, participant, _ = room
    at = open_page(monkeypatch, folder, participant, page="explorer", step="koulutus")
    at.text_area(key="step-note-text").set_value("Tässä katkeaa")
    next(b for b in at.button if b.label == SAVE["fi"]).click()
    at.run()
    (stored,) = notes(engine, made.id)
    assert (stored.path_key, stored.step_id, stored.text) == (
        "esimerkki",
        "koulutus",
        "Tässä katkeaa",
    )


def test_the_room_stays_when_the_sidebar_drops_it_from_the_link_until_one_leaves(
    monkeypatch, folder, engine, room, minimal
):
    """The sidebar's links carry no ?room=; the session remembers the participant token and
    writes it back into the link, until "Leave the room"."""
    made, participant, facilitator = room
    minimal.update(id="huoneen-polku", title="Huoneen polku")
    add_path(engine, made.id, "huoneen-polku", dump(minimal), "upload")
    at = open_page(monkeypatch, folder, participant, lang="en")
    remembered = at.session_state[room_module.REMEMBERED]
    assert remembered == participant
    explorer = run_page(
        monkeypatch,
        page="explorer",
        folder=folder,
        state={room_module.REMEMBERED: remembered},
        path="huoneen-polku",
    )
    assert explorer.selectbox(key="path").value == "huoneen-polku"
    assert explorer.query_params["room"] == participant
    # The facilitator's own token is never remembered for other pages.
    boss = open_page(monkeypatch, folder, facilitator, lang="en")
    assert room_module.REMEMBERED not in boss.session_state
    # Leaving: the workshop page offers a new room again, and the explorer has no room.
    at.button(key="room-leave").click().run()
    assert room_module.REMEMBERED not in at.session_state
    assert "room" not in at.query_params
    assert at.text_input(key="room-title") is not None


# --- no database -----------------------------------------------------------------------------


@pytest.fixture
def no_database(monkeypatch):
    monkeypatch.setenv("POLKU_DATABASE_URL", "postgresql+psycopg://polku@127.0.0.1:9/polku")
    _forget()
    yield
    _forget()


@pytest.mark.parametrize("lang", LANGS)
def test_without_a_database_the_workshop_page_says_so(monkeypatch, folder, no_database, lang):
    at = open_page(monkeypatch, folder, "x" * 32, lang=lang)
    assert [e.value for e in at.error] == [t("workshop.db_down", lang)]


def test_without_a_database_the_explorer_works_with_a_room_link(monkeypatch, folder, no_database):
    at = open_page(monkeypatch, folder, "x" * 32, page="explorer", lang="en")
    assert at.subheader[0].value == "Aktivointisuunnitelma"


def test_a_long_list_draws_the_newest_fifty_until_all_are_asked_for(
    monkeypatch, folder, engine, room
):
    made, participant, _ = room
    for i in range(1, 61):
        add_note(engine, made.id, "esimerkki", "suunnitelma", "idea", f"Kommentti {i}")
    at = open_page(monkeypatch, folder, participant, lang="en")
    shown = [m for m in texts(at) if m.startswith("Kommentti ")]
    assert (len(shown), shown[0], shown[-1]) == (50, "Kommentti 60", "Kommentti 11")
    assert t("workshop.newest", "en", n=50) in [c.value for c in at.caption]
    at.toggle(key="room-show-all").set_value(True).run()
    assert len([m for m in texts(at) if m.startswith("Kommentti ")]) == 60
