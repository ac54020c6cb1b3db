"""Home's parts: the three ways in, a card per path, and the files for an administrator.

The ways in and the cards are CSS grids, so they follow the screen: three ways in a row and
two or three cards a row on a laptop (1280×720) or a projector (1920×1080), one under another
on a tablet held upright (800×1280). In the page's order a screen reader reads them as seen."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from components.changes import stale_notice
from components.library import SESSION_PREFIX, folders
from components.links import page_link
from components.safe import md
from polku.compare import short_names
from polku.i18n import t
from polku.loader import Library
from polku.summary import (
    NATIONAL_ID,
    Card,
    fallback_note,
    finding_where,
    national_id,
    ordered_ids,
    render_finding,
    validity_status,
    workshop_ids,
)

STYLE = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
.st-key-home-ways { display: grid !important; gap: 1rem;
  grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.st-key-home-ways > div, .st-key-home-ways > div > div { height: 100%; }
/* The way in's link sits at the bottom of its box, level with the others'. */
[class*="st-key-way-"] > div:last-child { margin-top: auto; }
.st-key-home-ways h3 { font-size: 1.55rem; line-height: 1.2; padding-top: .2rem; }
.st-key-home-ways p { font-size: 1.1rem; line-height: 1.45; }
.st-key-home-ways [data-testid="stPageLink-NavLink"] { background: #0063A6; border-radius: .5rem;
  padding: .55rem 1rem; }
.st-key-home-ways [data-testid="stPageLink-NavLink"]:hover { background: #004f86; }
.st-key-home-ways [data-testid="stPageLink-NavLink"] * { color: #FFFFFF !important;
  font-size: 1.1rem; font-weight: 600; }
.st-key-home-cards { display: grid !important; gap: 1rem;
  grid-template-columns: repeat(auto-fill, minmax(min(24rem, 100%), 1fr)); }
.st-key-home-cards h3 { font-size: 1.35rem; line-height: 1.25; }
.st-key-home-cards [data-testid="stPageLink-NavLink"] p { font-size: 1rem; }
@media (max-width: 900px) {
  .st-key-home-ways { grid-template-columns: 1fr; }
}
.st-key-home-intro p { font-size: 1.2rem; }
.st-key-home-count p { font-size: 1.1rem; }
/* A projector (1920×1080) is read from across a room. */
@media (min-width: 1600px) {
  .st-key-home-intro p { font-size: 1.4rem; }
  .st-key-home-ways h3 { font-size: 1.9rem; }
  .st-key-home-ways p { font-size: 1.3rem; }
  .st-key-home-ways [data-testid="stPageLink-NavLink"] * { font-size: 1.3rem; }
  .st-key-home-ways [data-baseweb="select"] div { font-size: 1.2rem; }
  .st-key-home-count p { font-size: 1.3rem; }
  .st-key-home-cards h3 { font-size: 1.6rem; }
  .st-key-home-cards p, .st-key-home-cards li { font-size: 1.15rem; }
}
</style>"""

STATUS_ICON = {
    "current": ":material/check_circle:",
    "past": ":material/history:",
    "future": ":material/schedule:",
}


def home_style() -> None:
    st.html(STYLE)


def _names(library: Library, ids: list[str], lang: str) -> str:
    names = short_names({pid: library.graphs[pid] for pid in ids}, lang)
    return ", ".join(names[pid] for pid in ids)


def ways_in(library: Library, lang: str, today: dt.date) -> None:
    """Where each of the three kinds of user starts: learning the service system (the
    onboarding on the national path), a client meeting (on the client's region's path), a
    workshop (comparing the national path with two regions in force)."""
    national = national_id(library.paths, today)
    if national is None:
        return
    ids = ordered_ids(library.paths, lang, today)
    names = short_names(library.graphs, lang)
    with st.container(key="home-ways"):
        with st.container(border=True, key="way-learn"):
            st.subheader(f":material/school: {t('home.learn.title', lang)}", anchor=False)
            st.markdown(t("home.learn.text", lang))
            st.markdown(md(t("home.opens", lang, paths=_names(library, [national], lang))))
            page_link(
                "pages/onboarding.py",
                label=t("home.learn.go", lang),
                icon=":material/arrow_forward:",
                query_params={"path": national, "lang": lang},
            )
        with st.container(border=True, key="way-meet"):
            st.subheader(f":material/groups: {t('home.meet.title', lang)}", anchor=False)
            st.markdown(t("home.meet.text", lang))

            def label(pid: str) -> str:
                status = validity_status(library.paths[pid], today)
                word = "" if status == "current" else f" · {t(f'card.status.{status}', lang)}"
                return names[pid] + word

            chosen = st.selectbox(
                t("home.meet.pick", lang),
                ids,
                index=ids.index(national),
                format_func=label,
                key="home-meet-path",
            )
            page_link(
                "pages/meeting.py",
                label=t("home.meet.go", lang),
                icon=":material/arrow_forward:",
                query_params={"path": chosen, "lang": lang},
            )
        with st.container(border=True, key="way-workshop"):
            st.subheader(
                f":material/compare_arrows: {t('home.workshop.title', lang)}", anchor=False
            )
            st.markdown(t("home.workshop.text", lang))
            if len(library.paths) < 2:
                st.markdown(t("compare.need_two_loaded", lang))
                return
            chosen_ids = workshop_ids(library.paths, today)
            st.markdown(md(t("home.opens", lang, paths=_names(library, chosen_ids, lang))))
            page_link(
                "pages/compare.py",
                label=t("home.workshop.go", lang),
                icon=":material/arrow_forward:",
                query_params={"paths": ",".join(chosen_ids), "lang": lang},
            )


