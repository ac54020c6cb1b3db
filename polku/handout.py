"""The meeting handout: the way walked, where the client is now, the ways on as alternatives,
the contacts the description gives and the professional's own details, as HTML and as a
tagged PDF (PDF/UA-1) made from that same HTML.

Made in memory for one download; nothing is written to disk or logged. Every text from a file
or typed in the meeting is escaped. Dates are written as each language writes them (Babel).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass

from polku.graph import PathGraph
from polku.i18n import day, t
from polku.meeting import answers
from polku.reference import client_rights, wind_down
from polku.summary import duration_text, validity_status, validity_text
from polku.text import resolve


def long_date(value: dt.date, lang: str) -> str:
    """23. marraskuuta 2026 / 23 november 2026 / 23 November 2026."""
    return day(value, lang, long=True)


@dataclass(frozen=True)
class HandoutStep:
    title: str
    text: str
    text_missing: bool
    who: tuple[str, ...]
    client_does: str
    documents: tuple[str, ...]
    duration: str


@dataclass(frozen=True)
class Alternative:
    label: str  # the answer in the client's words, as the meeting offered it
    step: HandoutStep
    cold: bool


@dataclass(frozen=True)
class Worker:
    """What the professional types in the meeting: only ever put into the download."""

    name: str = ""
    contact: str = ""
    appointment: str = ""


@dataclass(frozen=True)
class Handout:
    lang: str
    heading: str
    walked: tuple[str, ...]  # titles of the steps walked before the current one
    now: str
    current: HandoutStep
    alternatives: tuple[Alternative, ...]
    contacts: tuple[tuple[str, str], ...]  # (actor name, contact): only those the file gives
    footer: str
    changing: str = ""  # the announced wind-down, when the path describes the service today
    rights: str = ""  # the client's rights, in plain words


def handout_content(
    graph: PathGraph, route: Sequence[str] | str, lang: str, today: dt.date | None = None
) -> Handout:
    """The handout for a walk that has reached `route[-1]` (a single step id: just there)."""
    route = [route] if isinstance(route, str) else list(route)
    path = graph.path
    actors = {a.id: a for a in path.actors}

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    def described(step_id: str) -> HandoutStep:
        step = graph.steps[step_id]
        body = text(step.client_text)
        return HandoutStep(
            title=text(step.title),
            text=body or t("meeting.no_plain_text", lang),
            text_missing=not body,
            who=tuple(text(actors[a].name) for a in graph.responsible(step)),
            client_does=text(step.client_does),
            documents=tuple(text(d) for d in step.documents),
            duration=duration_text(step, lang, path.language),
        )

    current = route[-1]
    ways = answers(graph, current, lang)
    alternatives = tuple(Alternative(a.label, described(a.to), a.cold) for a in ways)
    involved: list[str] = []
    for step_id in [current, *(a.to for a in ways)]:
        involved += [a for a in graph.responsible(graph.steps[step_id]) if a not in involved]
    contacts = tuple(
        (text(actors[a].name), text(actors[a].contact))
        for a in involved
        if actors[a].contact and actors[a].kind != "client"
    )
    footer = t(
        "handout.validity",
        lang,
        region=text(path.region),
        validity=validity_text(path, lang, lambda day: long_date(day, lang)),
        updated=long_date(path.updated, lang),
    )
    return Handout(
        lang,
        t("handout.heading", lang, title=text(path.title)),
        tuple(text(graph.steps[s].title) for s in route[:-1]),
        t("handout.now", lang, title=text(graph.steps[current].title)),
        described(current),
        alternatives,
        contacts,
        footer,
        wind_down().client[lang]
        if validity_status(path, today or dt.date.today()) == "current"
        else "",
        client_rights().client[lang],
    )


def _details(h: Handout, step: HandoutStep) -> list[tuple[str, str]]:
    rows = []
    if step.who:
        rows.append((t("meeting.who", h.lang), ", ".join(step.who)))
    if step.client_does:
        rows.append((t("meeting.you_do", h.lang), step.client_does))
    if step.documents:
        rows.append((t("meeting.bring", h.lang), ", ".join(step.documents)))
    if step.duration:
        rows.append((t("meeting.how_long", h.lang), step.duration))
    return rows


# One A4 page for a typical walk; the same rules serve the browser's print.
_STYLE = """
@page { size: A4; margin: 14mm 16mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", system-ui, sans-serif; font-size: 10.5pt;
  line-height: 1.4; color: #111; max-width: 46rem; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 4pt; }
h2 { font-size: 12.5pt; margin: 11pt 0 3pt; }
h3 { font-size: 11pt; margin: 6pt 0 1pt; }
p, ul, ol { margin: 0 0 3pt; }
ul, ol { padding-left: 15pt; }
.walked { color: #333; }
footer { margin-top: 12pt; font-size: 8.5pt; color: #333; }
@media screen { body { font-size: 13pt; margin: 2rem auto; padding: 0 1rem; } }
"""


def handout_html(
    h: Handout, name: str = "", worker: Worker | None = None, today: dt.date | None = None
) -> str:
    e = html.escape
    worker = worker or Worker()
    parts = [f"<h1>{e(h.heading)}</h1>"]
    if name.strip():
        parts.append(f"<p>{e(t('handout.for', h.lang, name=name.strip()))}</p>")
    if h.walked:
        parts.append(
            f'<p class="walked"><strong>{e(t("handout.walked", h.lang))}:</strong> '
            + " → ".join(e(title) for title in h.walked)
            + "</p>"
        )
    parts.append(f"<h2>{e(h.now)}</h2><p>{e(h.current.text)}</p>")
    rows = _details(h, h.current)
    if rows:
        parts.append(
            "<ul>" + "".join(f"<li><strong>{e(k)}:</strong> {e(v)}</li>" for k, v in rows) + "</ul>"
        )
    if h.alternatives:
        several = len(h.alternatives) > 1
        heading = t("handout.next_one_of" if several else "handout.next_one", h.lang)
        parts.append(f"<h2>{e(heading)}</h2><ul>")
        for alt in h.alternatives:
            label = alt.label if several else alt.step.title
            extra = [f"{k}: {v}" for k, v in _details(h, alt.step)]
            if alt.cold:
                extra.append(t("meeting.cold_short", h.lang))
            parts.append(
                f"<li><strong>{e(label)}</strong>"
                + (f"<br>{e(' · '.join(extra))}" if extra else "")
                + "</li>"
            )
        parts.append("</ul>")
    else:
        parts.append(f"<p><strong>{e(t('meeting.end', h.lang))}</strong></p>")
    if h.contacts:
        parts.append(f"<h2>{e(t('handout.contacts', h.lang))}</h2><ul>")
        parts += [
            f"<li><strong>{e(who)}:</strong> {e(contact)}</li>" for who, contact in h.contacts
        ]
        parts.append("</ul>")
    if h.changing:
        parts.append(f"<h2>{e(t('notice.wind_down', h.lang))}</h2><p>{e(h.changing)}</p>")
    if h.rights:
        parts.append(f"<h2>{e(t('notice.rights_client', h.lang))}</h2><p>{e(h.rights)}</p>")
    mine = [
        (t(key, h.lang), value.strip())
        for key, value in (
            ("handout.out.name", worker.name),
            ("handout.out.contact", worker.contact),
            ("handout.out.appointment", worker.appointment),
        )
        if value.strip()
    ]
    if mine:
        parts.append(f"<h2>{e(t('handout.your_worker', h.lang))}</h2><ul>")
        parts += [f"<li><strong>{e(k)}:</strong> {e(v)}</li>" for k, v in mine]
        parts.append("</ul>")
    made = t("handout.made", h.lang, date=long_date(today or dt.date.today(), h.lang))
    parts.append(f"<footer><p>{e(h.footer)}</p><p>{e(made)}</p></footer>")
    return (
        f'<!doctype html><html lang="{e(h.lang)}"><head><meta charset="utf-8">'
        f"<title>{e(h.heading)}</title><style>{_STYLE}</style></head><body><main>"
        + "".join(parts)
        + "</main></body></html>"
    )


def handout_pdf(
    h: Handout, name: str = "", worker: Worker | None = None, today: dt.date | None = None
) -> bytes:
    """The printable HTML as a tagged PDF (PDF/UA-1: structure tree, language, title), so that
    a screen reader reads it in order."""
    from weasyprint import HTML  # imported on click: loading it takes a moment

    page = handout_html(h, name, worker, today)
    return HTML(string=page).write_pdf(pdf_variant="pdf/ua-1")
