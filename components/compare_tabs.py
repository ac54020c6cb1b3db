"""The compare page's tabs other than side by side: the differences table (click a row to open
it), the metrics (a table that wraps, a chart that opens on gaps and cold handoffs), every loaded
path at once, and the summary (findings first, then differences)."""

from __future__ import annotations

import html
import math
from collections import Counter

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.compare_cache import (
    difference_table,
    metrics_table,
    rows,
    short_names,
    summary_body,
)
from components.memo import by_paths
from components.safe import md
from polku.compare import (
    FINDING_MARKS,
    MARK_ICONS,
    Cell,
    Row,
    mark_word,
    row_label,
    step_row,
)
from polku.exports import comparison_summary, comparison_xlsx
from polku.graph import PathGraph
from polku.i18n import t
from polku.metrics import METRICS, path_metrics
from polku.palette import COLD, DIMMED, DIMMED_TEXT, NO_OWNER
from polku.summary import duration_text
from polku.text import resolve

UNKNOWN = "—"  # a figure that is not known; never 0, "None" or NaN
CHART_DEFAULT = ["gaps", "cold"]
# One colour and one fill pattern per charted metric, so bars are told apart without colour.
BAR_STYLES = [
    ("#B00020", "/"),
    ("#8A3B00", "x"),
    ("#0072B2", ""),
    ("#006E50", "."),
    ("#5F5A5A", "-"),
    ("#AF4682", "\\"),
]


def _step_title(graph: PathGraph, sid: str, lang: str) -> str:
    return resolve(graph.steps[sid].title, lang, graph.path.language).text


def steps_list(graph: PathGraph, step_ids, lang: str) -> str:
    """The steps as a Markdown list: title — responsible actors (duration)."""
    actors = {a.id: a for a in graph.path.actors}
    lines = []
    for sid in step_ids:
        owners = ", ".join(
            resolve(actors[a].name, lang, graph.path.language).text
            for a in graph.responsible(graph.steps[sid])
        ) or t("diagram.nobody", lang)
        when = duration_text(graph.steps[sid], lang, graph.path.language)
        lines.append(
            f"- {md(_step_title(graph, sid, lang))} — {md(owners)}"
            + (f" ({md(when)})" if when else "")
        )
    return "\n".join(lines) or t("compare.none_here", lang)


# --- differences ---------------------------------------------------------------------------------

# Glide's grid wraps cell text only when a row is taller than 4rem; the table is given the
# height of all its rows, so the page scrolls, never a box inside it.
_LINE_PX = 20
_HEADER_PX = 38
_NARROW_PX = 770
_CHAR_PX = 6.2


def _shade(cell: Cell) -> str:
    # Colour backs up the signs and words; it is never the only signal.
    if not cell.present:
        return f"color: {DIMMED_TEXT}; background-color: {DIMMED[0]}"
    if cell.gap:
        return f"color: {NO_OWNER[1]}"
    if cell.cold:
        return f"color: {COLD}"
    return ""


