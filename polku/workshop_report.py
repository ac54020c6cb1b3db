"""The record of a workshop room: its notes as a table (CSV, XLSX) and a report (Markdown, and
a tagged PDF made from the same content as HTML): the room, the day, the paths compared, how
they differ in words, and the notes by step kind and kind of note with their votes.

Made in memory for one download. Every text typed in a room or read from a file is escaped, so
it stays text in every format (a note that starts with "=" is not a spreadsheet formula).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import pandas as pd

from polku.compare import MARK_ICONS, differences, path_findings, short_names
from polku.diagram import step_number
from polku.exports import summary_body
from polku.graph import PathGraph
from polku.i18n import day, t
from polku.models import STEP_KINDS
from polku.text import resolve

# Each kind of note has a sign and a word, never a colour alone.
NOTE_KINDS = ("gap", "duplicate", "good_practice", "question", "idea")
NOTE_ICONS = {"gap": "⊘", "duplicate": "⇉", "good_practice": "★", "question": "?", "idea": "✦"}
OTHER = "_other"  # notes on a path or step the record no longer has


class NoteLike(Protocol):
    """What the record reads of a stored note (polku.store.rooms.Note)."""

    id: int
    path_key: str
    step_id: str
    kind: str
    text: str
    author: str
    created: dt.datetime
    hidden: bool
    votes: int


def kind_label(kind: str, lang: str) -> str:
    """ "⊘ katvealue": the sign and the word of a kind of note."""
    if kind not in NOTE_ICONS:
        return kind
    return f"{NOTE_ICONS[kind]} {t('workshop.kind.' + kind, lang)}"


@dataclass(frozen=True)
class Where:
    path: str  # the path's short name, or its key when the record does not have it
    step: str  # "3. Title", or the step's id
    step_kind: str  # a step kind, or OTHER


def where(note: NoteLike, graphs: dict[str, PathGraph], names: dict[str, str], lang: str) -> Where:
    graph = graphs.get(note.path_key)
    if graph is None or note.step_id not in graph.steps:
        return Where(names.get(note.path_key, note.path_key), note.step_id, OTHER)
    step = graph.steps[note.step_id]
    title = resolve(step.title, lang, graph.path.language).text
    return Where(
        names[note.path_key], f"{step_number(graph, note.step_id)}. {title}", str(step.kind)
    )


def step_kind_label(kind: str, lang: str) -> str:
    return t("workshop.report.other_steps", lang) if kind == OTHER else t(f"step_kind.{kind}", lang)


def _names(graphs: dict[str, PathGraph], lang: str) -> dict[str, str]:
    return short_names(graphs, lang) if graphs else {}


# --- the notes as a table --------------------------------------------------------------------


def notes_table(notes: Iterable[NoteLike], graphs: dict[str, PathGraph], lang: str) -> pd.DataFrame:
    """One row per note, oldest first, in `lang`'s words."""
    names = _names(graphs, lang)
    rows = []
    for n in sorted(notes, key=lambda n: n.id):
        w = where(n, graphs, names, lang)
        rows.append(
            [
                w.path,
                w.step,
                step_kind_label(w.step_kind, lang),
                kind_label(n.kind, lang),
                n.text,
                n.author,
                n.votes,
                n.created.strftime("%Y-%m-%d %H:%M"),
            ]
        )
    columns = [
        t(f"workshop.col.{c}", lang)
        for c in ("path", "step", "step_kind", "kind", "text", "author", "votes", "created")
    ]
    return pd.DataFrame(rows, columns=columns)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    # A spreadsheet reads a CSV cell that starts with these as a formula: a leading
    # apostrophe keeps it text (OWASP's advice for CSV injection).
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def notes_csv(notes: Iterable[NoteLike], graphs: dict[str, PathGraph], lang: str) -> bytes:
    table = notes_table(notes, graphs, lang)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in table.itertuples(index=False):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue().encode("utf-8-sig")  # the BOM: Excel then reads it as UTF-8


