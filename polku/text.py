"""Resolve Text fields (plain string or fi/sv/en mapping) to one language, with fallback."""

from __future__ import annotations

from dataclasses import dataclass

from polku.models import LANGS


@dataclass(frozen=True)
class Resolved:
    text: str
    lang: str  # the language the text is actually in
    fell_back: bool  # True when `lang` is not the language asked for

    def __str__(self) -> str:
        return self.text


def resolve(value: str | dict[str, str] | None, lang: str, file_lang: str = "fi") -> Resolved:
    """The text in `lang`; else in the file's language; else in any language it has."""
    if value is None:
        return Resolved("", lang, False)
    if isinstance(value, str):
        return Resolved(value, file_lang, file_lang != lang)
    if value.get(lang):
        return Resolved(value[lang], lang, False)
    for candidate in (file_lang, *LANGS):
        if value.get(candidate):
            return Resolved(value[candidate], candidate, True)
    return Resolved("", lang, False)


def languages_of(value: str | dict[str, str] | None, file_lang: str) -> set[str]:
    """The languages a Text field is written in."""
    if value is None:
        return set()
    if isinstance(value, str):
        return {file_lang}
    return {k for k, v in value.items() if v}


def upper_first(text: str) -> str:
    """`text` with a capital first letter, the rest as it is ("NGO" stays "NGO"): a catalogue
    name written for the middle of a sentence, shown on its own (a drop-down, a list)."""
    return text[:1].upper() + text[1:]
