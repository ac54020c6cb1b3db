"""The workshop page's room parts: making a room and its two links, the room's heading and the
links into the other pages, and the paths saved in the room."""

from __future__ import annotations

from urllib.parse import urlsplit

import streamlit as st

from components.library import OWN, parse_text, shared_library, today
from components.links import page_link
from components.room import (
    InRoom,
    attempt,
    forget_room_paths,
    leave_room,
    notify,
    room_path_list,
    show_notice,
)
from components.safe import md
from components.uploader import file_uploader
from polku.i18n import day, t
from polku.loader import load_text
from polku.store.rooms import MAX_TITLE, add_path, create_room, participant_token, remove_path
from polku.summary import ordered_ids
from polku.text import resolve

CREATED = "_room_created"  # (title, participant token, facilitator token): shown once
UPLOAD_SEEN = "_room_upload_seen"


def room_link(token: str) -> str:
    """The workshop page's address with `?room=token`, as this browser reached the server."""
    url = st.context.url or ""
    parts = urlsplit(url)
    if parts.scheme and parts.netloc:
        path = parts.path.rstrip("/")
        base = path if path.endswith("/workshop") else f"{path.rsplit('/', 1)[0]}/workshop"
        return f"{parts.scheme}://{parts.netloc}{base}?room={token}"
    return f"/workshop?room={token}"


# --- no room yet ---------------------------------------------------------------------------------


def _create(engine, lang: str) -> None:
    title = st.session_state.get("room-title") or ""
    chosen = st.session_state.get("room-day") or today()
    made, problem = attempt(lang, create_room, engine, title, chosen)
    if problem:
        notify("create", "error", problem)
        return
    room, participant, facilitator = made
    st.session_state[CREATED] = (room.title, participant, facilitator)
    st.session_state["room-title"] = ""


def create_form(engine, lang: str) -> None:
    """Title and day; on success, the two links once."""
    st.subheader(t("workshop.create", lang), anchor=False)
    with st.form("room-create", border=True):
        st.text_input(t("workshop.room_title", lang), key="room-title", max_chars=MAX_TITLE)
        st.date_input(
            t("workshop.room_day", lang), key="room-day", value=today(), format="DD.MM.YYYY"
        )
        st.form_submit_button(
            t("workshop.create_go", lang),
            type="primary",
            on_click=_create,
            args=(engine, lang),
        )
    show_notice("create")
    created = st.session_state.get(CREATED)
    if created:
        title, participant, facilitator = created
        st.success(t("workshop.created", lang, title=md(title)), icon=":material/check_circle:")
        links(participant, facilitator, lang)
        page_link(
            "pages/workshop.py",
            label=t("workshop.open_facilitator", lang),
            icon=":material/forum:",
            query_params={"room": facilitator, "lang": lang},
        )


def links(participant: str | None, facilitator: str | None, lang: str) -> None:
    """The participant link to share and the facilitator link to keep, each copyable."""
    if participant:
        st.markdown(f"**{t('workshop.participant_link', lang)}**")
        st.caption(t("workshop.participant_help", lang))
        st.code(room_link(participant), language=None, wrap_lines=True)
    if facilitator:
        st.markdown(f"**{t('workshop.facilitator_link', lang)}**")
        st.warning(t("workshop.facilitator_warning", lang), icon=":material/key:")
        st.code(room_link(facilitator), language=None, wrap_lines=True)


# --- in a room -----------------------------------------------------------------------------------


def heading(here: InRoom, lang: str) -> None:
    """The room's title (typed by a user: shown literally), its day, who you are, and whether
    it is locked."""
    room = here.room
    st.header(md(room.title), anchor=False)
    role = t("workshop.role_facilitator" if here.facilitator else "workshop.role_participant", lang)
    expires = t("workshop.expires", lang, date=day(room.expires.date(), lang))
    st.markdown(f"**{day(room.day, lang)}** · {role} · {expires}")
    if room.locked:
        st.info(t("workshop.locked", lang), icon=":material/lock:")


def page_links(engine, here: InRoom, lang: str) -> None:
    """Into the explorer, the comparison and the meeting, with the room along. From the
    facilitator's link they carry the participant link: a projected address bar must not
    show the facilitator's."""
    params = {"lang": lang}
    if here.facilitator:
        participant, _ = attempt(lang, participant_token, engine, here.room.id, here.facilitator)
        if participant:
            params["room"] = participant
    with st.container(horizontal=True, gap="small", vertical_alignment="center"):
        for page, key, icon in (
            ("pages/explorer.py", "workshop.go_explorer", ":material/route:"),
            ("pages/compare.py", "workshop.go_compare", ":material/compare_arrows:"),
            ("pages/meeting.py", "workshop.go_meeting", ":material/groups:"),
        ):
            page_link(page, label=t(key, lang), icon=icon, query_params=params)
        st.button(
            t("workshop.leave", lang),
            key="room-leave",
            icon=":material/logout:",
            type="tertiary",
            on_click=leave_room,
        )
    st.caption(t("workshop.links_carry", lang))


