"""Onboarding: learn the path from your own role — a tour, an example person followed along
the path, the same role elsewhere, the glossary, the law and its timeline, and a self-check
on the role's steps.

The sections are a choice kept in the link (?section=quiz), not tabs: the tour's last stop
can then open the self-check, and every section is a link."""

import pandas as pd
import streamlit as st

from components.changes import dropped_notice, stale_notice
from components.glossary import glossary_table, glossary_terms
from components.library import get_library, today
from components.onboarding_law import law_and_timeline
from components.onboarding_persona import persona_view
from components.onboarding_quiz import self_check
from components.onboarding_tour import tour_view
from components.safe import md
from components.shell import require_shell
from components.url_state import set_value, sync
from polku.compare import short_names
from polku.i18n import t
from polku.onboarding import kinds_present, same_role_elsewhere
from polku.summary import ordered_ids
from polku.text import resolve, upper_first

SECTIONS = ("tour", "persona", "elsewhere", "glossary", "law", "quiz")

lang = require_shell()
library = get_library()

st.title(t("nav.onboarding", lang))
st.caption(t("onb.intro", lang))
if not library.paths:
    st.info(t("home.none", lang))
    st.stop()


def title_of(pid: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


path_ids = ordered_ids(library.paths, lang, today())
chosen_path = sync("path", path_ids, path_ids[0])
path_id = chosen_path.value
graph = library.graphs[path_id]
kinds = kinds_present(graph)
chosen_kind = sync(
    "role", kinds, "social-services" if "social-services" in kinds else kinds[0], scope=path_id
)
kind = chosen_kind.value
section = sync("section", SECTIONS, "tour").value
for rejected, key in (
    (chosen_path.rejected, "link.unknown_path"),
    (chosen_kind.rejected, "link.unknown_role"),
):
    if rejected:
        role = t(f"actor_kind.{kind}", lang)
        st.warning(
            md(t(key, lang, value=rejected[:60], title=title_of(path_id), role=role)),
            icon=":material/link_off:",
        )
dropped_notice("path", chosen_path.dropped, lang, title=title_of(path_id))
dropped_notice("role", chosen_kind.dropped, lang, title=t(f"actor_kind.{kind}", lang))
stale_notice(library, path_id, title_of(path_id), lang)

c1, c2 = st.columns(2)
c1.selectbox(
    t("onb.role", lang),
    kinds,
    key="role",
    format_func=lambda k: upper_first(t(f"actor_kind.{k}", lang)),
)
c2.selectbox(t("explorer.path", lang), path_ids, key="path", format_func=title_of)
st.radio(
    t("onb.section", lang),
    SECTIONS,
    key="section",
    horizontal=True,
    format_func=lambda s: t(f"onb.tab_{s}", lang),
    label_visibility="collapsed",
)


names = short_names(library.graphs, lang)
terms = glossary_terms(library)

if section == "tour":
    tour_view(library, path_id, kind, lang, terms, to_quiz=lambda: set_value("section", "quiz"))

elif section == "persona":
    persona_view(library, path_id, lang)

elif section == "elsewhere":
    st.caption(t("onb.elsewhere_caption", lang, kind=t(f"actor_kind.{kind}", lang)))
    rows = same_role_elsewhere(library.graphs, kind)
    everywhere_else = {k for r in rows if r.path_id != path_id for k in r.step_kinds}

    def where(pid: str, steps: tuple[str, ...]) -> str:
        g = library.graphs[pid]
        return "; ".join(resolve(g.steps[s].title, lang, g.path.language).text for s in steps)

    table = pd.DataFrame(
        [
            {
                t("onb.col_path", lang): title_of(r.path_id),
                t("onb.col_steps", lang): len(r.steps),
                t("onb.col_leads", lang): r.responsible,
                t("onb.col_where", lang): where(r.path_id, r.steps),
                t("onb.col_only", lang): ", ".join(
                    t(f"step_kind.{k}", lang) for k in r.step_kinds if k not in everywhere_else
                )
                if r.path_id == path_id
                else "",
            }
            for r in rows
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")

elif section == "glossary":
    glossary_table(terms, lang, names)

elif section == "law":
    law_and_timeline(library, path_ids, lang, title_of, today())

else:
    self_check(graph, path_id, kind, lang, names[path_id])
