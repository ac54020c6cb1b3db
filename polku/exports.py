"""Tables for download and display, in one language: the role matrix, and the comparison's
matrix, metrics, workbook and summary."""

from __future__ import annotations

import io
import re

import pandas as pd

from polku.compare import (
    MARK_ICONS,
    cell_text,
    differences,
    matrix,
    path_findings,
    row_label,
    short_names,
)
from polku.diagram import step_number
from polku.graph import PathGraph
from polku.i18n import t
from polku.metrics import METRICS, path_metrics
from polku.roles import role_matrix
from polku.text import resolve


def role_matrix_table(graph: PathGraph, lang: str) -> pd.DataFrame:
    """Steps × actors, each cell the actor's role in words ('' where it has none)."""
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    names = [text(a.name) for a in path.actors]
    # Two actors may share a local name; their ids keep the columns apart.
    columns = [
        n if names.count(n) == 1 else f"{n} ({a.id})"
        for n, a in zip(names, path.actors, strict=True)
    ]
    table = pd.DataFrame(
        [[t(f"role.{r}", lang) if r else "" for r in row] for row in role_matrix(graph)],
        index=[f"{step_number(graph, sid)}. {text(graph.steps[sid].title)}" for sid in graph.order],
        columns=columns,
    )
    table.index.name = t("explorer.step", lang)
    return table


# --- comparison -------------------------------------------------------------------------------


def difference_table(graphs: dict[str, PathGraph], lang: str) -> pd.DataFrame:
    """Rows (phase · step kind) × paths, each cell in words with its ⚠ marks."""
    names = short_names(graphs, lang)
    table = matrix(graphs, lang)
    frame = pd.DataFrame(
        [[cell_text(cells[pid], lang) for pid in graphs] for cells in table.values()],
        index=[row_label(r, lang) for r in table],
        columns=[names[pid] for pid in graphs],
    )
    frame.index.name = t("compare.row", lang)
    return frame


def metrics_table(graphs: dict[str, PathGraph], lang: str) -> pd.DataFrame:
    """Paths × metrics, whole numbers; missing (<NA>, empty in a CSV) where a figure is not
    known."""
    names = short_names(graphs, lang)
    frame = pd.DataFrame(
        [[path_metrics(g).values[m] for m in METRICS] for g in graphs.values()],
        index=[names[pid] for pid in graphs],
        columns=[t(f"metric.{m}", lang) for m in METRICS],
    ).astype("Int64")
    frame.index.name = t("onb.col_path", lang)
    return frame


def definitions_table(lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("compare.metric", lang): [t(f"metric.{m}", lang) for m in METRICS],
            t("compare.definition", lang): [t(f"metric.{m}.def", lang) for m in METRICS],
        }
    )


def comparison_xlsx(graphs: dict[str, PathGraph], lang: str) -> bytes:
    """The difference matrix, the metrics and their definitions as one workbook, in memory."""
    out = io.BytesIO()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for frame, sheet, index in (
            (difference_table(graphs, lang), t("compare.tab_matrix", lang), True),
            (metrics_table(graphs, lang), t("compare.tab_metrics", lang), True),
            (definitions_table(lang), t("compare.definition", lang), False),
        ):
            frame.to_excel(writer, sheet_name=sheet[:31], index=index)
    return out.getvalue()


def summary_body(graphs: dict[str, PathGraph], lang: str, level: int = 2) -> str:
    """What was compared, then each path's findings (gaps first), then how the paths differ;
    headings at `level`. File text is escaped so it cannot become a link or a heading."""
    names = short_names(graphs, lang)
    head = "#" * level
    lines = [t("compare.compared", lang, paths=", ".join(_md(names[p]) for p in graphs)), ""]
    lines += [f"{head} {t('compare.findings', lang)}", ""]
    for pid, g in graphs.items():
        found = path_findings(g, lang)
        lines.append(f"**{_md(names[pid])}**")
        lines.append("")
        if not found:
            lines.append(f"- {t('compare.no_findings', lang)}")
        for mark, items in found:
            said = f"- {MARK_ICONS[mark]} **{t(f'compare.finding.{mark}', lang)}**"
            lines.append(said + (": " + "; ".join(_md(i) for i in items) if items else ""))
        lines.append("")
    lines += [f"{head} {t('compare.differences', lang)}", ""]
    said = differences(graphs, lang)
    lines += [f"- {_md(s)}" for s in said] or [t("compare.no_differences", lang)]
    return "\n".join(lines) + "\n"


def comparison_summary(graphs: dict[str, PathGraph], lang: str, metrics: bool = True) -> str:
    """The one-page summary in Markdown: findings first, then differences, then the metrics
    ("—" where a figure is not known)."""
    out = f"# {t('compare.summary_title', lang)}\n\n" + summary_body(graphs, lang)
    if not metrics:
        return out
    lines = ["", f"## {t('compare.tab_metrics', lang)}", ""]
    table = metrics_table(graphs, lang)
    lines.append("| | " + " | ".join(_md(c) for c in table.columns) + " |")
    lines.append("|---" * (len(table.columns) + 1) + "|")
    for name, row in table.iterrows():
        cells = ["—" if pd.isna(v) else str(int(v)) for v in row]
        lines.append(f"| {_md(str(name))} | " + " | ".join(cells) + " |")
    return out + "\n".join(lines) + "\n"


def _md(text: str) -> str:
    # The marks that could make file text a link, an HTML tag, emphasis or a table cell.
    # A "(" after "]" is escaped too, so not even the text of a link is left.
    escaped = re.sub(r"([\\`*_\[\]<>#|~$])", r"\\\1", " ".join(text.split()))
    return escaped.replace("\\](", "\\]\\(")