@st.fragment
def differences_tab(graphs: dict[str, PathGraph], names, table, lang: str) -> None:
    """`table`: `polku.compare.matrix` of `graphs`; `names`: the paths' short headings."""
    if len(graphs) < 2:
        st.info(t("compare.need_two", lang))
        return
    frame = difference_table(graphs, lang)
    keys = list(table)
    row_names = list(frame.index)
    st.caption(t("compare.matrix_caption", lang))
    st.markdown(
        f"**{t('compare.marks_legend', lang)}:** "
        + " · ".join(
            [mark_word(k, lang) for k in ("only_here", "owner_differs")]
            + [f"{MARK_ICONS[k]} {t(f'compare.finding.{k}', lang)}" for k in FINDING_MARKS]
            + [t("compare.absent", lang)]
        )
    )
    shades = pd.DataFrame(
        [[_shade(table[r][pid]) for pid in graphs] for r in keys],
        index=frame.index,
        columns=frame.columns,
    )
    styled = frame.style.apply(lambda _: shades, axis=None)
    # Every column gets an equal share of the narrowest screen it must fit without scrolling
    # sideways (1280 px with the sidebar open: about 780 px beside the row checkboxes); wider
    # screens stretch the columns. Rows are as tall as the longest text needs at that width.
    column_px = _NARROW_PX // (len(graphs) + 1)
    per_line = max(8, int((column_px - 18) / _CHAR_PX))
    longest = max(len(v) for v in [*frame.to_numpy().ravel(), *row_names])
    lines = max(3, math.ceil(longest * 1.1 / per_line))
    row_px = lines * _LINE_PX + 8
    widths = {name: st.column_config.TextColumn(name, width=column_px) for name in frame.columns}
    widths["_index"] = st.column_config.TextColumn(t("compare.row", lang), width=column_px)
    event = st.dataframe(
        styled,
        width="stretch",
        height=len(frame) * row_px + _HEADER_PX + 3,
        row_height=row_px,
        on_select="rerun",
        selection_mode="single-row",
        key="matrix-table",
        column_config=widths,
    )
    # A click on a row opens it; the select below does the same by keyboard and follows the
    # click, so the two never disagree.
    clicked = [i for i in event.selection.rows if i < len(row_names)]
    if clicked != st.session_state.get("_matrix_seen", []):
        st.session_state["_matrix_seen"] = clicked
        st.session_state["matrix-row"] = row_names[clicked[0]] if clicked else None
    if st.session_state.get("matrix-row") not in row_names:
        st.session_state["matrix-row"] = None
    picked = st.selectbox(
        t("compare.pick_row", lang),
        row_names,
        index=None,
        key="matrix-row",
        placeholder=t("quiz.choose", lang),
    )
    if picked:
        cells = table[keys[row_names.index(picked)]]
        with st.container(border=True):
            st.markdown(f"**{t('compare.behind', lang, what=md(picked))}**")
            for pid, g in graphs.items():
                st.markdown(f"*{md(names[pid])}*\n\n" + steps_list(g, cells[pid].steps, lang))
    c1, c2 = st.columns(2)
    c1.download_button(
        t("compare.download_csv", lang),
        frame.to_csv().encode("utf-8-sig"),
        file_name="polku-vertailu.csv",
        mime="text/csv",
        key="matrix-csv",
    )
    c2.download_button(
        t("compare.download_xlsx", lang),
        lambda: comparison_xlsx(graphs, lang),  # made at the click, not on every rerun
        file_name="polku-vertailu.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="matrix-xlsx",
    )


# --- metrics -------------------------------------------------------------------------------------


def shown(value) -> str:
    """A figure as it is shown: a whole number, or "—" when it is not known."""
    return UNKNOWN if value is None else str(int(value))


_TABLE_STYLE = """<style>
.polku-metrics { width: 100%; border-collapse: collapse; table-layout: fixed;
  font-size: 0.92rem; line-height: 1.3; }
.polku-metrics th, .polku-metrics td { border-bottom: 1px solid #d0d0d0; padding: 0.35rem 0.4rem;
  vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
.polku-metrics thead th { vertical-align: bottom; text-align: right;
  border-bottom: 2px solid #555; }
.polku-metrics thead th:first-child, .polku-metrics tbody th { text-align: left; }
.polku-metrics td { text-align: right; font-variant-numeric: tabular-nums; }
.polku-metrics .def { display: block; font-weight: normal; font-size: 0.85rem; color: #444; }
</style>"""