def notes_xlsx(notes: Iterable[NoteLike], graphs: dict[str, PathGraph], lang: str) -> bytes:
    """The notes as a workbook. A text that starts with "=" stays text, not a formula."""
    table = notes_table(notes, graphs, lang)
    out = io.BytesIO()
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        sheet = t("workshop.notes", lang)[:31]
        table.to_excel(writer, sheet_name=sheet, index=False)
        cells = writer.sheets[sheet]
        for row in cells.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # openpyxl took a text starting with "=" for one
                    cell.data_type = "s"
        for col, width in zip("ABCDEFGH", (18, 34, 28, 20, 60, 18, 8, 17), strict=True):
            cells.column_dimensions[col].width = width
    return out.getvalue()


# --- the report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportNote:
    text: str
    author: str
    votes: int
    where: str  # "Pohjanmaa · 3. Title"


@dataclass(frozen=True)
class Report:
    lang: str
    title: str  # the room's title
    day: dt.date
    made: dt.date
    paths: tuple[str, ...]  # the short names of the paths compared
    graphs: dict[str, PathGraph]
    # (step kind, ((kind of note, notes, most votes first), ...)), in the format's order
    groups: tuple[tuple[str, tuple[tuple[str, tuple[ReportNote, ...]], ...]], ...]


def workshop_report(
    title: str,
    room_day: dt.date,
    graphs: dict[str, PathGraph],
    notes: Sequence[NoteLike],
    lang: str,
    made: dt.date | None = None,
) -> Report:
    """The report's content. `graphs`: the paths compared (the room's paths and those that
    have notes); `notes`: the visible notes (hidden ones are left out by the caller)."""
    names = _names(graphs, lang)
    by_kind: dict[str, dict[str, list[tuple[NoteLike, Where]]]] = {}
    for n in notes:
        if n.hidden:
            continue
        w = where(n, graphs, names, lang)
        by_kind.setdefault(w.step_kind, {}).setdefault(n.kind, []).append((n, w))
    order = [k for k in STEP_KINDS if k in by_kind] + sorted(
        k for k in by_kind if k not in STEP_KINDS
    )
    groups = []
    for step_kind in order:
        kinds = by_kind[step_kind]
        inner = []
        for kind in [k for k in NOTE_KINDS if k in kinds] + sorted(set(kinds) - set(NOTE_KINDS)):
            listed = sorted(kinds[kind], key=lambda nw: (-nw[0].votes, nw[0].id))
            inner.append(
                (
                    kind,
                    tuple(
                        ReportNote(n.text, n.author, n.votes, f"{w.path} · {w.step}")
                        for n, w in listed
                    ),
                )
            )
        groups.append((step_kind, tuple(inner)))
    return Report(
        lang,
        title,
        room_day,
        made or dt.date.today(),
        tuple(names[p] for p in graphs),
        graphs,
        tuple(groups),
    )


