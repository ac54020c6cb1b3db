"""Notes on steps: the form to add one, the live list grouped by path and step (refreshed every
two seconds), and the explorer's part: this step's notes and the steps that have notes.

Everything a participant typed is shown literally (`components.safe.md`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st
from babel.dates import format_time

from components.library import today
from components.path_diagram import numbered_title
from components.room import (
    InRoom,
    attempt,
    browser_id,
    notify,
    room_notes,
    room_notes_by_step,
    show_notice,
)
from components.safe import md
from polku.i18n import LOCALES, day, t
from polku.loader import Library
from polku.store import StoreError
from polku.store.rooms import (
    MAX_AUTHOR,
    MAX_NOTE,
    NOTE_KINDS,
    add_note,
    delete_note,
    set_hidden,
    vote,
)
from polku.summary import ordered_ids
from polku.text import resolve
from polku.workshop_report import kind_label

LIVE_SECONDS = 2  # a new note shows for the others within this, plus a round trip
LIVE_MOST = 50  # notes drawn on each tick unless "show all" is chosen
NOTE_MARK = "✎"
HOME_ZONE = "Europe/Helsinki"  # when the browser does not say its time zone

STYLE = """<style>
.st-key-room-notes p, .st-key-step-notes p { font-size: 1.2rem; line-height: 1.45; }
.st-key-room-notes [data-testid="stCaptionContainer"] p,
.st-key-step-notes [data-testid="stCaptionContainer"] p { font-size: 1rem; }
.st-key-room-notes h4 { font-size: 1.5rem; padding-top: .6rem; }
/* A projector (1920×1080): the notes are what the room reads, from its back row too. */
@media (min-width: 1600px) {
  .st-key-room-notes p, .st-key-step-notes p { font-size: 1.55rem; }
  .st-key-room-notes [data-testid="stCaptionContainer"] p,
  .st-key-step-notes [data-testid="stCaptionContainer"] p { font-size: 1.2rem; }
  .st-key-room-notes h4 { font-size: 1.9rem; }
}
/* The form and the list side by side while each gets room; on an upright tablet with the
   sidebar open they stack, rather than squeezing the form to one word a line. */
.st-key-room-cols [data-testid="stHorizontalBlock"] { flex-wrap: wrap; }
.st-key-room-cols [data-testid="stColumn"] { min-width: min(100%, 24rem); }
</style>"""


def notes_style() -> None:
    st.html(STYLE)


def _when(moment: dt.datetime, lang: str) -> str:
    try:
        zone = ZoneInfo(st.context.timezone or HOME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo(HOME_ZONE)
    local = moment.astimezone(zone)
    return f"{day(local.date(), lang)} {format_time(local, format='short', locale=LOCALES[lang])}"


def _path_title(library: Library, pid: str, lang: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


# --- adding a note -------------------------------------------------------------------------------


def path_order(library: Library, lang: str, first: tuple[str, ...] = ()) -> list[str]:
    """The room's own paths first, then the others as every page lists them."""
    ids = ordered_ids(library.paths, lang, today())
    return [p for p in ids if p in first] + [p for p in ids if p not in first]


def pick_step(
    library: Library, lang: str, key: str, first: tuple[str, ...] = ()
) -> tuple[str, str] | None:
    """A path (the room's first) and one of its steps, for a note written on the workshop
    page."""
    ids = path_order(library, lang, first)
    if not ids:
        st.info(t("workshop.no_paths_here", lang))
        return None
    pid = st.selectbox(
        t("workshop.note_path", lang),
        ids,
        key=f"{key}-path",
        format_func=lambda p: _path_title(library, p, lang),
    )
    graph = library.graphs[pid]
    sid = st.selectbox(
        t("workshop.note_step", lang),
        graph.order,
        key=f"{key}-step-{pid}",
        format_func=lambda s: numbered_title(graph, s, lang),
    )
    return pid, sid


