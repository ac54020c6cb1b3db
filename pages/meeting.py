"""Client meeting: walk a client through their own path, one step at a time, in plain words.

Large type, little chrome, keyboard shortcuts (← back, → next, 1–9 for a choice). The way
walked lives only in this browser session; the handout is made on click, in memory.
"""

import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.library import get_library, today
from components.meeting_parts import meeting_style, meeting_walk
from components.meeting_persona import persona_walk, practice_controls
from components.safe import md
from components.shell import require_shell
from components.url_state import sync
from polku.i18n import t
from polku.summary import ordered_ids, validity_status, validity_text
from polku.text import resolve

lang = require_shell()
library = get_library()
st.set_page_config(initial_sidebar_state="collapsed")  # little chrome in a meeting

meeting_style()

if not library.paths:
    st.info(t("home.none", lang))
    st.stop()


def title_of(pid: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


path_ids = ordered_ids(library.paths, lang, today())
chosen_path = sync("path", path_ids, path_ids[0])
path_id = chosen_path.value
path = library.paths[path_id]
graph = library.graphs[path_id]
# The step is settled here for what the link says on a full run; the walk below settles it
# again on its own runs.
chosen_step = sync("step", graph.order, graph.entries[0], scope=path_id)
for rejected, key in (
    (chosen_path.rejected, "link.unknown_path"),
    (chosen_step.rejected, "link.unknown_step"),
):
    if rejected:
        st.warning(
            md(t(key, lang, value=rejected[:60], title=title_of(path_id))),
            icon=":material/link_off:",
        )

top = st.columns([3, 2], vertical_alignment="center")
top[0].caption(t("meeting.intro", lang))
with top[1].container(key="meeting-picker"):
    st.selectbox(
        t("explorer.path", lang),
        path_ids,
        key="path",
        format_func=title_of,
        label_visibility="collapsed",
    )
# Practising with an example person: the toggle under the introduction, the persona under the
# path. Leaving practice returns to the meeting where it was.
persona = practice_controls(lang, top[0], top[1])
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path_id))
step_title = resolve(graph.steps[chosen_step.value].title, lang, path.language).text
dropped_notice("step", chosen_step.dropped, lang, title=step_title)
stale_notice(library, path_id, title_of(path_id), lang)
status = validity_status(path, today())
if status == "past":
    st.warning(
        t("validity.notice_past", lang, range=validity_text(path, lang)), icon=":material/history:"
    )
elif status == "future":
    st.info(
        t("validity.notice_future", lang, range=validity_text(path, lang)),
        icon=":material/schedule:",
    )

# Practising: the same step screens, the persona's way shown instead of the client's choice.
if persona is not None:
    persona_walk(library, path_id, lang, persona)
else:
    # The step, the notes, the map and the handout follow the way walked: a fragment, so that
    # Next, Back and a choice rerun only that.
    meeting_walk(library, path_id, lang)
