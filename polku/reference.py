"""The shared reference: the core glossary, the laws and the reforms (polku/data/), and
glossary search across it and every loaded path's own glossary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from polku.models import LANGS, PathFile
from polku.text import resolve


@dataclass(frozen=True)
class Term:
    texts: dict[str, str]  # language -> term
    definition: dict[str, str]  # language -> definition ({} for the core glossary)
    origin: str  # "core" or a path id
    sv_verified: bool = True

    def get(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts.get("fi") or next(iter(self.texts.values()))


@dataclass(frozen=True)
class Law:
    number: str
    names: dict[str, str]
    url: str


@dataclass(frozen=True)
class Reform:
    date: dt.date
    texts: dict[str, str]
    source: str


@cache
def _data() -> dict:
    text = resources.files("polku").joinpath("data/reference.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def core_glossary() -> tuple[Term, ...]:
    return tuple(
        Term({k: e[k] for k in LANGS if k in e}, {}, "core", e.get("sv_verified", "sv" in e))
        for e in _data()["glossary"]
    )


def laws() -> tuple[Law, ...]:
    return tuple(Law(e["number"], {k: e[k] for k in LANGS}, e["url"]) for e in _data()["laws"])


def reforms() -> tuple[Reform, ...]:
    return tuple(
        Reform(e["date"], {k: e[k] for k in LANGS}, e["source"]) for e in _data()["reforms"]
    )


@dataclass(frozen=True)
class NoticeSource:
    title: str
    url: str
    date: dt.date | None


@dataclass(frozen=True)
class Notice:
    """A sourced note shown beside a path: `pro` for professionals, `client` in plain words."""

    pro: dict[str, str]
    client: dict[str, str]
    sources: tuple[NoticeSource, ...]


@cache
def _notice(name: str) -> Notice:
    e = _data()["notices"][name]
    return Notice(
        {k: " ".join(e["pro"][k].split()) for k in LANGS},
        {k: " ".join(e["client"][k].split()) for k in LANGS},
        tuple(NoticeSource(s["title"], s["url"], s.get("date")) for s in e["sources"]),
    )


def wind_down() -> Notice:
    """The announced end of rehabilitative work activity in its current form (2025)."""
    return _notice("wind_down")


def client_rights() -> Notice:
    """The client's rights: formal complaint, social ombudsman, appeal."""
    return _notice("rights")


def path_glossary(path: PathFile) -> tuple[Term, ...]:
    out = []
    for entry in path.glossary:
        texts = {lang: resolve(entry.term, lang, path.language) for lang in LANGS}
        defs = {lang: resolve(entry.definition, lang, path.language) for lang in LANGS}
        out.append(
            Term(
                {k: v.text for k, v in texts.items() if not v.fell_back},
                {k: v.text for k, v in defs.items() if not v.fell_back}
                or {path.language: defs[path.language].text},
                path.id,
            )
        )
    return tuple(t for t in out if t.texts)


def search(terms: tuple[Term, ...], query: str) -> list[Term]:
    """Terms whose name or definition in any language contains the query (case-insensitive)."""
    q = " ".join(query.casefold().split())
    if not q:
        return list(terms)
    return [
        t
        for t in terms
        if any(q in v.casefold() for v in (*t.texts.values(), *t.definition.values()))
    ]


def stem(term: str) -> str:
    """A crude Finnish-friendly stem: inflection changes the end of a word, rarely the start."""
    return term.casefold() if len(term) <= 6 else term.casefold()[: max(6, len(term) - 3)]


def terms_in(text: str, terms: tuple[Term, ...], lang: str) -> list[Term]:
    """The terms that appear in `text` (matched on a stem, so inflected forms count)."""
    folded = text.casefold()
    return [t for t in terms if (name := t.texts.get(lang)) and stem(name) in folded]