def metrics_html(graphs: dict[str, PathGraph], lang: str, definitions: bool = True) -> str:
    """Metrics × paths as an HTML table: every heading and name wraps instead of being cut,
    whole numbers, "—" for a figure that is not known. All text is escaped."""
    names = short_names(graphs, lang)
    values = {pid: path_metrics(g).values for pid, g in graphs.items()}
    first = 34 if definitions else 18  # the metric column's share of the width, per cent
    head = "".join(f'<th scope="col">{html.escape(names[pid])}</th>' for pid in graphs)
    body = []
    for m in METRICS:
        label = f"{html.escape(t(f'metric.{m}', lang))}"
        if definitions:
            label += f'<span class="def">{html.escape(t(f"metric.{m}.def", lang))}</span>'
        cells = "".join(f"<td>{shown(values[pid][m])}</td>" for pid in graphs)
        body.append(f'<tr data-metric="{m}"><th scope="row">{label}</th>{cells}</tr>')
    return (
        _TABLE_STYLE
        + f'<table class="polku-metrics" lang="{lang}" data-testid="metrics-table">'
        + f'<colgroup><col style="width:{first}%"></colgroup>'
        + f'<thead><tr><th scope="col">{html.escape(t("compare.metric", lang))}</th>{head}'
        + "</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )


cached_metrics_html = by_paths(metrics_html)


@st.fragment
def metrics_tab(graphs: dict[str, PathGraph], names, lang: str) -> None:
    """A tab of its own (a fragment): the chart's choices and a click on a bar rerun only this."""
    if not graphs:
        st.info(t("compare.need_two", lang))
        return
    st.html(cached_metrics_html(graphs, lang))
    st.caption(t("compare.unknown_value", lang))
    numbers = metrics_table(graphs, lang)
    st.download_button(
        t("compare.download_csv", lang),
        numbers.to_csv().encode("utf-8-sig"),  # unknown figures are left empty
        file_name="polku-mittarit.csv",
        mime="text/csv",
        key="metrics-csv",
    )
    chosen = st.multiselect(
        t("compare.chart_metrics", lang),
        METRICS,
        default=CHART_DEFAULT,
        format_func=lambda m: t(f"metric.{m}", lang),
        key="chart-metrics",
        placeholder=t("quiz.choose", lang),
    )
    if not chosen:
        return
    st.caption(
        " ".join(t(f"metric.{m}.def", lang) for m in chosen) + " " + t("compare.select_bar", lang)
    )
    per_path = {pid: path_metrics(g) for pid, g in graphs.items()}
    fig = _bars(graphs, lang, tuple(chosen))
    key = "bar-" + "-".join(chosen)
    event = st.plotly_chart(
        fig,
        width="stretch",
        on_select="rerun",
        selection_mode="points",
        key=key,
        config={
            "displaylogo": False,
            "toImageButtonOptions": {"filename": key.replace("bar", "polku")},
        },
    )
    for point in event.selection.points if event else []:
        pid, metric = point["customdata"]
        _behind_bar(graphs[pid], per_path[pid].behind[metric], metric, names[pid], lang)
    with st.expander(t("compare.chart_alt", lang)):
        st.markdown(
            "\n".join(
                f"- {md(names[pid])}: "
                + ", ".join(
                    f"{t(f'metric.{m}', lang)} {shown(per_path[pid].values[m])}" for m in chosen
                )
                for pid in graphs
            )
        )


@by_paths
def _bars(graphs: dict[str, PathGraph], lang: str, chosen: tuple[str, ...]) -> go.Figure:
    """The chart of the chosen metrics (shared, not to be changed: st.plotly_chart copies it)."""
    names = short_names(graphs, lang)
    per_path = {pid: path_metrics(g) for pid, g in graphs.items()}
    fig = go.Figure()
    for i, metric in enumerate(chosen):
        colour, pattern = BAR_STYLES[i % len(BAR_STYLES)]
        values = [per_path[pid].values[metric] for pid in graphs]
        fig.add_bar(
            name=t(f"metric.{metric}", lang),
            x=[names[pid] for pid in graphs],
            y=[v or 0 for v in values],
            text=[shown(v) for v in values],
            textposition="outside",
            marker={
                "color": colour,
                "pattern": {"shape": pattern, "fillmode": "overlay", "fgcolor": "#ffffff"},
            },
            customdata=[[pid, metric] for pid in graphs],
            hovertemplate="%{x} · " + t(f"metric.{metric}", lang) + ": %{text}<extra></extra>",
        )
    fig.update_layout(
        barmode="group",
        height=380,
        margin={"l": 10, "r": 10, "t": 40, "b": 10},
        plot_bgcolor="#ffffff",
        font={"size": 13},
        legend={"orientation": "h", "y": 1.12, "x": 0},
        showlegend=True,
    )
    return fig


def _behind_bar(graph: PathGraph, items, metric: str, name: str, lang: str) -> None:
    what = md(f"{name}: {t(f'metric.{metric}', lang)}")
    st.markdown(f"**{t('compare.behind', lang, what=what)}**")
    if metric == "actors":
        acting = dict.fromkeys(r.actor for s in graph.path.steps for r in s.roles)
        names_of = {a.id: a.name for a in graph.path.actors}
        st.markdown(
            "\n".join(
                f"- {md(resolve(names_of[a], lang, graph.path.language).text)}" for a in acting
            )
        )
    elif items and items[0][1] is not None:
        st.markdown(
            "\n".join(
                f"- {md(_step_title(graph, a, lang))} → {md(_step_title(graph, b, lang))}"
                for a, b in items
            )
        )
    else:
        st.markdown(steps_list(graph, [a for a, _ in items], lang))


# --- every loaded path ---------------------------------------------------------------------------


@by_paths
def _overview(everything: dict[str, PathGraph], lang: str):
    """The overview's figure and what it stands on: (figure, the cells drawn, the steps behind
    each cell, their counts, the rows, the paths' short names, the chart's text alternative)."""
    all_names = short_names(everything, lang)
    all_rows = rows(everything)
    steps_at: dict[tuple[str, Row], list[str]] = {}
    for pid, g in everything.items():
        for s in g.path.steps:
            steps_at.setdefault((pid, step_row(g, s.id)), []).append(s.id)
    counts = Counter({key: len(ids) for key, ids in steps_at.items()})
    present = [(pid, r) for pid in everything for r in all_rows if counts[(pid, r)]]
    kind_names = [t(f"step_kind.{r[1]}", lang) for r in all_rows]
    short_rows = [  # the kind alone, unless it is used in two phases
        n if kind_names.count(n) == 1 else row_label(r, lang)
        for n, r in zip(kind_names, all_rows, strict=True)
    ]
    most = max([counts[k] for k in present], default=1)
    fig = go.Figure(
        go.Scatter(
            x=[all_rows.index(r) for _, r in present],
            y=[all_names[pid] for pid, _ in present],
            mode="markers+text",
            marker={
                "symbol": "square",
                "size": 24,
                "color": [counts[k] for k in present],
                "colorscale": "Cividis",
                "reversescale": True,
                "line": {"color": "#333333", "width": 1},
            },
            text=[str(counts[k]) for k in present],
            # Light text only on the dark half of the scale, dark text on the light half.
            textfont={
                "color": [
                    "#FFFFFF" if counts[k] > 1 and counts[k] >= 0.6 * most else "#111111"
                    for k in present
                ]
            },
            customdata=[[pid, f"{r[0]}|{r[1]}"] for pid, r in present],
            hovertemplate="%{y}<br>%{hovertext}: %{text}<extra></extra>",
            hovertext=[row_label(r, lang) for _, r in present],
        )
    )
    fig.update_layout(
        height=140 + 34 * len(everything),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        xaxis={
            "tickmode": "array",
            "tickvals": list(range(len(all_rows))),
            "ticktext": short_rows,
            "tickangle": -50,
            "range": [-0.7, len(all_rows) - 0.3],
        },
        yaxis={"autorange": "reversed", "type": "category"},
        plot_bgcolor="#ffffff",
        font={"size": 12},
        showlegend=False,
    )
    alternative = "\n".join(
        f"- **{md(all_names[pid])}**: "
        + "; ".join(
            f"{md(row_label(r, lang))} {counts[(pid, r)]}" for r in all_rows if counts[(pid, r)]
        )
        for pid in everything
    )
    return fig, present, steps_at, all_names, alternative


@st.fragment
def overview_tab(everything: dict[str, PathGraph], lang: str) -> None:
    """Every loaded path at once; a tab of its own (a fragment): a click on a cell reruns only
    this."""
    fig, present, steps_at, all_names, alternative = _overview(everything, lang)
    st.caption(
        t("compare.overview_caption", lang, n=len(everything))
        + " "
        + t("compare.select_cell", lang)
    )
    event = st.plotly_chart(
        fig,
        width="stretch",
        on_select="rerun",
        selection_mode="points",
        key="overview",
        config={"displaylogo": False, "toImageButtonOptions": {"filename": "polku-kaikki"}},
    )
    for point in event.selection.points if event else []:
        pid, r = present[point["point_index"]]
        what = md(f"{all_names[pid]}: {row_label(r, lang)}")
        st.markdown(
            f"**{t('compare.behind', lang, what=what)}**\n\n"
            + steps_list(everything[pid], steps_at[(pid, r)], lang)
        )
    with st.expander(t("compare.chart_alt", lang)):
        st.markdown(alternative)
    st.html(cached_metrics_html(everything, lang, False))
    st.caption(t("compare.unknown_value", lang))


# --- summary -------------------------------------------------------------------------------------


@st.fragment
def summary_tab(graphs: dict[str, PathGraph], lang: str) -> None:
    if len(graphs) < 2:
        st.info(t("compare.need_two", lang))
        return
    with st.container(border=True):
        # Under the page's h1 and this h3 the sections are h4; the metrics table is on the
        # Metrics tab, where it fits the screen, and in the download.
        st.subheader(t("compare.summary_title", lang), anchor=False)
        st.markdown(summary_body(graphs, lang, 4))
    st.download_button(
        t("compare.download_summary", lang),
        lambda: comparison_summary(graphs, lang).encode("utf-8"),  # made at the click
        file_name="polku-vertailu.md",
        mime="text/markdown",
        key="summary-md",
    )
