"""The glossary: every term once, named and defined in the UI language first, the other two
languages beside it; and the terms a tour stop's text uses, glossed in the UI language."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.safe import md
from polku.i18n import LANGS, t
from polku.loader import Library
from polku.reference import (
    Term,
    alphabetical,
    core_glossary,
    merged,
    path_glossary,
    search,
    terms_in,
)
from polku.text import upper_first

# The definition is what one reads: the widest column; the term beside it, the other two
# languages and the sources narrower.
_TABLE_STYLE = """<style>
.st-key-glossary table { table-layout: fixed; width: 100%; }
.st-key-glossary th:nth-child(1) { width: 17%; }
.st-key-glossary th:nth-child(2) { width: 40%; }
.st-key-glossary th:nth-child(3), .st-key-glossary th:nth-child(4) { width: 13%; }
.st-key-glossary th:nth-child(5) { width: 17%; }
.st-key-glossary td { vertical-align: top; }
.st-key-glossary td [data-testid="stMarkdownContainer"] { display: block; }
.st-key-glossary td p { overflow-wrap: anywhere !important; word-break: break-word; }
</style>"""


def glossary_terms(library: Library) -> tuple[Term, ...]:
    """The core glossary and every loaded path's own, each term once."""
    return merged(
        core_glossary() + tuple(g for p in library.paths.values() for g in path_glossary(p))
    )


def _name(term: Term, lang: str) -> str:
    name = term.texts.get(lang, "")
    return name + (" †" if name and lang == "sv" and not term.sv_verified else "")


def definition(term: Term, lang: str) -> str:
    """The definition in `lang`, else in the language it has, saying which."""
    if term.definition.get(lang):
        return term.definition[lang]
    for other in LANGS:
        if term.definition.get(other):
            return f"({t('onb.in_' + other, lang)}) {term.definition[other]}"
    return ""


def glossary_table(terms: tuple[Term, ...], lang: str, names: dict[str, str]) -> None:
    """Search, then a table: the term and its definition in `lang` (wide), the term in the
    other two languages, where it comes from. `names`: a short name per path id."""
    query = st.text_input(t("onb.search", lang), key="glossary-q", max_chars=80)
    found = alphabetical(search(terms, query), lang)
    st.caption(t("onb.results", lang, n=len(found)))
    others = [k for k in LANGS if k != lang]
    rows = []
    for term in found:
        own = term.texts.get(lang)
        shown = (
            f"**{md(_name(term, lang))}**"
            if own
            else f"**{md(term.get(lang))}** ({t('onb.in_' + next(iter(term.texts)), lang)})"
        )
        row = {
            t("onb.col_term", lang): shown,
            t("onb.col_definition", lang): md(definition(term, lang)),
        }
        for k in others:
            row[upper_first(t(f"onb.in_{k}", lang))] = md(_name(term, k))
        row[t("onb.col_origin", lang)] = ", ".join(
            t("onb.core", lang) if s == "core" else md(names.get(s, s)) for s in term.sources
        )
        rows.append(row)
    if rows:
        st.html(_TABLE_STYLE)
        with st.container(key="glossary"):
            st.table(pd.DataFrame(rows), hide_index=True)
    st.caption("† " + t("onb.sv_unverified", lang))


def terms_here(text: str, terms: tuple[Term, ...], lang: str) -> list[str]:
    """Markdown lines for the glossary terms `text` uses: the term and its definition in the
    UI language; in Swedish or English also the Finnish name, labelled, since colleagues and
    documents use it. Never a bare translation into another language."""
    lines = []
    for term in terms_in(text, terms, lang):
        name = term.texts[lang]
        if lang != "fi" and term.texts.get("fi"):
            name = t(
                "onb.also_called",
                lang,
                term=name,
                in_lang=t("onb.in_fi", lang),
                other=term.texts["fi"],
            )
        meaning = term.definition.get(lang)
        lines.append(f"- **{md(name)}**" + (f": {md(meaning)}" if meaning else ""))
    return lines