def path_card(library: Library, c: Card, lang: str, today: dt.date) -> None:
    """One path: what it is, whether it is in force, what it covers, and the ways into it."""
    graph = library.graphs[c.id]
    with st.container(border=True, key=f"card-{c.id}"):
        st.subheader(md(c.title), anchor=False)
        stale_notice(library, c.id, c.title, lang)
        if c.title_fallback:
            st.caption(fallback_note(c.title_fallback, lang))
        st.markdown(
            f"{STATUS_ICON[c.status]} **{t(f'card.status.{c.status}', lang)}** · {c.validity}"
        )
        facts = [(t("card.region", lang), c.region_short)]
        if c.organiser_short:
            facts.append((t("card.organiser", lang), c.organiser_short))
        facts.append((t("card.updated", lang), c.updated))
        st.markdown("  \n".join(f"**{label}:** {md(value)}" for label, value in facts))
        if c.covers:
            st.markdown(md(c.covers))
        counts = [
            t("card.steps", lang, n=c.steps),
            t("card.actors", lang, n=c.actors),
            t("card.findings", lang, n=c.findings),
        ]
        st.markdown(" · ".join(counts))
        card_links(library, c.id, lang, today)
        shortened = (c.region, c.organiser, c.summary) != (
            c.region_short,
            c.organiser_short,
            c.covers,
        )
        if shortened:
            with st.expander(t("card.summary", lang)):
                lines = [f"**{t('card.region', lang)}:** {md(c.region)}"]
                if c.organiser:
                    lines.append(f"**{t('card.organiser', lang)}:** {md(c.organiser)}")
                st.markdown("  \n".join(lines))
                if c.summary:
                    st.markdown(md(c.summary))
        if graph.findings:
            with st.expander(t("card.findings_list", lang)):
                lines = []
                for f in graph.findings:
                    where = finding_where(graph, f, lang)
                    lines.append(f"- **{md(where)}** — {md(render_finding(f, lang))}")
                st.markdown("\n".join(lines))
        if library.files[c.id].startswith(SESSION_PREFIX):
            st.caption(t("own.card", lang))


def card_links(library: Library, path_id: str, lang: str, today: dt.date) -> None:
    """Explore the path, go through it with a client, compare it: with the national path, or
    (the national path itself, or a library without one) with the paths a workshop starts
    from."""
    if NATIONAL_ID in library.paths and path_id != NATIONAL_ID:
        compare, label = [path_id, NATIONAL_ID], "card.compare"
    else:
        others = [pid for pid in workshop_ids(library.paths, today) if pid != path_id]
        compare, label = [path_id, *others[:2]], "card.compare_others"
    with st.container(horizontal=True, gap="small"):
        page_link(
            "pages/explorer.py",
            label=t("card.explore", lang),
            icon=":material/route:",
            query_params={"path": path_id, "lang": lang},
        )
        page_link(
            "pages/meeting.py",
            label=t("card.meet", lang),
            icon=":material/groups:",
            query_params={"path": path_id, "lang": lang},
        )
        if len(compare) >= 2:
            page_link(
                "pages/compare.py",
                label=t(label, lang),
                icon=":material/compare_arrows:",
                query_params={"paths": ",".join(compare), "lang": lang},
            )


def admin_files(library: Library, lang: str) -> None:
    """Where the paths were loaded from: for whoever keeps the files, not on the cards."""
    with st.expander(t("home.admin", lang), icon=":material/folder_open:"):
        st.markdown(f"**{t('home.folders', lang)}:**  \n" + "  \n".join(md(f) for f in folders()))
        rows = [
            f"- {md(pid)}: {md(library.files[pid])}"
            for pid in sorted(library.paths)
            if not library.files[pid].startswith(SESSION_PREFIX)
        ]
        if rows:
            st.markdown(f"**{t('home.files', lang)}:**\n\n" + "\n".join(rows))