def _md(text: str) -> str:
    """Text that stays text in Markdown: whitespace on one line, every ASCII punctuation mark
    escaped (CommonMark allows it), so nothing becomes a link, a heading, HTML or a table."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", " ".join(text.split()))


def _votes(n: int, lang: str) -> str:
    return t("workshop.votes", lang, n=n)


def report_markdown(r: Report) -> str:
    lang = r.lang
    lines = [
        f"# {t('workshop.report.title', lang, title=_md(r.title))}",
        "",
        t("workshop.report.day", lang, date=day(r.day, lang, long=True)),
        "",
        f"## {t('workshop.report.paths', lang)}",
        "",
    ]
    lines += [f"- {_md(p)}" for p in r.paths] or [t("workshop.report.no_paths", lang)]
    lines += ["", f"## {t('workshop.report.differences', lang)}", ""]
    if len(r.graphs) >= 2:
        lines.append(summary_body(r.graphs, lang, level=3))
    else:
        lines += [t("workshop.report.one_path", lang), ""]
    lines += [f"## {t('workshop.report.notes', lang)}", ""]
    if not r.groups:
        lines += [t("workshop.report.no_notes", lang), ""]
    for step_kind, kinds in r.groups:
        lines += [f"### {step_kind_label(step_kind, lang)}", ""]
        for kind, items in kinds:
            lines += [f"#### {kind_label(kind, lang)}", ""]
            for n in items:
                by = f" — {_md(n.author)}" if n.author.strip() else ""
                lines.append(f"- **{_votes(n.votes, lang)}** · {_md(n.where)}: {_md(n.text)}{by}")
            lines.append("")
    lines.append(f"*{t('workshop.report.made', lang, date=day(r.made, lang, long=True))}*")
    return "\n".join(lines).rstrip("\n") + "\n"


_STYLE = """
@page { size: A4; margin: 16mm 16mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", system-ui, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 14pt; margin: 14pt 0 4pt; }
h3 { font-size: 12pt; margin: 10pt 0 3pt; }
h4 { font-size: 11pt; margin: 7pt 0 2pt; }
p, ul { margin: 0 0 4pt; }
ul { padding-left: 15pt; }
.votes { font-weight: bold; }
.where { color: #333; }
footer { margin-top: 14pt; font-size: 9pt; color: #333; }
"""


def report_html(r: Report) -> str:
    e, lang = html.escape, r.lang
    heading = t("workshop.report.title", lang, title=r.title)
    parts = [
        f"<h1>{e(heading)}</h1>",
        f"<p>{e(t('workshop.report.day', lang, date=day(r.day, lang, long=True)))}</p>",
        f"<h2>{e(t('workshop.report.paths', lang))}</h2>",
    ]
    if r.paths:
        parts.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in r.paths) + "</ul>")
    else:
        parts.append(f"<p>{e(t('workshop.report.no_paths', lang))}</p>")
    parts.append(f"<h2>{e(t('workshop.report.differences', lang))}</h2>")
    if len(r.graphs) >= 2:
        parts += _differences_html(r.graphs, lang)
    else:
        parts.append(f"<p>{e(t('workshop.report.one_path', lang))}</p>")
    parts.append(f"<h2>{e(t('workshop.report.notes', lang))}</h2>")
    if not r.groups:
        parts.append(f"<p>{e(t('workshop.report.no_notes', lang))}</p>")
    for step_kind, kinds in r.groups:
        parts.append(f"<h3>{e(step_kind_label(step_kind, lang))}</h3>")
        for kind, items in kinds:
            parts.append(f"<h4>{e(kind_label(kind, lang))}</h4><ul>")
            for n in items:
                by = f" — {e(n.author)}" if n.author.strip() else ""
                parts.append(
                    f'<li><span class="votes">{e(_votes(n.votes, lang))}</span> · '
                    f'<span class="where">{e(n.where)}</span>: {e(n.text)}{by}</li>'
                )
            parts.append("</ul>")
    made = t("workshop.report.made", lang, date=day(r.made, lang, long=True))
    parts.append(f"<footer><p>{e(made)}</p></footer>")
    return (
        f'<!doctype html><html lang="{e(lang)}"><head><meta charset="utf-8">'
        f"<title>{e(heading)}</title><style>{_STYLE}</style></head><body><main>"
        + "".join(parts)
        + "</main></body></html>"
    )


def _differences_html(graphs: dict[str, PathGraph], lang: str) -> list[str]:
    """`polku.exports.summary_body` as HTML: each path's findings, then the differences."""
    e = html.escape
    names = short_names(graphs, lang)
    parts = [f"<h3>{e(t('compare.findings', lang))}</h3>"]
    for pid, g in graphs.items():
        parts.append(f"<h4>{e(names[pid])}</h4><ul>")
        found = path_findings(g, lang)
        if not found:
            parts.append(f"<li>{e(t('compare.no_findings', lang))}</li>")
        for mark, items in found:
            said = f"{MARK_ICONS[mark]} {t(f'compare.finding.{mark}', lang)}"
            parts.append(
                f"<li><strong>{e(said)}</strong>" + (f": {e('; '.join(items))}" if items else "")
            )
            parts.append("</li>")
        parts.append("</ul>")
    parts.append(f"<h3>{e(t('compare.differences', lang))}</h3>")
    said = differences(graphs, lang)
    if said:
        parts.append("<ul>" + "".join(f"<li>{e(s)}</li>" for s in said) + "</ul>")
    else:
        parts.append(f"<p>{e(t('compare.no_differences', lang))}</p>")
    return parts


def report_pdf(r: Report) -> bytes:
    """The report as a tagged PDF (PDF/UA-1), like the meeting's handout."""
    from weasyprint import HTML  # imported on click: loading it takes a moment

    return HTML(string=report_html(r)).write_pdf(pdf_variant="pdf/ua-1")
