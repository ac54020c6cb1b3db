"""One path's diagram as the explorer, the meeting's map and the own-path preview show it: the
arrangements laid out once per file version, the conditions on its arrows, its legend."""

from __future__ import annotations

from collections.abc import Callable, Hashable

import streamlit as st

from components.diagram_cache import diagram_for
from components.diagram_view import diagram_labels, diagram_view
from components.memo import by_graph
from components.safe import md
from polku.diagram import KEY_FINDINGS, Diagram, legend, step_number
from polku.graph import PathGraph
from polku.i18n import t
from polku.summary import finding_where, render_finding
from polku.text import resolve


def numbered_title(graph: PathGraph, step_id: str, lang: str) -> str:
    title = resolve(graph.steps[step_id].title, lang, graph.path.language).text
    return f"{step_number(graph, step_id)}. {title}"


def condition_lines(graph: PathGraph, diagram: Diagram, lang: str) -> list[dict[str, str]]:
    """Each marker on the arrows with what it stands for: the condition, where it leads and,
    when the file says so, how the client is handed over."""
    out = []
    for c in diagram.conditions:
        target = numbered_title(graph, c.to, lang)
        words = [c.when] if c.when else []
        words.append(f"→ {target}")
        if c.handoff in ("warm", "cold"):
            words.append(f"({t('diagram.' + c.handoff, lang)})")
        elif c.flag == "?":
            words.append(f"({t('diagram.handoff_unstated', lang)})")
        marker = f"{c.marker} {c.flag}" if c.flag else c.marker
        out.append({"marker": marker, "text": " ".join(words)})
    return out


def path_diagram(
    version: Hashable,
    path_id: str,
    graph: PathGraph,
    lang: str,
    *,
    key: str,
    selected: str | None,
    on_select: Callable[[str], None],
    lens: tuple[str, ...] = (),
    route: tuple[str, ...] = (),
    client: bool = False,
    all_findings: bool = False,
    show_legend: bool = True,
    notes: dict[str, int] | None = None,
    selection: bool = True,
) -> tuple[Diagram, dict[str, str] | None]:
    """Draw the path; returns the Diagram and its SVGs (None when it could not be laid out,
    which is said on the page). `selection=False`: the caller draws the selected step with
    `diagram_selection` (components/diagram_view.py)."""
    diagram, svgs = diagram_for(
        version,
        path_id,
        lang,
        graph,
        lens=lens,
        route=route,
        client=client,
        all_findings=all_findings,
        notes=tuple(sorted((notes or {}).items())),
    )
    if svgs is None:
        key_ = "diagram.too_big" if len(graph.path.steps) > 400 else "diagram.failed"
        st.info(t(key_, lang, steps=t("count.steps", lang, n=len(graph.path.steps))))
        return diagram, None
    diagram_view(
        key=key,
        anchor=svgs,
        variant=(key, show_legend),
        make_data=lambda: {
            "svgs": svgs,
            "nodes": diagram.nodes,
            "key": key,
            "filename": f"polku-{path_id}",
            "legend": legend(graph, lang, bool(lens)) if show_legend else [],
            "conditions": condition_lines(graph, diagram, lang),
            "labels": diagram_labels(lang),
            "min_scale": 1,
        },
        selected=selected,
        steps=graph.steps,
        on_select=on_select,
        selection=selection,
    )
    return diagram, svgs


@by_graph
def _findings_markdown(graph: PathGraph, lang: str) -> tuple[int, str]:
    """How many findings the list names, and the list (kept per graph: a full run's share)."""
    findings = graph.findings
    drawn = [f for f in findings if f.kind in (*KEY_FINDINGS, "cold_handoff", "no_exit")]
    others = [f for f in findings if f not in drawn]
    unstated = sum(1 for s in graph.path.steps for tr in s.next if not tr.handoff)
    lines = [
        f"- **{md(finding_where(graph, f, lang))}** — {md(render_finding(f, lang))}"
        for f in [*drawn, *others]
    ]
    if unstated:
        lines.append(f"- {t('explorer.unstated', lang, n=unstated)}")
    total = len(findings) + (1 if unstated else 0)
    return total, "\n".join(lines) or t("explorer.no_findings", lang)


def findings_list(graph: PathGraph, lang: str) -> None:
    """Every finding of the path in one list, those drawn on the diagram first; the toggle
    (`all_marks`, read before the diagram is drawn) marks the minor ones on it too."""
    total, text = _findings_markdown(graph, lang)
    with st.expander(t("explorer.findings", lang, n=total), icon=":material/flag:"):
        st.toggle(t("explorer.all_marks", lang), key="all_marks")
        st.markdown(text)


_CHOICES_STYLE = """<style>
.st-key-choices button { height: auto; min-height: 2.6rem; text-align: left;
  justify-content: flex-start; padding-top: .4rem; padding-bottom: .4rem; }
.st-key-choices button p, .st-key-choices button div { white-space: normal;
  overflow: visible; text-overflow: clip; overflow-wrap: anywhere; }
/* A projector (1920×1080) in a workshop: the step's words (the column beside the step list)
   are read from the back of the room. */
@media (min-width: 1600px) {
  [data-testid="stHorizontalBlock"]:has(.st-key-step) > [data-testid="stColumn"]:first-child
    :is(p, li) { font-size: 1.3rem; }
  [data-testid="stHorizontalBlock"]:has(.st-key-step) > [data-testid="stColumn"]:first-child
    h3 { font-size: 2.1rem; }
  .st-key-choices button p { font-size: 1.15rem; }
}
</style>"""


def choices_style() -> None:
    """Branch buttons (in a container keyed `choices`) wrap their words instead of cutting; on
    a projector the step's words are larger."""
    st.html(_CHOICES_STYLE)
