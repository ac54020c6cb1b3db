"""Path explorer: the diagram, the selected step, an actor's lens, the role matrix, downloads.

Every choice lives in the link: ?path=…&step=…&actor=…&lang=…
"""

import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.explorer_step import explorer_step, role_arrow, role_csv, text_alternative
from components.library import get_library, today
from components.notices import wind_down_notice
from components.safe import md
from components.shell import require_shell
from components.url_state import set_value, sync
from polku.diagram import DOWNLOAD, step_number
from polku.i18n import t
from polku.roles import resolve_actors
from polku.summary import ordered_ids, validity_status, validity_text
from polku.text import resolve

lang = require_shell()
library = get_library()

st.title(t("nav.explorer", lang))
st.caption(t("explorer.intro", lang))

if not library.paths:
    st.info(t("home.none", lang))
    st.stop()


def title_of(path) -> str:
    return resolve(path.title, lang, path.language).text


# Paths in force today first, as on Home; the first one is the default.
path_ids = ordered_ids(library.paths, lang, today())
chosen_path = sync("path", path_ids, path_ids[0])
path_id = chosen_path.value
path = library.paths[path_id]
graph = library.graphs[path_id]


def text(value) -> str:
    return resolve(value, lang, path.language).text


kinds_here = list(dict.fromkeys(a.kind for a in path.actors))
lens_options = [a.id for a in path.actors] + [
    k for k in kinds_here if k not in {a.id for a in path.actors}
]
chosen_actor = sync("actor", ["", *lens_options], "", scope=path_id)
# Settled here for what the link and the file say on a full run (the fragment below settles it
# again on its own runs, where it changes).
chosen_step = sync("step", graph.order, graph.entries[0], scope=path_id)

for rejected, key, extra in (
    (chosen_path.rejected, "link.unknown_path", {"title": title_of(path)}),
    (chosen_step.rejected, "link.unknown_step", {}),
    (chosen_actor.rejected, "link.unknown_actor", {}),
):
    if rejected:
        st.warning(md(t(key, lang, value=rejected[:60], **extra)), icon=":material/link_off:")
# The file may have changed since the last click: say what this session lost, if anything.
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path))
dropped_notice(
    "step",
    chosen_step.dropped,
    lang,
    title=f"{step_number(graph, chosen_step.value)}. {text(graph.steps[chosen_step.value].title)}",
)
dropped_notice("actor", chosen_actor.dropped, lang)
stale_notice(library, path_id, title_of(path), lang)


def lens_label(option: str) -> str:
    if not option:
        return t("explorer.lens_none", lang)
    actor = path.actor(option)
    if actor is not None:
        name, kind = text(actor.name), t("actor_kind." + actor.kind, lang)
        # "Kela (Kela)" says nothing twice: the kind only when the name does not contain it.
        return name if kind.casefold() in name.casefold() else f"{name} ({kind})"
    return t("explorer.lens_kind", lang, kind=t("actor_kind." + option, lang))


# One row that wraps: at a tablet's width beside the sidebar, columns cut the toggle's label.
controls = st.container(horizontal=True, vertical_alignment="bottom", gap="medium")
controls.selectbox(
    t("explorer.path", lang),
    path_ids,
    key="path",
    format_func=lambda pid: title_of(library.paths[pid]),
    width="stretch",
)


def jump_to_lens() -> None:
    """A new lens opens on the first step the actor takes part in."""
    chosen = resolve_actors(graph, st.session_state.get("actor") or "")
    ids = {a.id for a in chosen}
    first = next(
        (s for s in graph.order if any(r.actor in ids for r in graph.steps[s].roles)), None
    )
    if first is not None:
        set_value("step", first)


controls.selectbox(
    t("explorer.lens", lang),
    ["", *lens_options],
    key="actor",
    format_func=lens_label,
    on_change=jump_to_lens,
    width="stretch",
)
professional = controls.toggle(t("explorer.pro_view", lang), key="pro")

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
wind_down_notice(path, lang, client=not professional)

lens_actors = tuple(a.id for a in resolve_actors(graph, chosen_actor.value))


# The step, its diagram and its panel: a fragment, so that a click on a step reruns only that.
diagram, svgs = explorer_step(
    library,
    path_id,
    lang,
    lens=lens_actors,
    lens_name=lens_label(chosen_actor.value),
    professional=professional,
)

with st.expander(
    t("alt.title", lang, steps=t("count.steps", lang, n=len(path.steps))), expanded=False
):
    st.markdown(text_alternative(graph, lang))

st.subheader(t("matrix.title", lang), anchor=False)
st.dataframe(role_arrow(graph, lang), width="stretch")

st.subheader(t("dl.title", lang), anchor=False)
# One row that wraps (one block, where columns are three more messages on every full run).
downloads = st.container(horizontal=True, gap="small")
if svgs is not None:
    downloads.download_button(
        t("dl.svg", lang),
        svgs[DOWNLOAD],
        file_name=f"polku-{path_id}.svg",
        mime="image/svg+xml",
        on_click="ignore",
    )
downloads.download_button(
    t("dl.dot", lang),
    diagram.dot,
    file_name=f"polku-{path_id}.dot",
    mime="text/vnd.graphviz",
    on_click="ignore",
)
downloads.download_button(
    t("dl.csv", lang),
    role_csv(graph, lang),
    file_name=f"polku-{path_id}-roolit.csv",
    mime="text/csv",
    on_click="ignore",
)
st.caption(t("dl.png_hint", lang))
