"""Law and timeline: the laws with Finlex links, the reforms, the announced wind-down, the
client's rights, and a timeline of when each loaded description applies (with its text)."""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from components.notices import notice_sources
from components.safe import md
from components.step_panel import safe_link
from polku.i18n import day, t
from polku.loader import Library
from polku.reference import client_rights, laws, reforms, wind_down
from polku.summary import validity_status, validity_text


def law_and_timeline(
    library: Library,
    path_ids: list[str],
    lang: str,
    title_of: Callable[[str], str],
    today: dt.date,
) -> None:
    def validity(pid: str) -> str:
        return validity_text(library.paths[pid], lang, date=lambda d: day(d, lang))

    st.subheader(t("onb.laws", lang), anchor=False)
    st.markdown(
        "\n".join(f"- {safe_link(f'{law.names[lang]} {law.number}', law.url)}" for law in laws())
    )
    st.subheader(t("onb.reforms", lang), anchor=False)
    st.markdown(
        "\n".join(
            f"- **{day(r.date, lang)}** — {md(r.texts[lang])}  \n  *{md(r.source)}*"
            for r in reforms()
        )
    )
    current = [p for p in path_ids if validity_status(library.paths[p], today) == "current"]
    st.subheader(t("notice.wind_down", lang), anchor=False)
    notice = wind_down()
    st.markdown(md(notice.pro[lang]))
    if current:
        st.markdown(
            t("onb.wind_down_paths", lang)
            + "\n"
            + "\n".join(f"- {md(title_of(pid))}" for pid in current)
        )
    st.caption(notice_sources(notice, lang))
    st.subheader(t("notice.rights", lang), anchor=False)
    st.markdown(md(client_rights().pro[lang]))
    st.caption(notice_sources(client_rights(), lang))
    st.subheader(t("onb.timeline", lang), anchor=False)
    st.plotly_chart(
        _timeline(library, path_ids, lang, title_of, today, validity),
        width="stretch",
        config={"displaylogo": False},
    )
    with st.expander(t("onb.timeline_alt", lang)):
        st.markdown(
            "\n".join(
                f"- {md(title_of(pid))}: {validity(pid)}"
                f" ({t('validity.' + validity_status(library.paths[pid], today), lang)})"
                for pid in path_ids
            )
        )


def _timeline(library, path_ids, lang, title_of, today, validity) -> go.Figure:
    start = min(
        [p.valid_from for p in library.paths.values() if p.valid_from] + [dt.date(2019, 1, 1)]
    )
    end = max(today, *(r.date for r in reforms())) + dt.timedelta(days=180)
    fig = go.Figure()

    def plot_label(title: str) -> str:
        # Plotly reads tags in text: escape file strings, then wrap long titles.
        return "<br>".join(html.escape(line) for line in textwrap.wrap(title, 38))

    titles = [title_of(pid) for pid in path_ids]
    labels = {  # one row per path, even when two files share a title
        pid: plot_label(title if titles.count(title) == 1 else f"{title} ({pid})")
        for pid, title in zip(path_ids, titles, strict=True)
    }
    for pid in reversed(path_ids):
        p = library.paths[pid]
        a, b = p.valid_from or start, p.valid_until or end
        current = validity_status(p, today) == "current"
        fig.add_trace(
            go.Bar(
                y=[labels[pid]],
                x=[(b - a).days * 86_400_000],
                base=[a.isoformat()],  # Plotly's own axis value, not shown as text
                orientation="h",
                marker_color="#0072B2" if current else "#C8C8C8",
                text=[html.escape(validity(pid))],
                textposition="auto",  # outside a bar too short to hold it
                insidetextanchor="middle",
                insidetextfont={"color": "#FFFFFF" if current else "#0B0D10"},
                outsidetextfont={"color": "#0B0D10"},
                hovertemplate="%{y}<br>%{text}<extra></extra>",
                showlegend=False,
            )
        )
    for i, r in enumerate(reforms()):
        fig.add_vline(x=r.date.isoformat(), line_dash="dash", line_color="#D55E00")
        fig.add_annotation(  # staggered: reforms can be months apart
            x=r.date.isoformat(),
            y=1.02 + 0.08 * (i % 2),
            yanchor="bottom",
            yref="paper",
            showarrow=False,
            text=day(r.date, lang),
            font={"color": "#8A3B00"},
        )
    fig.add_vline(x=today.isoformat(), line_color="#111111")
    fig.add_annotation(
        x=today.isoformat(),
        y=1.10,
        yref="paper",
        yanchor="bottom",
        showarrow=False,
        text=f"<b>{t('onb.today', lang)}</b>",
    )
    fig.update_layout(
        # Years only on the axis: Plotly writes month names in English whatever the language.
        xaxis={
            "type": "date",
            "range": [start.isoformat(), end.isoformat()],
            "tickformat": "%Y",
            "dtick": "M12",
        },
        height=120 + 42 * len(path_ids),
        margin={"l": 10, "r": 10, "t": 50, "b": 40},
        plot_bgcolor="#ffffff",
        font={"size": 13},
    )
    return fig
