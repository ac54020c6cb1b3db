"""Words and figures about a path for a card or a report, in one language (UI-agnostic)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from polku.graph import Finding, PathGraph
from polku.i18n import day, t, word_params
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


def validity_text(path: PathFile, lang: str, date: Callable[[dt.date], str] | None = None) -> str:
    """When the description applies; `date` writes each end (as `lang` writes a date unless
    told otherwise)."""
    if path.valid_from is None and path.valid_until is None:
        return t("validity.always", lang)
    date = date or (lambda d: day(d, lang))
    start = date(path.valid_from) if path.valid_from else "…"
    end = date(path.valid_until) if path.valid_until else "…"
    return t("validity.range", lang, start=start, end=end)


def fallback_note(shown: str, lang: str) -> str:
    """The note for a text shown in language `shown` instead of `lang`, said in `lang`'s own
    grammar: "(ei käännöstä, näytetään ruotsiksi)", "(no translation, shown in Finnish)"."""
    return t("fallback.shown_in", lang, in_lang=t(f"lang.in.{shown}", lang))


# The national frame shipped in paths/: where a newcomer starts and what a region is compared
# with. A library without it falls back to the first path in force.
NATIONAL_ID = "kansallinen"

# Words that end in a full stop without ending a sentence (fi, sv, en).
_ABBREVIATIONS = {"esim", "vrt", "yms", "jne", "tms", "etc", "inkl", "resp", "jfr", "osv", "mfl"}


def sentences(text: str) -> list[str]:
    """The text's sentences: each ends in a full stop, question or exclamation mark outside
    brackets, followed by a space and a capital letter or a digit; an abbreviation ("mm.",
    "esim.", "t.ex.") ends none."""
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ".!?" and depth == 0:
            rest = text[i + 1 :]
            after = rest.lstrip()[:1]
            if not rest.startswith(" ") or not (after.isupper() or after.isdigit()):
                continue
            words = text[start:i].split()
            word = words[-1] if words else ""
            if ch == "." and (
                len(word) < 3
                or ("." in word and word[-1].isalpha())
                or word.lower() in _ABBREVIATIONS
            ):
                continue
            out.append(text[start : i + 1].strip())
            start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def shorten(text: str, most: int) -> str:
    """`text` cut to at most `most` characters at a word, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[: most - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def lead(text: str, most: int) -> str:
    """As many whole sentences from the start as fit in `most` characters; a sentence that
    does not fit is cut at a word when what came before is under half of `most` (a short
    opening such as "Three sources are central." says little on its own)."""
    parts = sentences(" ".join(text.split()))
    if not parts:
        return ""
    out = parts[0]
    for part in parts[1:]:
        if len(out) + 1 + len(part) > most and len(out) >= most // 2:
            break
        out += " " + part
    return shorten(out, most)


def short_region(region: str) -> str:
    """The region's name without its explanation: "Keski-Pohjanmaa (Soite; …)" ->
    "Keski-Pohjanmaa"."""
    head = region.split(" (")[0].strip() or region
    parts = sentences(head)
    return shorten(parts[0] if parts else head, 80)


def national_id(paths: dict[str, PathFile], today: dt.date) -> str | None:
    """The national frame if it is loaded, else the first path in force."""
    if NATIONAL_ID in paths:
        return NATIONAL_ID
    ids = ordered_ids(paths, "fi", today)
    return ids[0] if ids else None


def workshop_ids(paths: dict[str, PathFile], today: dt.date, regions: int = 2) -> list[str]:
    """What a workshop compares to begin with: the national frame and the first `regions`
    other paths in force (by their Finnish title, so the choice is the same in every
    language); paths not in force fill up when too few are."""
    national = national_id(paths, today)
    others = [pid for pid in ordered_ids(paths, "fi", today) if pid != national]
    in_force = [pid for pid in others if validity_status(paths[pid], today) == "current"]
    rest = [pid for pid in others if pid not in in_force]
    return ([national] if national else []) + (in_force + rest)[:regions]


@dataclass(frozen=True)
class Card:
    id: str
    title: str
    title_fallback: str | None  # the language shown instead, when the title fell back
    region: str
    region_short: str  # the region's name, for the card
    organiser: str
    organiser_short: str  # its first sentences, at most 160 characters
    summary: str
    covers: str  # what the path covers: the summary's first sentences, at most 240 characters
    updated: str  # as the language writes a date
    validity: str
    status: str
    steps: int
    actors: int
    findings: int


def card(path: PathFile, graph: PathGraph, lang: str, today: dt.date) -> Card:
    def text(value):
        return resolve(value, lang, path.language)

    title = text(path.title)
    region = text(path.region).text
    organiser = text(path.organiser).text
    summary = text(path.summary).text
    return Card(
        id=path.id,
        title=title.text,
        title_fallback=title.lang if title.fell_back else None,
        region=region,
        region_short=short_region(region),
        organiser=organiser,
        organiser_short=lead(organiser, 160),
        summary=summary,
        covers=lead(summary, 240),
        updated=day(path.updated, lang),
        validity=validity_text(path, lang, lambda d: day(d, lang)),
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
