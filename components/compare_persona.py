"""The compare page's example person tab: one fictional persona walked through each chosen path,
as a table (a row per path), a chart of the steps walked marked by how each walk ended, and in
words (polku/persona_compare.py)."""

from __future__ import annotations

import html
from collections.abc import Hashable

import plotly.graph_objects as go
import streamlit as st

from components.personas import scenario_description, scenario_title, scenarios, walk_for
from components.safe import md
from components.step_panel import safe_link
from components.url_state import sync
from polku.graph import PathGraph
from polku.i18n import t
from polku.persona_compare import (
    PersonaRow,
    persona_rows,
    persona_table,
    persona_words,
    way_text,
)
from polku.text import resolve

# How a walk ended: a colour and a fill pattern each, and the words on the bar, so colour is
# never the only signal. Colours from the Okabe–Ito set, dark enough for white text.
END_STYLES = {
    "exit": ("#006E50", ""),
    "open": ("#8A3B00", "/"),
    "several": ("#0072B2", "x"),
    "loop": ("#B00020", "."),
}

_TABLE_STYLE = """<style>
.polku-persona { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.95rem;
  line-height: 1.35; }
.polku-persona th, .polku-persona td { border-bottom: 1px solid #d0d0d0; padding: 0.4rem 0.35rem;
  vertical-align: top; overflow-wrap: break-word; hyphens: auto; text-align: left;
  white-space: pre-line; }
.polku-persona thead th { vertical-align: bottom; border-bottom: 2px solid #555; }
.polku-persona td.num { text-align: right; font-variant-numeric: tabular-nums; }
</style>"""
# The table's columns and their shares of the width, per cent: it fits 1280 px with the sidebar
# open (about 820 px) without scrolling sideways; the handoffs are one column of three lines.
_WIDTHS = {
    "path": 10,
    "way": 20,
    "steps": 5,
    "days": 8,
    "handoffs": 13,
    "gaps": 15,
    "open": 20,
    "exit": 9,
}


def _cells(row: PersonaRow, lang: str) -> dict[str, str]:
    handoffs = [
        f"{t(f'pcompare.handoff.{k}', lang)}: {n}"
        for k, n in (("warm", row.warm), ("cold", row.cold), ("unstated", row.handoff_unstated))
    ]
    return {
        "way": way_text(row),
        "steps": str(row.steps),
        "days": row.days,
        "handoffs": "\n".join(handoffs),
        "gaps": "\n".join(row.gaps) or "–",
        "open": row.open_at,
        "exit": row.exit,
    }


