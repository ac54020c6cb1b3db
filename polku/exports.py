"""Tables for download and display, in one language: the role matrix."""

from __future__ import annotations

import pandas as pd

from polku.diagram import step_number
from polku.graph import PathGraph
from polku.i18n import t
from polku.roles import role_matrix
from polku.text import resolve


def role_matrix_table(graph: PathGraph, lang: str) -> pd.DataFrame:
    """Steps × actors, each cell the actor's role in words ('' where it has none)."""
    path = graph.path

    def text(value) -> str:
        return resolve(value, lang, path.language).text

    names = [text(a.name) for a in path.actors]
    # Two actors may share a local name; their ids keep the columns apart.
    columns = [
        n if names.count(n) == 1 else f"{n} ({a.id})"
        for n, a in zip(names, path.actors, strict=True)
    ]
    table = pd.DataFrame(
        [[t(f"role.{r}", lang) if r else "" for r in row] for row in role_matrix(graph)],
        index=[f"{step_number(graph, sid)}. {text(graph.steps[sid].title)}" for sid in graph.order],
        columns=columns,
    )
    table.index.name = t("explorer.step", lang)
    return table
