"""Workshop room: make a room and share its link; in a room, write notes on steps and see
everyone's within seconds, save paths in the room, download the record; the facilitator's link
also locks the room, hides or deletes notes and deletes the room.

The room is the link: ?room=<token>. Without a database the page says so; the other pages
keep working with the shipped paths."""

import streamlit as st

from components.library import get_library
from components.room import (
    current_room,
    room_path_list,
    room_token,
    store_engine,
    store_problem,
)
from components.shell import require_shell
from components.workshop_notes import live_notes, note_form, notes_style, pick_step
from components.workshop_record import DELETED, facilitator_section, record_section
from components.workshop_room import create_form, heading, page_links, paths_section
from polku.i18n import t

lang = require_shell()

st.title(t("nav.workshop", lang))
st.caption(t("workshop.intro", lang))

engine = store_engine()
if engine is None:
    st.error(t("workshop.db_down", lang), icon=":material/cloud_off:")
    st.caption(t("workshop.db_detail", lang, problem=store_problem()))
    st.stop()

token = room_token()
here = current_room()
if here is None:
    if st.session_state.pop(DELETED, None):
        st.success(t("workshop.deleted", lang), icon=":material/check_circle:")
    elif token:
        st.error(t("room.unknown", lang), icon=":material/link_off:")
    create_form(engine, lang)
    st.stop()

library = get_library()  # the shipped paths with the room's own
first = tuple(rp.path_id for rp in room_path_list(here.room))  # the room's paths come first
heading(here, lang)
page_links(engine, here, lang)
notes_style()

tabs = st.tabs(
    [
        t(f"workshop.tab_{k}", lang)
        for k in ("notes", "paths", "record", *(("facilitator",) if here.facilitator else ()))
    ]
)
with tabs[0], st.container(key="room-cols"):
    write, read = st.columns([2, 3], gap="large")
    with write:
        st.subheader(t("workshop.add_note", lang), anchor=False)
        picked = pick_step(library, lang, key="room-pick", first=first)
        if picked:
            note_form(engine, here, *picked, lang, key="room-note")
    with read:
        st.subheader(t("workshop.notes", lang), anchor=False)
        live_notes(engine, here, library, lang, first=first)
with tabs[1]:
    paths_section(engine, here, lang)
with tabs[2]:
    record_section(engine, here, library, lang)
if here.facilitator:
    with tabs[3]:
        facilitator_section(engine, here, lang)
