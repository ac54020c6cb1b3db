"""Compare paths: side by side on aligned rows, the difference matrix, metrics with charts, an
overview of every loaded path, and a summary in words for the workshop."""

from collections import Counter

import plotly.graph_objects as go
import streamlit as st

from components.changes import dropped_paths_notice, stale_notice
from components.compare_side import side_by_side_tab
from components.library import get_library, today
from components.safe import md
from components.shell import require_shell
from components.url_state import sync_list
from polku.compare import Row, matrix, row_label, rows, short_names, step_row
from polku.exports import (
    comparison_summary,
    comparison_xlsx,
    definitions_table,
    difference_table,
    metrics_table,
)
from polku.i18n import t
from polku.metrics import METRICS, path_metrics
from polku.summary import duration_text, ordered_ids
from polku.text import resolve

lang = require_shell()
library = get_library()

st.title(t("nav.compare", lang))
st.caption(t("compare.intro", lang))
if len(library.paths) < 2:
    st.info(t("compare.need_two_loaded", lang))
    st.stop()


def title_of(pid: str) -> str:
    p = library.paths[pid]
    return resolve(p.title, lang, p.language).text


path_ids = ordered_ids(library.paths, lang, today())
chosen = sync_list("paths", path_ids, path_ids[:2], most=4)
if chosen.rejected:
    st.warning(
        md(t("compare.unknown", lang, value=", ".join(chosen.rejected)[:120])),
        icon=":material/link_off:",
    )
dropped_paths_notice(chosen.dropped, lang)
for pid in chosen.values:
    stale_notice(library, pid, title_of(pid), lang)
st.multiselect(
    t("compare.choose", lang),
    path_ids,
    key="paths",
    format_func=title_of,
    max_selections=4,
    placeholder=t("quiz.choose", lang),
)
graphs = {pid: library.graphs[pid] for pid in chosen.values}
names = short_names(graphs, lang) if graphs else {}
table = matrix(graphs, lang)  # rows × paths, shared by the tabs below
# Narrow number columns, each with its definition on hover, so the table fits without
# scrolling sideways; the definitions are also written out under the table.
METRIC_COLUMNS = {
    t(f"metric.{m}", lang): st.column_config.NumberColumn(
        t(f"metric.{m}", lang), help=t(f"metric.{m}.def", lang), width=62, format="%g"
    )
    for m in METRICS
}


def step_title(pid: str, sid: str) -> str:
    g = library.graphs[pid]
    return resolve(g.steps[sid].title, lang, g.path.language).text


def steps_list(pid: str, step_ids) -> str:
    g = library.graphs[pid]
    actors = {a.id: a for a in g.path.actors}
    lines = []
    for sid in step_ids:
        owners = ", ".join(
            resolve(actors[a].name, lang, g.path.language).text for a in g.responsible(g.steps[sid])
        ) or t("diagram.nobody", lang)
        when = duration_text(g.steps[sid], lang, g.path.language)
        lines.append(
            f"- {md(step_title(pid, sid))} — {md(owners)}" + (f" ({md(when)})" if when else "")
        )
    return "\n".join(lines) or t("compare.none_here", lang)


tabs = st.tabs(
    [t(f"compare.tab_{k}", lang) for k in ("side", "matrix", "metrics", "all", "summary")]
)

# --- side by side --------------------------------------------------------------------------------
with tabs[0]:
    side_by_side_tab(library, graphs, names, table, lang)

