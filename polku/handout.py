"""The meeting handout: the path from the current step on, with contacts, as PDF and HTML.

Made in memory for one download; nothing is written to disk or logged. Every text from a
file is escaped for the format it goes into. The PDF uses the Bitstream Vera fonts that
ReportLab ships, so no system font is needed.
"""

from __future__ import annotations

import datetime as dt
import html
import io
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape

from polku.graph import PathGraph
from polku.i18n import t
from polku.summary import duration_text, validity_text
from polku.text import resolve
from polku.walk import ahead


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
class Handout:
    lang: str
    heading: str
    now: str
    steps: tuple[HandoutStep, ...]
    contacts: tuple[tuple[str, str], ...]  # (actor name, contact)
    footer: str


def handout_content(graph: PathGraph, current: str, lang: str) -> Handout:
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    actors = {a.id: a for a in path.actors}
    steps, involved = [], []
    for sid in ahead(graph, current):
        step = graph.steps[sid]
        owners = graph.responsible(step)
        involved += [a for a in owners if a not in involved and actors[a].kind != "client"]
        body = text(step.client_text)
        steps.append(
            HandoutStep(
                title=text(step.title),
                text=body or t("meeting.no_plain_text", lang),
                text_missing=not body,
                who=tuple(text(actors[a].name) for a in owners),
                client_does=text(step.client_does),
                documents=tuple(text(d) for d in step.documents),
                duration=duration_text(step, lang, path.language),
            )
        )
    contacts = tuple(
        (text(actors[a].name), text(actors[a].contact) or t("handout.no_contact", lang))
        for a in involved
    )
    footer = t(
        "handout.validity",
        lang,
        region=text(path.region),
        validity=validity_text(path, lang),
        updated=path.updated.isoformat(),
    )
    return Handout(
        lang,
        t("handout.heading", lang, title=text(path.title)),
        t("handout.now", lang, title=text(graph.steps[current].title)),
        tuple(steps),
        contacts,
        footer,
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


def handout_pdf(h: Handout, name: str = "", today: dt.date | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    for font, file in (("Vera", "Vera.ttf"), ("Vera-Bold", "VeraBd.ttf")):
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, file))
    # So that <b> inside a paragraph picks the bold face.
    pdfmetrics.registerFontFamily(
        "Vera", normal="Vera", bold="Vera-Bold", italic="Vera", boldItalic="Vera-Bold"
    )

    def esc(value: str) -> str:
        return xml_escape(value).replace("\n", "<br/>")

    base = ParagraphStyle("base", fontName="Vera", fontSize=10.5, leading=14, spaceAfter=3)
    small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor="#333333")
    h1 = ParagraphStyle(
        "h1", parent=base, fontName="Vera-Bold", fontSize=16, leading=20, spaceAfter=6
    )
    h2 = ParagraphStyle(
        "h2",
        parent=base,
        fontName="Vera-Bold",
        fontSize=12.5,
        leading=16,
        spaceBefore=8,
        spaceAfter=4,
    )
    h3 = ParagraphStyle(
        "h3", parent=base, fontName="Vera-Bold", fontSize=11, leading=14, spaceBefore=6
    )

    story = [Paragraph(esc(h.heading), h1)]
    if name.strip():
        story.append(Paragraph(esc(t("handout.for", h.lang, name=name.strip())), base))
    story.append(Paragraph(esc(h.now), h2))
    story.append(Paragraph(esc(t("handout.steps", h.lang)), h2))
    for i, step in enumerate(h.steps, 1):
        story.append(Paragraph(f"{i}. {esc(step.title)}", h3))
        story.append(Paragraph(esc(step.text), base))
        for label, value in _details(h, step):
            story.append(Paragraph(f"<b>{esc(label)}:</b> {esc(value)}", base))
    story.append(Paragraph(esc(t("handout.contacts", h.lang)), h2))
    for who, contact in h.contacts:
        story.append(Paragraph(f"<b>{esc(who)}:</b> {esc(contact)}", base))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph(esc(h.footer), small))
    date = (today or dt.date.today()).isoformat()
    story.append(Paragraph(esc(t("handout.made", h.lang, date=date)), small))

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=h.heading,
        author="Polku",
        lang=h.lang,
    )
    doc.build(story)
    return buffer.getvalue()


def handout_html(h: Handout, name: str = "", today: dt.date | None = None) -> str:
    e = html.escape
    parts = [f"<h1>{e(h.heading)}</h1>"]
    if name.strip():
        parts.append(f"<p>{e(t('handout.for', h.lang, name=name.strip()))}</p>")
    parts.append(f"<h2>{e(h.now)}</h2><h2>{e(t('handout.steps', h.lang))}</h2><ol>")
    for step in h.steps:
        rows = "".join(
            f"<li><strong>{e(label)}:</strong> {e(value)}</li>"
            for label, value in _details(h, step)
        )
        parts.append(f"<li><h3>{e(step.title)}</h3><p>{e(step.text)}</p><ul>{rows}</ul></li>")
    parts.append(f"</ol><h2>{e(t('handout.contacts', h.lang))}</h2><ul>")
    parts += [f"<li><strong>{e(who)}:</strong> {e(contact)}</li>" for who, contact in h.contacts]
    date = (today or dt.date.today()).isoformat()
    parts.append(
        f"</ul><footer><p>{e(h.footer)}</p>"
        f"<p>{e(t('handout.made', h.lang, date=date))}</p></footer>"
    )
    style = (
        "body{font-family:system-ui,sans-serif;font-size:13pt;line-height:1.45;"
        "max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111}"
        "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:1.4rem}"
        "h3{font-size:1.1rem;margin:.8rem 0 .2rem}footer{font-size:.9rem;color:#333}"
        "@media print{body{margin:0}}"
    )
    return (
        f'<!doctype html><html lang="{e(h.lang)}"><head><meta charset="utf-8">'
        f"<title>{e(h.heading)}</title><style>{style}</style></head><body>"
        + "".join(parts)
        + "</body></html>"
    )
