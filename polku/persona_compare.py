"""One persona across two to four regions' paths: the way taken in each, its length in steps and
days, the handoffs, the gaps it falls into, where the path leaves the question open, and the exit
reached; as rows of a table and in sentences (fi/sv/en). Core module: no Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from polku.compare import short_names
from polku.graph import PathGraph
from polku.i18n import t
from polku.persona import Walk, _days, _title
from polku.text import resolve

NONE = "–"  # nothing to show in a cell (no gap, no exit); never empty, "None" or NaN
COLUMNS = (
    "way",
    "steps",
    "days",
    "warm",
    "cold",
    "handoff_unstated",
    "gaps",
    "open",
    "exit",
)


@dataclass(frozen=True)
class PersonaRow:
    path: str
    name: str  # the region's short name
    way: tuple[str, ...]  # the step titles, in the order walked
    steps: int
    days: str
    warm: int
    cold: int
    handoff_unstated: int
    gaps: tuple[str, ...]  # titles of the steps walked through where no one is responsible
    end: str  # "exit", "open", "several" or "loop"
    end_title: str  # the step the walk ended at
    open_at: str  # "open"/"several": the step and its ways' conditions; else NONE
    exit: str  # "exit": the exit's title; "loop": the step gone round; else NONE


def _when(graph: PathGraph, walk: Walk, lang: str) -> list[str]:
    out = []
    for tr in walk.options:
        target = _title(graph, tr.to, lang)
        when = resolve(tr.when, lang, graph.path.language).text if tr.when is not None else ""
        out.append(f"{target} ({when})" if when else target)
    return out


def persona_rows(walks: dict[str, tuple[PathGraph, Walk]], lang: str) -> list[PersonaRow]:
    """One row per path, in the order given."""
    names = short_names({pid: g for pid, (g, _) in walks.items()}, lang)
    out = []
    for pid, (graph, walk) in walks.items():
        sm = walk.summary
        end_title = _title(graph, walk.end_step, lang)
        open_at = exit_ = NONE
        if walk.end in ("open", "several"):
            ways = "\n".join(f"→ {way}" for way in _when(graph, walk, lang))
            open_at = t(f"pcompare.open.{walk.end}", lang, step=end_title, ways=ways)
        elif walk.end == "exit":
            exit_ = end_title
        else:
            exit_ = t("pcompare.loop", lang, step=end_title)
        out.append(
            PersonaRow(
                path=pid,
                name=names[pid],
                way=tuple(_title(graph, s.step, lang) for s in walk.steps),
                steps=sm.steps,
                days=(
                    t("persona.days.unknown", lang)
                    if sm.min_days is None
                    else _days(sm.min_days, sm.max_days, lang)
                ),
                warm=sm.warm,
                cold=sm.cold,
                handoff_unstated=sm.handoff_unstated,
                gaps=tuple(_title(graph, g, lang) for g in sm.gaps),
                end=walk.end,
                end_title=end_title,
                open_at=open_at,
                exit=exit_,
            )
        )
    return out


def way_text(row: PersonaRow) -> str:
    """The way taken as numbered step titles on one line each."""
    return "\n".join(f"{n}. {title}" for n, title in enumerate(row.way, 1))


def persona_table(walks: dict[str, tuple[PathGraph, Walk]], lang: str) -> pd.DataFrame:
    """Paths × (way, steps, days, handoffs, gaps, left open, exit); every cell is text, so an
    unknown figure reads "unknown" or "–", never NaN."""
    rows = persona_rows(walks, lang)
    data = []
    for row in rows:
        data.append(
            [
                way_text(row),
                str(row.steps),
                row.days,
                str(row.warm),
                str(row.cold),
                str(row.handoff_unstated),
                "\n".join(row.gaps) or NONE,
                row.open_at,
                row.exit,
            ]
        )
    index = pd.Index([r.name for r in rows], name=t("pcompare.col.path", lang))
    return pd.DataFrame(data, index=index, columns=[t(f"pcompare.col.{c}", lang) for c in COLUMNS])


def end_word(end: str, lang: str) -> str:
    """How a walk ended, in a word or two (the chart's labels and legend)."""
    return t(f"pcompare.end.{end}", lang)


def _names(rows: list[PersonaRow]) -> str:
    return ", ".join(r.name for r in rows)


def persona_words(walks: dict[str, tuple[PathGraph, Walk]], persona: str, lang: str) -> list[str]:
    """The comparison in sentences: each region's walk, then what they share and where they
    differ (length, handoffs, gaps, the question left open, the exit)."""
    rows = persona_rows(walks, lang)
    out = []
    for r in rows:
        if r.end == "exit":
            end = t("pcompare.words.exit", lang, step=r.end_title)
        elif r.end == "loop":
            end = t("pcompare.words.loop", lang, step=r.end_title)
        else:
            end = t(f"pcompare.words.{r.end}", lang, step=r.end_title)
        out.append(
            t("pcompare.words.walk", lang, name=r.name, persona=persona, n=r.steps, days=r.days)
            + " "
            + end
        )
    if len(rows) < 2:
        return out
    most = max(r.steps for r in rows)
    least = min(r.steps for r in rows)
    if most == least:
        out.append(t("pcompare.words.same_length", lang, n=most))
    else:
        longest = [r for r in rows if r.steps == most]
        shortest = [r for r in rows if r.steps == least]
        out.append(
            t(
                "pcompare.words.lengths",
                lang,
                longest=_names(longest),
                n=most,
                shortest=_names(shortest),
                least=least,
            )
        )
    gapped = [r for r in rows if r.gaps]
    out.append(
        t("pcompare.words.gaps", lang, names=_names(gapped))
        if gapped
        else t("pcompare.words.no_gaps", lang)
    )
    warm, cold = sum(r.warm for r in rows), sum(r.cold for r in rows)
    unstated = sum(r.handoff_unstated for r in rows)
    if warm or cold:
        out.append(t("pcompare.words.handoffs", lang, warm=warm, cold=cold, unstated=unstated))
    elif unstated:
        out.append(t("pcompare.words.no_handoffs", lang, n=unstated))
    for end in ("exit", "open", "several", "loop"):
        having = [r for r in rows if r.end == end]
        if having:
            out.append(t(f"pcompare.words.all_{end}", lang, names=_names(having)))
    return out
