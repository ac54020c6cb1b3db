"""Words and figures about a path for a card or a report, in one language (UI-agnostic)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from polku.graph import Finding, PathGraph
from polku.i18n import t, word_params
from polku.models import DurationRange, PathFile, Step
from polku.place import step_place
from polku.text import resolve


def render_finding(finding: Finding, lang: str) -> str:
    params = word_params(finding.params, lang)
    key = f"finding.{finding.kind}"
    if params.get("like"):  # an unknown field that looks like a known one
        key += "_like"
    return t(key, lang, **params)


def finding_where(graph: PathGraph, finding: Finding, lang: str) -> str:
    """Where a finding is, in words: "step 17, 'Työkyvyn arviointi'", "actor 3, 'Kela'", or
    the whole path."""
    if finding.place is not None:
        return finding.place.render(lang)
    if finding.step is not None and finding.step in graph.steps:
        step = graph.steps[finding.step]
        return step_place(step, graph.position[step.id], graph.path.language).render(lang)
    return t("finding.path_level", lang)


def validity_status(path: PathFile, today: dt.date) -> str:
    """'current', 'past' or 'future': which description applies on `today`."""
    if path.valid_until is not None and today > path.valid_until:
        return "past"
    if path.valid_from is not None and today < path.valid_from:
        return "future"
    return "current"


def ordered_ids(paths: dict[str, PathFile], lang: str, today: dt.date) -> list[str]:
    """Path ids as every page lists them: in force today first, then future, then history;
    by title within each."""
    rank = {"current": 0, "future": 1, "past": 2}
    return sorted(
        paths,
        key=lambda pid: (
            rank[validity_status(paths[pid], today)],
            resolve(paths[pid].title, lang, paths[pid].language).text.casefold(),
        ),
    )


def validity_text(
    path: PathFile, lang: str, date: Callable[[dt.date], str] = dt.date.isoformat
) -> str:
    """When the description applies; `date` writes each end (ISO unless told otherwise)."""
    if path.valid_from is None and path.valid_until is None:
        return t("validity.always", lang)
    start = date(path.valid_from) if path.valid_from else "…"
    end = date(path.valid_until) if path.valid_until else "…"
    return t("validity.range", lang, start=start, end=end)


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    title_fallback: str | None  # the language shown instead, when the title fell back
    region: str
    organiser: str
    summary: str
    updated: str
    validity: str
    status: str
    steps: int
    actors: int
    findings: int


def card(path: PathFile, graph: PathGraph, lang: str, today: dt.date) -> Card:
    def text(value):
        return resolve(value, lang, path.language)

    title = text(path.title)
    return Card(
        id=path.id,
        title=title.text,
        title_fallback=title.lang if title.fell_back else None,
        region=text(path.region).text,
        organiser=text(path.organiser).text,
        summary=text(path.summary).text,
        updated=path.updated.isoformat(),
        validity=validity_text(path, lang),
        status=validity_status(path, today),
        steps=len(path.steps),
        actors=len(path.actors),
        findings=len(graph.findings),
    )


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def duration_text(step: Step, lang: str, file_lang: str) -> str:
    """A step's duration in words: '3–24 months', 'at least 1 week', or the file's own text."""
    d = step.duration
    if d is None:
        return ""
    if not isinstance(d, DurationRange):
        return resolve(d, lang, file_lang).text
    if d.min is None and d.max is None:
        return ""
    unit = t(f"unit.{d.unit}", lang)
    if d.min is not None and d.max is not None:
        return t("duration.range", lang, min=_number(d.min), max=_number(d.max), unit=unit)
    if d.min is not None:
        return t("duration.min", lang, min=_number(d.min), unit=unit)
    return t("duration.max", lang, max=_number(d.max), unit=unit)