def _title(text: str, lang: str) -> str:
    result, graph = parse_text(text)
    if graph is None:
        return ""
    return resolve(result.path.title, lang, result.path.language).text


def _save(engine, here: InRoom, pid: str, text: str, source: str, lang: str) -> bool:
    _, problem = attempt(lang, add_path, engine, here.room.id, pid, text, source)
    if problem:
        notify("paths", "error", problem)
        return False
    forget_room_paths()
    notify("paths", "success", t("workshop.path_saved", lang, id=md(pid)))
    return True


def _save_loaded(engine, here: InRoom, lang: str) -> None:
    shared = shared_library()
    for pid in st.session_state.get("room-add-loaded") or []:
        file = shared.files.get(pid)
        if not file:
            continue
        try:
            with open(file, encoding="utf-8-sig") as f:
                text = f.read()
        except OSError:
            continue
        if not _save(engine, here, pid, text, "shipped", lang):
            return
    st.session_state["room-add-loaded"] = []


def _save_own(engine, here: InRoom, lang: str) -> None:
    pid = st.session_state.get("room-own-which")
    text = (st.session_state.get(OWN) or {}).get(pid)
    if text:
        _save(engine, here, pid, text, "own", lang)


def _remove(engine, here: InRoom, pid: str, lang: str) -> None:
    _, problem = attempt(lang, remove_path, engine, here.room.id, pid, here.facilitator)
    if problem:
        notify("paths", "error", problem)
        return
    forget_room_paths()
    notify("paths", "success", t("workshop.path_removed", lang, id=md(pid)))


def paths_section(engine, here: InRoom, lang: str) -> None:
    """The paths saved in the room, and three ways to add one: loaded paths, a file, your own."""
    st.subheader(t("workshop.paths_title", lang), anchor=False)
    show_notice("paths")
    held = room_path_list(here.room)
    if not held:
        st.caption(t("workshop.paths_none", lang))
    for rp in held:
        title = _title(rp.yaml_text, lang) or rp.path_id
        line = t(
            "workshop.path_line",
            lang,
            title=md(title),
            source=t(f"workshop.source.{rp.source}", lang),
            date=day(rp.added.date(), lang),
        )
        with st.container(horizontal=True, vertical_alignment="center"):
            st.markdown(f"- {line} ({md(rp.path_id)})")
            if here.facilitator:
                st.button(
                    t("workshop.remove_path", lang),
                    key=f"room-remove-{rp.path_id}",
                    on_click=_remove,
                    args=(engine, here, rp.path_id, lang),
                    icon=":material/delete:",
                )
    if here.room.locked:
        return
    c1, c2, c3 = st.columns(3)
    with c1.container(border=True):
        st.markdown(f"**{t('workshop.add_loaded', lang)}**")
        shared = shared_library()
        ids = ordered_ids(shared.paths, lang, today())
        st.multiselect(
            t("workshop.add_loaded_which", lang),
            ids,
            key="room-add-loaded",
            placeholder=t("quiz.choose", lang),
            format_func=lambda pid: (
                resolve(shared.paths[pid].title, lang, shared.paths[pid].language).text
            ),
        )
        st.button(
            t("workshop.add_loaded_go", lang),
            key="room-add-loaded-go",
            on_click=_save_loaded,
            args=(engine, here, lang),
        )
    with c2.container(border=True):
        st.markdown(f"**{t('workshop.upload', lang)}**")
        upload = file_uploader(
            t("own.upload_label", lang),
            key="room-upload",
            help=t("own.upload_help", lang),
            lang=lang,
        )
        if upload is not None and st.session_state.get(UPLOAD_SEEN) != upload.file_id:
            st.session_state[UPLOAD_SEEN] = upload.file_id
            _upload(engine, here, upload, lang)
            st.rerun()
    with c3.container(border=True):
        st.markdown(f"**{t('workshop.save_own', lang)}**")
        own = st.session_state.get(OWN) or {}
        if not own:
            st.caption(t("workshop.no_own", lang))
        else:
            st.selectbox(
                t("workshop.add_loaded_which", lang),
                list(own),
                key="room-own-which",
                format_func=lambda pid: _title(own[pid], lang) or pid,
            )
            st.button(
                t("workshop.save_own_go", lang),
                key="room-own-go",
                on_click=_save_own,
                args=(engine, here, lang),
            )


def _upload(engine, here: InRoom, upload, lang: str) -> None:
    """The loader's checks, the size limit first (the uploader holds the bytes already)."""
    data = upload.getvalue()
    result = load_text(data, upload.name)
    if not result.ok:
        notify("paths", "error", "\n".join(f"- {md(e.render(lang))}" for e in result.errors))
        return
    _save(engine, here, result.path.id, data.decode("utf-8-sig"), "upload", lang)
