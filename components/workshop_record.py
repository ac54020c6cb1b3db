"""The workshop page's record (the notes as CSV and XLSX, the report as Markdown and PDF, each
made at the click, in memory) and the facilitator's controls (the links again, lock, delete)."""

from __future__ import annotations

import streamlit as st

from components.library import today
from components.room import InRoom, attempt, notify, room_path_list, show_notice
from components.workshop_room import links
from polku.graph import PathGraph
from polku.i18n import t
from polku.loader import Library
from polku.store import StoreError
from polku.store.rooms import delete_room, lock_room, notes, participant_token
from polku.summary import ordered_ids
from polku.workshop_report import (
    notes_csv,
    notes_xlsx,
    report_markdown,
    report_pdf,
    workshop_report,
)

DELETED = "_room_deleted"  # the room this session just deleted: say so instead of "unknown"
CONFIRM = "_room_confirm_delete"


def _compared(library: Library, here: InRoom, found, lang: str) -> dict[str, PathGraph]:
    """The room's own paths and every path that has a note, in the order pages list them."""
    wanted = {rp.path_id for rp in room_path_list(here.room)} | {n.path_key for n in found}
    ids = ordered_ids(library.paths, lang, today())
    return {pid: library.graphs[pid] for pid in ids if pid in wanted}


def record_section(engine, here: InRoom, library: Library, lang: str) -> None:
    st.subheader(t("workshop.tab_record", lang), anchor=False)
    st.caption(t("workshop.record_intro", lang))

    def made(kind: str) -> bytes:
        """What one download holds, read from the database at the click."""
        try:
            found = notes(engine, here.room.id)  # hidden notes left out
        except StoreError:
            return t("workshop.db_error", lang).encode("utf-8")
        graphs = _compared(library, here, found, lang)
        if kind == "csv":
            return notes_csv(found, graphs, lang)
        if kind == "xlsx":
            return notes_xlsx(found, graphs, lang)
        report = workshop_report(here.room.title, here.room.day, graphs, found, lang)
        return report_markdown(report).encode("utf-8") if kind == "md" else report_pdf(report)

    stem = f"polku-tyopaja-{here.room.day.isoformat()}"
    with st.container(horizontal=True, gap="small"):
        for kind, label, name, mime in (
            ("csv", "workshop.dl_csv", f"{stem}-kommentit.csv", "text/csv"),
            (
                "xlsx",
                "workshop.dl_xlsx",
                f"{stem}-kommentit.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            ("md", "workshop.dl_md", f"{stem}-raportti.md", "text/markdown"),
            ("pdf", "workshop.dl_pdf", f"{stem}-raportti.pdf", "application/pdf"),
        ):
            st.download_button(
                t(label, lang),
                lambda kind=kind: made(kind),  # made at the click
                file_name=name,
                mime=mime,
                key=f"room-dl-{kind}",
                on_click="ignore",
                icon=":material/download:",
            )


def _lock(engine, here: InRoom, locked: bool, lang: str) -> None:
    _, problem = attempt(lang, lock_room, engine, here.room.id, locked, here.facilitator)
    if problem:
        notify("facilitator", "error", problem)


def _delete(engine, here: InRoom, lang: str) -> None:
    _, problem = attempt(lang, delete_room, engine, here.room.id, here.facilitator)
    st.session_state.pop(CONFIRM, None)
    if problem:
        notify("facilitator", "error", problem)
        return
    st.session_state[DELETED] = here.token
    if "room" in st.query_params:
        del st.query_params["room"]


def facilitator_section(engine, here: InRoom, lang: str) -> None:
    """Only on the facilitator's link: the links to share again, lock, delete with a yes."""
    st.subheader(t("workshop.links_again", lang), anchor=False)
    participant, problem = attempt(lang, participant_token, engine, here.room.id, here.facilitator)
    if problem:
        st.error(problem)
    links(participant, here.token, lang)
    st.divider()
    show_notice("facilitator")
    locked = here.room.locked
    st.button(
        t("workshop.unlock" if locked else "workshop.lock", lang),
        key="room-lock",
        on_click=_lock,
        args=(engine, here, not locked, lang),
        icon=":material/lock_open:" if locked else ":material/lock:",
        help=t("workshop.lock_help", lang),
    )
    if not st.session_state.get(CONFIRM):
        st.button(
            t("workshop.delete_room", lang),
            key="room-delete",
            on_click=lambda: st.session_state.update({CONFIRM: True}),
            icon=":material/delete_forever:",
        )
        return
    st.warning(t("workshop.delete_room_q", lang), icon=":material/warning:")
    yes, no = st.columns(2)
    yes.button(
        t("workshop.delete_room_yes", lang),
        key="room-delete-yes",
        type="primary",
        on_click=_delete,
        args=(engine, here, lang),
    )
    no.button(
        t("workshop.delete_room_no", lang),
        key="room-delete-no",
        on_click=lambda: st.session_state.pop(CONFIRM, None),
    )