def _add(engine, here: InRoom, key: str, path_key: str, step_id: str, lang: str) -> None:
    _, problem = attempt(
        lang,
        add_note,
        engine,
        here.room.id,
        path_key,
        step_id,
        st.session_state.get(f"{key}-kind") or "",
        st.session_state.get(f"{key}-text") or "",
        st.session_state.get(f"{key}-author") or "",
    )
    if problem:
        text = st.session_state.get(f"{key}-text") or ""
        if len(text) > MAX_NOTE:
            problem += " " + t("workshop.note_length", lang, n=len(text))
        notify(key, "error", problem)  # the text stays in the box, to be mended
        return
    st.session_state[f"{key}-text"] = ""
    notify(key, "success", t("workshop.note_saved", lang))


def note_form(engine, here: InRoom, path_key: str, step_id: str, lang: str, key: str) -> None:
    """Kind, text (at most MAX_NOTE characters, counted as one types), an optional name, the
    reminder that nothing about clients is written here."""
    if here.room.locked:
        st.info(t("workshop.locked", lang), icon=":material/lock:")
        return
    with st.form(key, border=True):
        st.radio(
            t("workshop.note_kind", lang),
            NOTE_KINDS,
            key=f"{key}-kind",
            format_func=lambda k: kind_label(k, lang),
            horizontal=True,
        )
        st.info(t("workshop.no_clients", lang), icon=":material/privacy_tip:")
        # No max_chars: the browser would cut a longer paste silently and save the stump; the
        # store refuses it instead, and the text stays here to be shortened.
        st.text_area(t("workshop.note_text", lang), key=f"{key}-text")
        st.text_input(t("workshop.note_author", lang), key=f"{key}-author", max_chars=MAX_AUTHOR)
        st.form_submit_button(
            t("workshop.note_save", lang),
            type="primary",
            on_click=_add,
            args=(engine, here, key, path_key, step_id, lang),
        )
    show_notice(key)


# --- the live list -------------------------------------------------------------------------------


def _vote(engine, here: InRoom, note_id: int, lang: str) -> None:
    counted, problem = attempt(lang, vote, engine, note_id, browser_id(), here.room.id)
    if problem or not counted:
        st.toast(problem or t("workshop.voted", lang), icon=":material/info:")


def _hide(engine, here: InRoom, note_id: int, hidden: bool, lang: str) -> None:
    _, problem = attempt(lang, set_hidden, engine, note_id, hidden, here.facilitator, here.room.id)
    if problem:
        st.toast(problem, icon=":material/error:")


def _delete(engine, here: InRoom, note_id: int, lang: str) -> None:
    _, problem = attempt(lang, delete_note, engine, note_id, here.facilitator, here.room.id)
    if problem:
        st.toast(problem, icon=":material/error:")


def _one_note(engine, here: InRoom, note, lang: str, prefix: str) -> None:
    with st.container(border=True, key=f"{prefix}-note-{note.id}"):
        head = f"**{kind_label(note.kind, lang)}** · {t('workshop.votes', lang, n=note.votes)}"
        if note.hidden:
            head += f" · *{t('workshop.hidden_mark', lang)}*"
        st.markdown(head)
        st.markdown(md(note.text))
        by = f"{md(note.author)} · " if note.author else ""
        st.caption(by + _when(note.created, lang))
        with st.container(horizontal=True, gap="small"):
            st.button(
                t("workshop.vote", lang),
                key=f"{prefix}-vote-{note.id}",
                help=t("workshop.vote_help", lang),
                on_click=_vote,
                args=(engine, here, note.id, lang),
                disabled=here.room.locked,
            )
            if here.facilitator:
                st.button(
                    t("workshop.show" if note.hidden else "workshop.hide", lang),
                    key=f"{prefix}-hide-{note.id}",
                    on_click=_hide,
                    args=(engine, here, note.id, not note.hidden, lang),
                    icon=":material/visibility:" if note.hidden else ":material/visibility_off:",
                )
                st.button(
                    t("workshop.delete", lang),
                    key=f"{prefix}-delete-{note.id}",
                    on_click=_delete,
                    args=(engine, here, note.id, lang),
                    icon=":material/delete:",
                )


