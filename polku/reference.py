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
    # Where a merged entry (`merged`) comes from: "core" and path ids, in order.
    sources: tuple[str, ...] = ()

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
        Term(
            {k: e[k] for k in LANGS if k in e},
            {k: " ".join(v.split()) for k, v in e.get("definition", {}).items() if k in LANGS},
            "core",
            e.get("sv_verified", "sv" in e),
        )
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


def _same(a: Term, b: Term) -> bool:
    return any(
        (x := a.texts.get(k)) and (y := b.texts.get(k)) and x.casefold() == y.casefold()
        for k in LANGS
    )


def merged(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """Each term once: the same term in the core glossary and in several paths' glossaries
    (its name the same in some language, whatever the case) becomes one entry. Each language's
    name and definition come from the first source that has one (the core glossary first, so
    its verified Swedish wins); `sources` lists every source."""
    groups: list[list[Term]] = []
    for term in terms:
        group = next((g for g in groups if any(_same(term, other) for other in g)), None)
        if group is None:
            groups.append([term])
        else:
            group.append(term)
    out = []
    for group in groups:
        texts: dict[str, str] = {}
        definition: dict[str, str] = {}
        sv_verified = True
        for term in group:
            for k in LANGS:
                if k not in texts and term.texts.get(k):
                    texts[k] = term.texts[k]
                    if k == "sv":
                        sv_verified = term.sv_verified
                if k not in definition and term.definition.get(k):
                    definition[k] = term.definition[k]
        if "sv" not in texts:
            sv_verified = group[0].sv_verified
        origins = tuple(dict.fromkeys(term.origin for term in group))
        out.append(Term(texts, definition, origins[0], sv_verified, origins))
    return tuple(out)


_NORDIC = str.maketrans({"å": "{0", "ä": "{1", "ö": "{2", "æ": "{1", "ø": "{2"})


def alphabetical(terms: list[Term], lang: str) -> list[Term]:
    """By the name in `lang`, as Finnish and Swedish order letters (… z, å, ä, ö)."""
    return sorted(terms, key=lambda term: term.get(lang).casefold().translate(_NORDIC))


def stem(term: str) -> str:
    """A crude Finnish-friendly stem: inflection changes the end of a word, rarely the start."""
    return term.casefold() if len(term) <= 6 else term.casefold()[: max(6, len(term) - 3)]


def terms_in(text: str, terms: tuple[Term, ...], lang: str) -> list[Term]:
    """The terms that appear in `text` (matched on a stem, so inflected forms count)."""
    folded = text.casefold()
    return [t for t in terms if (name := t.texts.get(lang)) and stem(name) in folded]