def table_html(rows: list[PersonaRow], lang: str) -> str:
    """A row per path; all text escaped, long cells wrap instead of being cut."""
    columns = [c for c in _WIDTHS if c != "path"]
    cols = "".join(f'<col style="width:{w}%">' for w in _WIDTHS.values())
    head = "".join(
        f'<th scope="col">{html.escape(t(f"pcompare.col.{c}", lang))}</th>' for c in _WIDTHS
    )
    body = []
    for row in rows:
        cells = _cells(row, lang)
        tds = "".join(
            f"<td{' class=num' if c == 'steps' else ''}>{html.escape(cells[c])}</td>"
            for c in columns
        )
        body.append(
            f'<tr data-path="{html.escape(row.path)}" data-end="{row.end}">'
            f'<th scope="row">{html.escape(row.name)}</th>{tds}</tr>'
        )
    return (
        _TABLE_STYLE
        + f'<table class="polku-persona" lang="{lang}" data-testid="persona-table">'
        + f"<colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )


def chart(rows: list[PersonaRow], lang: str) -> go.Figure:
    """Steps walked per path; one trace per way of ending, each with its colour, pattern and
    words on the bar."""
    fig = go.Figure()
    for end, (colour, pattern) in END_STYLES.items():
        having = [r for r in rows if r.end == end]
        if not having:
            continue
        word = t(f"pcompare.end.{end}", lang)
        fig.add_bar(
            name=word,
            x=[r.name for r in having],
            y=[r.steps for r in having],
            text=[f"{r.steps} · {word}" for r in having],
            textposition="outside",
            textfont={"size": 15, "color": "#111111"},
            marker={
                "color": colour,
                "pattern": {"shape": pattern, "fillmode": "overlay", "fgcolor": "#ffffff"},
            },
            hovertemplate="%{x}: %{text}<extra></extra>",
        )
    most = max((r.steps for r in rows), default=1)
    fig.update_layout(
        title={"text": t("pcompare.chart_title", lang), "font": {"size": 15}},
        height=380,
        margin={"l": 10, "r": 10, "t": 70, "b": 10},
        plot_bgcolor="#ffffff",
        font={"size": 14},
        legend={"orientation": "h", "y": 1.1, "x": 0},
        xaxis={
            "categoryorder": "array",
            "categoryarray": [r.name for r in rows],
            "tickfont": {"size": 15, "color": "#111111"},
        },
        yaxis={
            "title": {"text": t("pcompare.chart_steps", lang), "font": {"color": "#111111"}},
            "dtick": 1,
            "range": [0, most + 1],
            "tickfont": {"color": "#111111"},
        },
        showlegend=True,
    )
    return fig


def _about(scenario, lang: str) -> None:
    source = scenario.source
    where = safe_link(resolve(source.title, lang, "fi").text, source.url)
    if source.publisher is not None:
        where += f" — {md(resolve(source.publisher, lang, 'fi').text)}"
    st.markdown(md(scenario_description(scenario, lang)))
    st.markdown(t("pcompare.source", lang, source=where))  # a link in a caption is too pale


@st.fragment
def persona_tab(graphs: dict[str, PathGraph], versions: dict[str, Hashable], lang: str) -> None:
    """`versions`: each path's file version, so a walk is played once per version."""
    if len(graphs) < 2:
        st.info(t("compare.need_two", lang))
        return
    st.caption(t("pcompare.intro", lang))
    found = scenarios()
    if not found:
        st.info(t("persona.none", lang))
        return
    # No one is chosen until the user (or the link) chooses: nothing is walked or drawn in a
    # tab that is not looked at, and the page's other charts stay the only ones on it.
    synced = sync("persona", list(found), None)
    if synced.rejected:
        st.info(
            md(t("pcompare.unknown", lang, value=synced.rejected[:60])), icon=":material/link_off:"
        )
    chosen = st.selectbox(
        t("persona.pick", lang),
        list(found),
        index=None,
        format_func=lambda sid: scenario_title(found[sid], lang),
        key="persona",
        placeholder=t("quiz.choose", lang),
    )
    scenario = found.get(chosen) if chosen else None
    if scenario is None:
        return
    _about(scenario, lang)
    walks = {pid: (g, walk_for(versions.get(pid), g, scenario)) for pid, g in graphs.items()}
    rows = persona_rows(walks, lang)
    st.html(table_html(rows, lang))
    st.download_button(
        t("pcompare.download", lang),
        persona_table(walks, lang).to_csv().encode("utf-8-sig"),  # a BOM: Excel reads UTF-8
        file_name=f"polku-{scenario.id}.csv",
        mime="text/csv",
        on_click="ignore",
        key=f"persona-csv-{scenario.id}",
    )
    st.plotly_chart(
        chart(rows, lang),
        width="stretch",
        key=f"persona-chart-{scenario.id}",
        config={"displaylogo": False, "toImageButtonOptions": {"filename": "polku-henkilo"}},
    )
    with st.expander(t("compare.chart_alt", lang)):
        st.markdown(
            "\n".join(
                "- "
                + md(
                    t(
                        "pcompare.chart_alt_row",
                        lang,
                        name=r.name,
                        n=r.steps,
                        end=t(f"pcompare.end.{r.end}", lang),
                    )
                )
                for r in rows
            )
        )
    st.subheader(t("pcompare.words_title", lang), anchor=False)
    who = scenario_title(scenario, lang).split(" – ")[0].split(",")[0]  # "Person A"
    st.markdown("\n".join(f"- {md(line)}" for line in persona_words(walks, who, lang)))