@st.fragment(run_every=LIVE_SECONDS)
def live_notes(
    engine,
    here: InRoom,
    library: Library,
    lang: str,
    only: tuple[str, str] | None = None,
    first: tuple[str, ...] = (),
) -> None:
    """The room's notes, newest first under each step, the steps in path order. Re-read only
    when the room changed (its revision), so an idle room costs one small query a tick."""
    prefix = "step" if only else "room"
    with st.container(key=f"{prefix}-notes"):
        try:
            found = room_notes(engine, here)
        except StoreError:
            st.warning(t("workshop.db_error", lang), icon=":material/cloud_off:")
            return
        if found is None:
            st.error(t("room.unknown", lang), icon=":material/link_off:")
            return
        if only is not None:  # hidden notes are shown again only on the workshop page
            found = [n for n in found if (n.path_key, n.step_id) == only and not n.hidden]
        elif here.facilitator and not st.toggle(
            t("workshop.show_hidden", lang), key="room-show-hidden"
        ):
            found = [n for n in found if not n.hidden]
        if not found:
            st.caption(t("workshop.no_notes", lang))
            return
        if only is not None:
            for note in reversed(found):
                _one_note(engine, here, note, lang, prefix)
            return
        st.caption(t("workshop.note_count", lang, n=len(found)) + " · " + t("workshop.live", lang))
        if len(found) > LIVE_MOST and not st.toggle(
            t("workshop.show_all", lang), key="room-show-all"
        ):
            # Every tick draws the list again: 500 notes would take a quarter of a second of
            # the server per participant every two seconds. The record holds them all.
            found = found[-LIVE_MOST:]
            st.caption(t("workshop.newest", lang, n=LIVE_MOST))
        by_path: dict[str, dict[str, list]] = {}
        for n in found:
            by_path.setdefault(n.path_key, {}).setdefault(n.step_id, []).append(n)
        known = [p for p in path_order(library, lang, first) if p in by_path]
        for pk in known + sorted(p for p in by_path if p not in library.paths):
            graph = library.graphs.get(pk)
            title = (
                _path_title(library, pk, lang) if graph else t("workshop.unknown_path", lang, id=pk)
            )
            st.markdown(f"#### {md(title)}")
            steps = by_path[pk]
            order = [s for s in graph.order if s in steps] if graph else []
            order += sorted(s for s in steps if s not in order)
            for sid in order:
                label = (
                    numbered_title(graph, sid, lang)
                    if graph and sid in graph.steps
                    else t("workshop.unknown_step", lang, id=sid)
                )
                st.markdown(f"**{md(label)}** · {NOTE_MARK} {len(steps[sid])}")
                for note in reversed(steps[sid]):
                    _one_note(engine, here, note, lang, prefix)


# --- in the explorer -----------------------------------------------------------------------------


def step_notes(engine, here: InRoom, library: Library, path_id: str, step_id: str, lang: str):
    """Under the step panel: this step's notes, live, and the form to add one."""
    notes_style()
    st.subheader(f"{NOTE_MARK} {t('workshop.step_notes', lang)}", anchor=False)
    st.caption(t("workshop.in_room", lang, title=md(here.room.title)))
    live_notes(engine, here, library, lang, only=(path_id, step_id))
    note_form(engine, here, path_id, step_id, lang, key="step-note")


def steps_with_notes(
    engine, here: InRoom, graph, path_id: str, lang: str, on_select: Callable[[str], None]
) -> None:
    """The steps of this path that have notes, each a button to open it. (The diagram's boxes
    are not marked yet: the diagram is laid out once for every session.)"""
    try:
        found = room_notes(engine, here) or []
    except StoreError:
        return
    counts = room_notes_by_step(found, path_id)
    if not counts:
        return
    st.markdown(f"**{NOTE_MARK} {t('workshop.steps_with_notes', lang)}**")
    for sid in graph.order:
        if sid in counts:
            st.button(
                f"{numbered_title(graph, sid, lang)} · {NOTE_MARK} {counts[sid]}",
                key=f"notes-go-{sid}",
                on_click=on_select,
                args=(sid,),
                type="tertiary",
            )
