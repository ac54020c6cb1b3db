"""Where in a path file something is, in words a service designer uses: "step 17,
'Työkyvyn arviointi', transition 2", never "steps[16].next[1]".

A `Place` is language-neutral (the title stays a Text) and rendered on demand, so one load
error or finding can be shown in Finnish, Swedish or English.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from polku.i18n import t
from polku.text import resolve

# A list in the file -> (the kind of thing in it, the field that names one of them).
COLLECTIONS: dict[str, tuple[str, str | None]] = {
    "steps": ("step", "title"),
    "actors": ("actor", "name"),
    "phases": ("phase", "title"),
    "sources": ("source", "title"),
    "glossary": ("glossary", "term"),
}
# Lists inside a step -> the kind of thing in them (and what names one).
STEP_LISTS: dict[str, tuple[str, str | None]] = {
    "next": ("transition", "to"),
    "roles": ("role", "actor"),
    "documents": ("document", None),
    "legal_basis": ("legal_basis", "title"),
}
TITLE_CHARS = 60  # a title from the file is cut: a 900 000-character one must not be a message

Title = str | tuple[tuple[str, str], ...] | None


def hashable_title(value: Any) -> Title:
    """A Text value from raw data, hashable; anything that is not text is left out."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
        return tuple((str(k), v) for k, v in value.items())
    return None


@dataclass(frozen=True)
class Place:
    kind: str  # step, actor, phase, source, glossary, transition, role, document, legal_basis
    number: int  # 1-based, as a person counts
    title: Title = None
    file_lang: str = "fi"
    parent: Place | None = None

    def render(self, lang: str) -> str:
        own = t(f"place.{self.kind}", lang, n=self.number)
        if self.title is not None:
            value = self.title if isinstance(self.title, str) else dict(self.title)
            text = resolve(value, lang, self.file_lang).text.strip()
            if len(text) > TITLE_CHARS:
                text = text[: TITLE_CHARS - 1] + "…"
            if text:
                own = f"{own}, ’{text}’" if self.kind != "transition" else f"{own} (→ {text})"
        return f"{self.parent.render(lang)}, {own}" if self.parent else own


def place_of(
    loc: Sequence[str | int], data: Any, file_lang: str = "fi"
) -> tuple[Place | None, int]:
    """The place a location in the raw data points at, and how many of its parts it used
    (the rest name the field). `data` is the file as parsed, so that a place can be named
    even when the file did not validate."""

    def item(container: Any, key: str, index: Any) -> Any:
        seq = container.get(key) if isinstance(container, dict) else None
        if isinstance(seq, list) and isinstance(index, int) and 0 <= index < len(seq):
            return seq[index]
        return None

    if len(loc) < 2 or loc[0] not in COLLECTIONS or not isinstance(loc[1], int):
        return None, 0
    kind, name_field = COLLECTIONS[loc[0]]
    raw = item(data, loc[0], loc[1])
    title = hashable_title(raw.get(name_field)) if isinstance(raw, dict) and name_field else None
    place = Place(kind, loc[1] + 1, title, file_lang)
    used = 2
    if kind == "step" and len(loc) >= 4 and loc[2] in STEP_LISTS and isinstance(loc[3], int):
        inner_kind, inner_name = STEP_LISTS[loc[2]]
        inner = item(raw, loc[2], loc[3])
        if isinstance(inner, str) and inner_kind == "transition":
            inner_title = hashable_title(inner)  # a bare step id
        elif isinstance(inner, dict) and inner_name:
            inner_title = hashable_title(inner.get(inner_name))
        else:
            inner_title = None
        place = Place(inner_kind, loc[3] + 1, inner_title, file_lang, parent=place)
        used = 4
    return place, used


def step_place(step: Any, number: int, file_lang: str) -> Place:
    """A step of a loaded path as a place."""
    return Place("step", number, hashable_title(step.title), file_lang)