# --- the difference matrix -----------------------------------------------------------------------
with tabs[1]:
    if len(graphs) < 2:
        st.info(t("compare.need_two", lang))
    else:
        frame = difference_table(graphs, lang)

        def shade(value: str) -> str:
            # Colour backs up the ⚠ words; it is never the only signal.
            if "⚠" in value:
                return "background-color: #FCE3B0"
            if value == t("compare.absent", lang):
                return "color: #4A4A4A; background-color: #F2F2F2"
            return ""

        st.caption(t("compare.matrix_caption", lang))
        st.dataframe(frame.style.map(shade), width="stretch")
        row_names = [row_label(r, lang) for r in table]
        picked = st.selectbox(
            t("compare.pick_row", lang),
            row_names,
            index=None,
            key="matrix-row",
            placeholder=t("quiz.choose", lang),
        )
        if picked:
            cells = table[list(table)[row_names.index(picked)]]
            st.markdown(f"**{t('compare.behind', lang, what=md(picked))}**")
            for pid in graphs:
                st.markdown(f"*{md(names[pid])}*\n\n" + steps_list(pid, cells[pid].steps))
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
with tabs[2]:
    if not graphs:
        st.info(t("compare.need_two", lang))
    else:
        numbers = metrics_table(graphs, lang)
        st.dataframe(numbers, width="stretch", column_config=METRIC_COLUMNS)
        st.markdown(
            "\n".join(
                f"- **{a}** — {b}" for a, b in definitions_table(lang).itertuples(index=False)
            )
        )
        st.download_button(
            t("compare.download_csv", lang),
            numbers.to_csv().encode("utf-8-sig"),
            file_name="polku-mittarit.csv",
            mime="text/csv",
            key="metrics-csv",
        )
        metric = st.selectbox(
            t("compare.chart_metric", lang),
            METRICS,
            format_func=lambda m: t(f"metric.{m}", lang),
            key="chart-metric",
        )
        st.caption(t(f"metric.{metric}.def", lang) + " " + t("compare.select_bar", lang))
        per_path = {pid: path_metrics(g) for pid, g in graphs.items()}
        values = [per_path[pid].values[metric] for pid in graphs]
        fig = go.Figure(
            go.Bar(
                x=[names[pid] for pid in graphs],
                y=[v or 0 for v in values],
                text=["–" if v is None else f"{v:g}" for v in values],
                textposition="outside",
                marker_color="#0072B2",
                customdata=list(graphs),
                hovertemplate="%{x}: %{text}<extra></extra>",
            )
        )
        fig.update_layout(
            height=360,
            margin={"l": 10, "r": 10, "t": 30, "b": 10},
            yaxis_title=t(f"metric.{metric}", lang),
            plot_bgcolor="#ffffff",
            font={"size": 13},
        )
        event = st.plotly_chart(
            fig,
            width="stretch",
            on_select="rerun",
            selection_mode="points",
            key=f"bar-{metric}",
            config={"displaylogo": False, "toImageButtonOptions": {"filename": f"polku-{metric}"}},
        )
        points = event.selection.points if event else []
        for point in points:
            pid = list(graphs)[point["point_index"]]
            items = per_path[pid].behind[metric]
            what = md(f"{names[pid]}: {t(f'metric.{metric}', lang)}")
            st.markdown(f"**{t('compare.behind', lang, what=what)}**")
            if metric == "actors":
                g = graphs[pid]
                acting = dict.fromkeys(r.actor for s in g.path.steps for r in s.roles)
                names_of = {a.id: a.name for a in g.path.actors}
                st.markdown(
                    "\n".join(
                        f"- {md(resolve(names_of[a], lang, g.path.language).text)}" for a in acting
                    )
                )
            elif items and items[0][1] is not None:
                st.markdown(
                    "\n".join(
                        f"- {md(step_title(pid, a))} → {md(step_title(pid, b))}" for a, b in items
                    )
                )
            else:
                st.markdown(steps_list(pid, [a for a, _ in items]))
        with st.expander(t("compare.chart_alt", lang)):
            st.markdown(
                "\n".join(
                    f"- {md(names[pid])}: {'–' if v is None else f'{v:g}'}"
                    for pid, v in zip(graphs, values, strict=True)
                )
            )

# --- every loaded path ---------------------------------------------------------------------------
with tabs[3]:
    everything = library.graphs
    all_names = short_names(everything, lang)
    all_rows = rows(everything)
    st.caption(
        t("compare.overview_caption", lang, n=len(everything))
        + " "
        + t("compare.select_cell", lang)
    )
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
        ids = steps_at[(pid, r)]
        what = md(f"{all_names[pid]}: {row_label(r, lang)}")
        st.markdown(f"**{t('compare.behind', lang, what=what)}**\n\n" + steps_list(pid, ids))
    with st.expander(t("compare.chart_alt", lang)):
        st.markdown(
            "\n".join(
                f"- **{md(all_names[pid])}**: "
                + "; ".join(
                    f"{md(row_label(r, lang))} {counts[(pid, r)]}"
                    for r in all_rows
                    if counts[(pid, r)]
                )
                for pid in everything
            )
        )
    st.dataframe(metrics_table(everything, lang), width="stretch", column_config=METRIC_COLUMNS)

# --- summary -------------------------------------------------------------------------------------
with tabs[4]:
    if len(graphs) < 2:
        st.info(t("compare.need_two", lang))
    else:
        with st.container(border=True):
            # The file's own "# title" would be a second h1 on the page; the metrics table is
            # on the Metrics tab, where it fits the screen.
            st.subheader(t("compare.summary_title", lang), anchor=False)
            st.markdown(comparison_summary(graphs, lang, metrics=False).split("\n", 1)[1])
        st.download_button(
            t("compare.download_summary", lang),
            lambda: comparison_summary(graphs, lang).encode("utf-8"),  # made at the click
            file_name="polku-vertailu.md",
            mime="text/markdown",
            key="summary-md",
        )
