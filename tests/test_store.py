"""Workshop rooms in the database: every test runs on SQLite and on a real PostgreSQL server.

The `db` fixture (tests/pg.py) gives a new, migrated database of each kind per test.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, func, inspect, select, update
from sqlalchemy.exc import SQLAlchemyError

from polku.store import StoreError, engine_from_env, migrate, schema_revision
from polku.store import rooms as r
from polku.store.hetu import contains_hetu, is_hetu
from polku.store.tables import metadata
from polku.store.tables import notes as notes_t
from polku.store.tables import room_paths as paths_t
from polku.store.tables import rooms as rooms_t
from polku.store.tables import votes as votes_t
from tests.pg import _free_port

TODAY = date(2026, 11, 23)
HOSTILE = (
    '<script>alert(1)</script> **bold** [link](javascript:alert(1)) "q" } -> { '
    "<b>x</b> {name} %s \u202eevil\u200b"
)


@pytest.fixture
def room(db):
    """A room made today: (room, participant token, facilitator token)."""
    return r.create_room(db, "Pohjanmaan työpaja", datetime.now(UTC).date())


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def note(engine, room_id, body="Kuka vastaa tästä?", kind="question", author=""):
    return r.add_note(engine, room_id, "pohjanmaa", "asiakasvastaava", kind, body, author)


# ---------------------------------------------------------------- migrations and engines


def test_migrations_create_the_four_tables(db):
    assert set(inspect(db).get_table_names()) == {
        "alembic_version",
        "rooms",
        "room_paths",
        "notes",
        "votes",
    }
    assert schema_revision(db) == "0001"


def test_migrating_twice_changes_nothing(db, room):
    migrate(db)
    assert schema_revision(db) == "0001"
    assert r.room_for(db, room[1]) is not None


def test_starting_again_on_the_same_database_keeps_the_rooms(db_url):
    first = engine_from_env(db_url)
    _, participant, _ = r.create_room(first, "Työpaja", TODAY)
    first.dispose()
    second = engine_from_env(db_url)
    found = r.room_for(second, participant)
    second.dispose()
    assert found is not None and found[0].title == "Työpaja"


def test_the_migrated_schema_is_what_the_code_queries(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_sqlite_is_made_in_its_data_folder_in_wal_mode(tmp_path, monkeypatch):
    monkeypatch.delenv("POLKU_DATABASE_URL", raising=False)
    monkeypatch.setenv("POLKU_DATA_DIR", str(tmp_path / "new" / "data"))
    engine = engine_from_env()
    with engine.connect() as conn:
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        keys = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    engine.dispose()
    assert (tmp_path / "new" / "data" / "polku.db").is_file()
    assert (mode, keys, busy) == ("wal", 1, 15000)


def test_the_database_url_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("POLKU_DATABASE_URL", "postgresql+psycopg://u:p@db.example/polku")
    from polku.store import database_url

    assert database_url() == "postgresql+psycopg://u:p@db.example/polku"


def test_a_postgresql_url_without_a_driver_means_psycopg():
    from polku.store import _with_driver

    assert _with_driver("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert _with_driver("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert _with_driver("sqlite:///x.db") == "sqlite:///x.db"


def test_an_unreachable_database_is_a_store_error():
    with pytest.raises(StoreError):
        engine_from_env(f"postgresql+psycopg://u:p@127.0.0.1:{_free_port()}/polku")


def test_a_database_lost_after_start_is_a_store_error():
    engine = create_engine(f"postgresql+psycopg://u:p@127.0.0.1:{_free_port()}/polku")
    with pytest.raises(StoreError) as caught:
        r.notes(engine, 1)
    assert isinstance(caught.value.__cause__, SQLAlchemyError)


def test_a_sqlite_file_where_no_folder_can_be_made_is_a_store_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(StoreError):
        engine_from_env(f"sqlite:///{blocker / 'data' / 'polku.db'}")


def test_an_in_memory_sqlite_database_is_refused():
    with pytest.raises(StoreError):
        engine_from_env("sqlite://")


def test_not_a_url_is_a_store_error():
    with pytest.raises(StoreError):
        engine_from_env("not a url")


# ---------------------------------------------------------------- rooms and tokens


def test_a_new_room_has_its_title_day_and_expiry(db, monkeypatch):
    monkeypatch.setenv("POLKU_ROOM_DAYS", "5")
    today = datetime.now(UTC).date()
    made, _, _ = r.create_room(db, "Työpaja", today)
    assert (made.title, made.day, made.locked) == ("Työpaja", today, False)
    assert made.expires - made.created == timedelta(days=5)
    assert made.created.tzinfo is not None


def test_a_room_made_ahead_expires_counted_from_its_day(db, monkeypatch):
    monkeypatch.setenv("POLKU_ROOM_DAYS", "60")
    day = datetime.now(UTC).date() + timedelta(days=100)
    made, _, _ = r.create_room(db, "Työpaja", day)
    assert made.expires == datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=60)


def test_room_days_falls_back_to_60_for_nonsense(monkeypatch):
    for value in ("abc", "0", "-3", ""):
        monkeypatch.setenv("POLKU_ROOM_DAYS", value)
        assert r.room_days() == 60


def test_tokens_are_long_random_and_new_each_time(db):
    seen = set()
    for _ in range(5):
        _, participant, facilitator = r.create_room(db, "Työpaja", TODAY)
        assert len(participant) == 32 and len(facilitator) == 32
        seen |= {participant, facilitator}
    assert len(seen) == 10


def test_the_facilitator_token_is_stored_only_as_its_hash(db, room):
    _, _, facilitator = room
    with db.connect() as conn:
        stored = conn.execute(select(rooms_t)).one()._asdict()
    assert facilitator not in [str(v) for v in stored.values()]
    assert stored["facilitator_hash"] == hashlib.sha256(facilitator.encode()).hexdigest()


def test_the_participant_link_opens_the_room_as_a_participant(db, room):
    made, participant, _ = room
    assert r.room_for(db, participant) == (made, False)


def test_the_facilitator_link_opens_the_room_as_facilitator(db, room):
    made, _, facilitator = room
    assert r.room_for(db, facilitator) == (made, True)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "x",
        "A" * 32,  # well formed, no such room
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "a" * 10_000,
        "ä" * 32,
    ],
)
def test_an_unknown_or_malformed_token_opens_nothing(db, room, token):
    assert r.room_for(db, token) is None


def test_an_expired_room_cannot_be_opened(db, room):
    with db.begin() as conn:
        conn.execute(update(rooms_t).values(expires=datetime(2000, 1, 1)))
    assert r.room_for(db, room[1]) is None
    assert r.room_for(db, room[2]) is None


def test_a_participant_token_is_shown_again_only_to_the_facilitator(db, room):
    made, participant, _ = room
    assert r.participant_token(db, made.id, facilitator=True) == participant
    with pytest.raises(r.Refused) as refused:
        r.participant_token(db, made.id, facilitator=False)
    assert refused.value.key == "room.not_facilitator"


def test_a_title_keeps_markup_literally_and_loses_control_characters(db):
    made, participant, _ = r.create_room(db, "<b>Työ</b>\x00paja\x1b[31m\n*2*", TODAY)
    assert made.title == "<b>Työ</b>paja[31m *2*"
    assert r.room_for(db, participant)[0].title == "<b>Työ</b>paja[31m *2*"


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("", "room.title_empty"),
        (" \t\x07 ", "room.title_empty"),
        ("x" * 201, "room.title_too_long"),
        ("Asiakas 131052-308T", "room.title_hetu"),
    ],
)
def test_a_bad_title_is_refused_and_no_room_is_made(db, title, key):
    with pytest.raises(r.Refused) as refused:
        r.create_room(db, title, TODAY)
    assert refused.value.key == key
    assert count(db, rooms_t) == 0


def test_a_title_of_200_characters_is_kept_whole(db):
    assert r.create_room(db, "x" * 200, TODAY)[0].title == "x" * 200


def test_a_day_more_than_a_year_ahead_is_refused(db):
    with pytest.raises(r.Refused) as refused:
        r.create_room(db, "Työpaja", date(9999, 12, 31))
    assert refused.value.key == "room.bad_day"


# ---------------------------------------------------------------- facilitator actions


def test_a_participant_cannot_lock_delete_or_remove(db, room):
    made = room[0]
    r.add_path(db, made.id, "oma", "title: x", "own")
    kept = note(db, made.id)
    for action in (
        lambda: r.lock_room(db, made.id, True, facilitator=False),
        lambda: r.delete_room(db, made.id, facilitator=False),
        lambda: r.remove_path(db, made.id, "oma", facilitator=False),
        lambda: r.set_hidden(db, kept.id, True, facilitator=False),
        lambda: r.delete_note(db, kept.id, facilitator=False),
    ):
        with pytest.raises(r.Refused) as refused:
            action()
        assert refused.value.key == "room.not_facilitator"
    assert r.notes(db, made.id) == [kept]
    assert [p.path_id for p in r.room_paths(db, made.id)] == ["oma"]
    assert r.room_for(db, room[1])[0].locked is False


def test_a_locked_room_takes_no_notes_paths_or_votes(db, room):
    made = room[0]
    first = note(db, made.id)
    r.lock_room(db, made.id, True, facilitator=True)
    assert r.room_for(db, room[1])[0].locked is True
    for action in (
        lambda: note(db, made.id),
        lambda: r.add_path(db, made.id, "oma", "title: x", "own"),
        lambda: r.vote(db, first.id, "browser-1"),
    ):
        with pytest.raises(r.Refused) as refused:
            action()
        assert refused.value.key == "room.locked"
    assert [n.id for n in r.notes(db, made.id)] == [first.id]
    assert r.room_paths(db, made.id) == []
    assert r.notes(db, made.id)[0].votes == 0


def test_an_opened_room_takes_notes_again(db, room):
    made = room[0]
    r.lock_room(db, made.id, True, facilitator=True)
    r.lock_room(db, made.id, False, facilitator=True)
    assert note(db, made.id).text == "Kuka vastaa tästä?"


def test_deleting_a_room_deletes_its_paths_notes_and_votes(db, room):
    made = room[0]
    other, other_token, _ = r.create_room(db, "Toinen", TODAY)
    r.add_path(db, made.id, "oma", "title: x", "own")
    r.vote(db, note(db, made.id).id, "browser-1")
    r.vote(db, note(db, other.id).id, "browser-1")
    r.delete_room(db, made.id, facilitator=True)
    assert r.room_for(db, room[1]) is None
    assert (count(db, notes_t), count(db, votes_t), count(db, paths_t)) == (1, 1, 0)
    assert r.room_for(db, other_token) is not None


def test_a_deleted_room_takes_nothing_more(db, room):
    made = room[0]
    r.delete_room(db, made.id, facilitator=True)
    with pytest.raises(r.Refused) as refused:
        note(db, made.id)
    assert refused.value.key == "room.unknown"


# ---------------------------------------------------------------- expiry


def test_purging_deletes_only_expired_rooms_with_everything_in_them(db, monkeypatch):
    monkeypatch.setenv("POLKU_ROOM_DAYS", "60")
    old, old_token, _ = r.create_room(db, "Vanha", TODAY)
    monkeypatch.setenv("POLKU_ROOM_DAYS", "90")
    young, young_token, _ = r.create_room(db, "Uusi", TODAY)
    r.add_path(db, old.id, "oma", "title: x", "own")
    r.vote(db, note(db, old.id).id, "browser-1")
    note(db, young.id)
    assert r.purge_expired(db, old.created + timedelta(days=59)) == 0
    assert r.purge_expired(db, old.created + timedelta(days=61)) == 1
    assert r.room_for(db, old_token) is None
    assert r.room_for(db, young_token) is not None
    assert (count(db, notes_t), count(db, votes_t), count(db, paths_t)) == (1, 0, 0)


def test_making_a_room_deletes_the_expired_ones(db, room):
    note(db, room[0].id)
    with db.begin() as conn:
        conn.execute(update(rooms_t).values(expires=datetime(2000, 1, 1)))
    r.create_room(db, "Uusi", TODAY)
    assert (count(db, rooms_t), count(db, notes_t)) == (1, 0)


def test_starting_the_app_deletes_the_expired_rooms(db_url):
    first = engine_from_env(db_url)
    made = r.create_room(first, "Vanha", TODAY)[0]
    note(first, made.id)
    with first.begin() as conn:
        conn.execute(update(rooms_t).values(expires=datetime(2000, 1, 1)))
    first.dispose()
    second = engine_from_env(db_url)
    counts = (count(second, rooms_t), count(second, notes_t))
    second.dispose()
    assert counts == (0, 0)


def test_an_expired_room_takes_no_notes_before_it_is_purged(db, room):
    with db.begin() as conn:
        conn.execute(update(rooms_t).values(expires=datetime(2000, 1, 1)))
    with pytest.raises(r.Refused) as refused:
        note(db, room[0].id)
    assert refused.value.key == "room.unknown"


# ---------------------------------------------------------------- paths in a room


def test_a_saved_path_is_listed_with_its_text_and_source(db, room):
    made = room[0]
    saved = r.add_path(db, made.id, "oma-kunta", "title: Oma\n", "upload")
    assert r.room_paths(db, made.id) == [saved]
    assert (saved.path_id, saved.yaml_text, saved.source) == ("oma-kunta", "title: Oma\n", "upload")


def test_saving_a_path_again_replaces_it(db, room):
    made = room[0]
    first = r.add_path(db, made.id, "oma", "title: 1", "upload")
    r.add_path(db, made.id, "muu", "title: m", "shipped")
    r.add_path(db, made.id, "oma", "title: 2", "own")
    listed = r.room_paths(db, made.id)
    assert [(p.id, p.path_id, p.yaml_text, p.source) for p in listed] == [
        (first.id, "oma", "title: 2", "own"),
        (first.id + 1, "muu", "title: m", "shipped"),
    ]


def test_paths_of_one_room_are_not_in_another(db, room):
    other = r.create_room(db, "Toinen", TODAY)[0]
    r.add_path(db, room[0].id, "oma", "title: x", "own")
    assert r.room_paths(db, other.id) == []


def test_the_facilitator_removes_a_path(db, room):
    made = room[0]
    r.add_path(db, made.id, "oma", "title: x", "own")
    r.add_path(db, made.id, "muu", "title: y", "own")
    r.remove_path(db, made.id, "oma", facilitator=True)
    assert [p.path_id for p in r.room_paths(db, made.id)] == ["muu"]


@pytest.mark.parametrize(
    ("path_id", "yaml_text", "source", "key"),
    [
        ("oma", "title: x", "disk", "room.bad_source"),
        ("oma", "#" * (1024 * 1024 + 1), "upload", "room.path_too_large"),
        ("", "title: x", "upload", "room.bad_step"),
        ("x" * 201, "title: x", "upload", "room.bad_step"),
        ("oma\x00", "title: x", "upload", "room.bad_step"),
        ("oma", "title: x\x00", "upload", "room.path_invalid"),
        ("oma", "title: \udc80", "upload", "room.path_invalid"),
    ],
)
def test_a_bad_path_is_refused_and_nothing_saved(db, room, path_id, yaml_text, source, key):
    with pytest.raises(r.Refused) as refused:
        r.add_path(db, room[0].id, path_id, yaml_text, source)
    assert refused.value.key == key
    assert r.room_paths(db, room[0].id) == []


def test_a_path_of_exactly_1_mib_is_saved(db, room):
    body = "#" * (1024 * 1024)
    assert r.add_path(db, room[0].id, "iso", body, "upload").yaml_text == body


# ---------------------------------------------------------------- notes


def test_a_note_is_stored_with_everything_the_page_gave(db, room):
    made = room[0]
    added = r.add_note(db, made.id, "pohjanmaa", "kela-1", "gap", "Kukaan ei ohjaa.", "Anna")
    assert r.notes(db, made.id) == [added]
    assert (added.path_key, added.step_id, added.kind, added.text, added.author) == (
        "pohjanmaa",
        "kela-1",
        "gap",
        "Kukaan ei ohjaa.",
        "Anna",
    )
    assert (added.hidden, added.votes, added.room_id) == (False, 0, made.id)


def test_every_kind_of_note_is_taken(db, room):
    for kind in ("gap", "duplicate", "good_practice", "question", "idea"):
        note(db, room[0].id, kind=kind)
    assert [n.kind for n in r.notes(db, room[0].id)] == [
        "gap",
        "duplicate",
        "good_practice",
        "question",
        "idea",
    ]


@pytest.mark.parametrize(
    ("body", "kind", "author", "key"),
    [
        ("", "gap", "", "room.note_empty"),
        ("  \n\t \x00 ", "gap", "", "room.note_empty"),
        ("x" * 10_000, "gap", "", "room.note_too_long"),
        ("x" * 1001, "gap", "", "room.note_too_long"),
        ("Asiakas 131052-308T soitti", "gap", "", "room.note_hetu"),
        ("hetu 131052–308t", "gap", "", "room.note_hetu"),  # en dash, lower case
        ("29.2.2000 syntynyt: 290200A1239", "gap", "", "room.note_hetu"),  # 290200123 % 31 = 9
        ("Kiitos", "gap", "131052-308T", "room.note_hetu"),
        ("Kiitos", "gap", "x" * 61, "room.author_too_long"),
        ("Kiitos", "complaint", "", "room.bad_kind"),
        ("Kiitos", "", "", "room.bad_kind"),
    ],
)
def test_a_bad_note_is_refused_and_changes_nothing(db, room, body, kind, author, key):
    made = room[0]
    before = r.revision(db, made.id)
    with pytest.raises(r.Refused) as refused:
        note(db, made.id, body=body, kind=kind, author=author)
    assert refused.value.key == key
    assert r.notes(db, made.id, include_hidden=True) == []
    assert r.revision(db, made.id) == before


@pytest.mark.parametrize(
    "body",
    [
        "Numero 131052-308U",  # 131052308 % 31 = 25, 'T', not 'U'
        "Helmikuun 31.: 310252-1230",  # the check character is right, the date is not
        "29.2.2001: 290201A123J",  # 2001 is no leap year
        "Puhelin 0401310523",
        "Diaari 1310523-08T",
    ],
)
def test_a_number_that_only_looks_like_a_henkilotunnus_is_taken(db, room, body):
    assert note(db, room[0].id, body=body).text == body


def test_a_note_of_exactly_1000_characters_is_taken(db, room):
    assert len(note(db, room[0].id, body="ä" * 1000).text) == 1000


def test_a_note_keeps_markup_literally_and_loses_control_characters(db, room):
    body = HOSTILE + "\r\nrivi 2\tsarake\x00\x07\x1b\x7f\x9b\udc80"
    added = note(db, room[0].id, body=body, author="<i>Anna</i>\n")
    expected = HOSTILE + "\nrivi 2\tsarake"
    assert added.text == expected
    assert r.notes(db, room[0].id)[0].text == expected
    assert r.notes(db, room[0].id)[0].author == "<i>Anna</i>"


@pytest.mark.parametrize(
    ("path_key", "step_id"), [("", "s1"), ("p", ""), ("p", "s1\x00"), ("p\udc80", "s1")]
)
def test_a_note_on_a_malformed_step_is_refused(db, room, path_key, step_id):
    with pytest.raises(r.Refused) as refused:
        r.add_note(db, room[0].id, path_key, step_id, "gap", "Kiitos")
    assert refused.value.key == "room.bad_step"
    assert count(db, notes_t) == 0


def test_a_note_in_an_unknown_room_is_refused(db):
    with pytest.raises(r.Refused) as refused:
        note(db, 12345)
    assert refused.value.key == "room.unknown"


def test_notes_since_gives_only_the_newer_notes(db, room):
    made = room[0]
    first = note(db, made.id, body="yksi")
    second = note(db, made.id, body="kaksi")
    third = note(db, made.id, body="kolme")
    assert r.notes_since(db, made.id, first.id) == [second, third]
    assert r.notes_since(db, made.id, third.id) == []
    assert r.notes_since(db, made.id, 0) == [first, second, third]


def test_notes_of_one_room_are_not_in_another(db, room):
    other = r.create_room(db, "Toinen", TODAY)[0]
    note(db, room[0].id)
    assert r.notes(db, other.id) == []


def test_every_change_a_participant_sees_raises_the_revision(db, room):
    made = room[0]
    seen = [r.revision(db, made.id)]
    added = note(db, made.id)
    seen.append(r.revision(db, made.id))
    r.vote(db, added.id, "browser-1")
    seen.append(r.revision(db, made.id))
    r.vote(db, added.id, "browser-1")  # no change: the same browser again
    seen.append(r.revision(db, made.id))
    r.set_hidden(db, added.id, True, facilitator=True)
    seen.append(r.revision(db, made.id))
    assert seen == [0, 1, 2, 2, 3]


# ---------------------------------------------------------------- hiding and deleting


def test_a_hidden_note_is_gone_for_participants_and_kept_for_the_facilitator(db, room):
    made = room[0]
    hidden = note(db, made.id, body="piiloon")
    shown = note(db, made.id, body="näkyy")
    r.set_hidden(db, hidden.id, True, facilitator=True)
    assert [n.text for n in r.notes(db, made.id)] == ["näkyy"]
    assert [n.text for n in r.notes_since(db, made.id, 0)] == ["näkyy"]
    assert [(n.text, n.hidden) for n in r.notes(db, made.id, include_hidden=True)] == [
        ("piiloon", True),
        ("näkyy", False),
    ]
    r.set_hidden(db, hidden.id, False, facilitator=True)
    assert [n.id for n in r.notes(db, made.id)] == [hidden.id, shown.id]


def test_the_facilitator_deletes_a_note_with_its_votes(db, room):
    made = room[0]
    gone = note(db, made.id, body="pois")
    kept = note(db, made.id, body="jää")
    r.vote(db, gone.id, "browser-1")
    r.vote(db, kept.id, "browser-1")
    r.delete_note(db, gone.id, facilitator=True)
    assert [n.text for n in r.notes(db, made.id, include_hidden=True)] == ["jää"]
    assert count(db, votes_t) == 1


def test_a_note_of_another_room_is_refused_when_the_room_is_given(db, room):
    other = r.create_room(db, "Toinen", TODAY)[0]
    foreign = note(db, other.id)
    for action in (
        lambda: r.set_hidden(db, foreign.id, True, facilitator=True, room_id=room[0].id),
        lambda: r.delete_note(db, foreign.id, facilitator=True, room_id=room[0].id),
        lambda: r.vote(db, foreign.id, "browser-1", room_id=room[0].id),
    ):
        with pytest.raises(r.Refused) as refused:
            action()
        assert refused.value.key == "room.unknown"
    assert r.notes(db, other.id) == [foreign]


def test_an_unknown_note_is_refused(db, room):
    for action in (
        lambda: r.set_hidden(db, 999, True, facilitator=True),
        lambda: r.delete_note(db, 999, facilitator=True),
        lambda: r.vote(db, 999, "browser-1"),
    ):
        with pytest.raises(r.Refused) as refused:
            action()
        assert refused.value.key == "room.unknown"


# ---------------------------------------------------------------- votes


def test_one_vote_per_browser(db, room):
    added = note(db, room[0].id)
    assert r.vote(db, added.id, "browser-1") is True
    assert r.vote(db, added.id, "browser-1") is False
    assert r.vote(db, added.id, "browser-2") is True
    assert r.notes(db, room[0].id)[0].votes == 2


def test_a_browser_votes_for_each_note_once(db, room):
    first = note(db, room[0].id, body="yksi")
    second = note(db, room[0].id, body="kaksi")
    assert r.vote(db, first.id, "browser-1") is True
    assert r.vote(db, second.id, "browser-1") is True
    assert [n.votes for n in r.notes(db, room[0].id)] == [1, 1]


def test_the_browser_id_is_not_stored_as_such(db, room):
    r.vote(db, note(db, room[0].id).id, "my-browser-id")
    with db.connect() as conn:
        stored = conn.execute(select(votes_t.c.browser)).scalar()
    assert stored == hashlib.sha256(b"my-browser-id").hexdigest()


@pytest.mark.parametrize("browser", ["", "   ", "x" * 201, "b\x00"])
def test_a_vote_without_a_usable_browser_id_is_refused(db, room, browser):
    added = note(db, room[0].id)
    with pytest.raises(r.Refused) as refused:
        r.vote(db, added.id, browser)
    assert refused.value.key == "room.bad_browser"
    assert count(db, votes_t) == 0


# ---------------------------------------------------------------- at the same time


def run_together(workers: list) -> list:
    """Start every worker at the same moment in its own thread; their results in order."""
    gate = threading.Barrier(len(workers))
    results: list = [None] * len(workers)
    errors: list = []

    def run(i, work):
        gate.wait()
        try:
            results[i] = work()
        except Exception as err:  # noqa: BLE001 - reported below, with the others
            errors.append(err)

    threads = [threading.Thread(target=run, args=(i, w)) for i, w in enumerate(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return results


def test_20_participants_adding_10_notes_each_at_once_store_all_200(db, room):
    made = room[0]

    def participant(p: int):
        return lambda: [note(db, made.id, body=f"osallistuja {p} huomio {n}").id for n in range(10)]

    ids = run_together([participant(p) for p in range(20)])
    stored = r.notes(db, made.id)
    assert len(stored) == 200
    assert sorted(n.text for n in stored) == sorted(
        f"osallistuja {p} huomio {n}" for p in range(20) for n in range(10)
    )
    assert sorted(i for batch in ids for i in batch) == [n.id for n in stored]
    assert r.revision(db, made.id) == 200


def test_20_browsers_voting_twice_at_once_give_20_votes(db, room):
    added = note(db, room[0].id)
    votes = [lambda b=b: r.vote(db, added.id, f"browser-{b}") for b in range(20)] * 2
    results = run_together(votes)
    assert results.count(True) == 20
    assert results.count(False) == 20
    assert r.notes(db, room[0].id)[0].votes == 20


def test_one_browser_voting_from_20_threads_at_once_counts_once(db, room):
    added = note(db, room[0].id)
    results = run_together([lambda: r.vote(db, added.id, "same-browser")] * 20)
    assert results.count(True) == 1
    assert r.notes(db, room[0].id)[0].votes == 1


def test_a_room_locked_while_notes_arrive_takes_none_after_the_lock(db, room):
    made = room[0]

    def add():
        try:
            return note(db, made.id).id
        except r.Refused as refused:
            return refused.key

    workers = [add] * 10 + [lambda: r.lock_room(db, made.id, True, facilitator=True)] + [add] * 10
    results = run_together(workers)
    stored = [n.id for n in r.notes(db, made.id)]
    assert sorted(x for x in results if isinstance(x, int)) == stored
    assert len(stored) + results.count("room.locked") == 20
    assert r.room_for(db, room[1])[0].locked is True


# ---------------------------------------------------------------- the henkilötunnus check


@pytest.mark.parametrize(
    "code",
    [
        "131052-308T",
        "010594Y9032",  # the Digital and Population Data Services Agency's examples of the
        "020594X903P",  # century signs added in 2023
        "010516B903X",
        "020516C903K",
        "010501E9032",
    ],
)
def test_valid_codes_are_found(code):
    assert is_hetu(code)
    assert contains_hetu(f"Asiakas {code}, soita.")


@pytest.mark.parametrize(
    "code",
    ["131052-308U", "310252-1230", "290201A123J", "131052G308T", "1310523-08T", "13105-2308T"],
)
def test_codes_with_a_wrong_check_date_or_sign_are_not(code):
    assert not is_hetu(code)
    assert not contains_hetu(code)


def test_a_long_running_server_purges_expired_rooms_at_most_once_an_hour(db, room):
    r._last_purge.clear()
    ticks = iter([1000.0, 1000.0 + 3599, 1000.0 + 3600])
    clock = lambda: next(ticks)  # noqa: E731
    note(db, room[0].id)
    assert r.purge_if_due(db, clock) == 0  # due: nothing had expired yet
    with db.begin() as conn:
        conn.execute(update(rooms_t).values(expires=datetime(2000, 1, 1)))
    assert r.purge_if_due(db, clock) is None  # 59 min 59 s later: not due
    assert count(db, rooms_t) == 1
    assert r.purge_if_due(db, clock) == 1  # an hour later: the room and its note go
    assert (count(db, rooms_t), count(db, notes_t)) == (0, 0)
