"""The compare page's side-by-side tab: the paths as aligned columns, the opened step, and the
diagram's text alternative."""

from __future__ import annotations

import streamlit as st

from components.diagram_cache import side_by_side_for
from components.diagram_view import diagram_labels, diagram_view
from components.safe import md
from components.step_panel import step_panel
from polku.compare import row_label
from polku.compare_diagram import legend_for, node_key
from polku.graph import PathGraph
from polku.i18n import t
from polku.text import resolve

SELECTED = "_compare_step"  # "path/step" opened from the diagram


@st.fragment
def side_by_side_tab(library, graphs: dict[str, PathGraph], names, table, lang: str) -> None:
    """`names`: each path's short column heading; `table`: `polku.compare.matrix` of `graphs`.
    A fragment: a click on the diagram opens the step by rerunning only this tab."""

    def step_title(pid: str, sid: str) -> str:
        g = graphs[pid]
        return resolve(g.steps[sid].title, lang, g.path.language).text

    if len(graphs) < 2:
        st.info(t("compare.need_two", lang))
        return
    diagram, svg = side_by_side_for(library.versions, graphs, lang)
    labels = {
        node_key(pid, s.id): f"{names[pid]}: {step_title(pid, s.id)}"
        for pid, g in graphs.items()
        for s in g.path.steps
    }
    if svg is None:
        st.info(t("diagram.failed", lang))
    else:
        diagram_view(
            key="compare-diagram",
            anchor=svg,
            variant="compare",
            make_data=lambda: {
                "svgs": svg,
                "nodes": diagram.nodes,
                "key": ",".join(graphs),
                "filename": "polku-" + "-".join(graphs),
                "legend": legend_for(graphs, lang),
                "labels": diagram_labels(lang),
                # Every column in view at 12 px text or more; the page scrolls down the rows.
                "fit": "width",
            },
            selected=st.session_state.get(SELECTED),
            steps=labels,
            on_select=lambda key: st.session_state.update({SELECTED: key}),
        )
        st.caption(t("compare.diagram_caption", lang))
    opened = st.session_state.get(SELECTED)
    if opened and opened.split("/")[0] in graphs:
        pid, sid = opened.split("/", 1)
        if sid in graphs[pid].steps:
            with st.container(border=True):
                st.markdown(f"**{md(names[pid])}**")
                step_panel(graphs[pid], graphs[pid].steps[sid], lang, professional=True)
    with st.expander(t("compare.diagram_alt", lang)):
        for row, cells in table.items():
            st.markdown(f"**{md(row_label(row, lang))}**")
            st.markdown(
                "\n".join(
                    f"- {md(names[pid])}: "
                    + (
                        "; ".join(md(step_title(pid, s)) for s in cell.steps)
                        if cell.present
                        else t("compare.absent", lang)
                    )
                    for pid, cell in cells.items()
                )
            )
