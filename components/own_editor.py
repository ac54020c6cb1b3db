"""The own-path editor: one table per part of the draft; above them, whether the draft is
valid (a valid one is published to the session), its download and discarding it.

Every code of the format (actor, phase and step kinds, roles, handoffs) is a drop-down of the
codes' names in the UI language; a reference to a phase, step or actor is a drop-down of their
titles or names. The cells hold those names and an edit turns them back into codes and ids
before it reaches the draft, so the YAML never holds a name. (`SelectboxColumn(format_func=…)`
would draw the name but leave the code in the grid's accessible table, read by screen readers,
and in a copied cell.)
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from components.library import MAX_OWN, OWN, parse_text, publish, withdraw
from components.links import page_link
from components.safe import md
from polku.edit import TABLES, apply_edit, delta_codes, reference_labels
from polku.i18n import day, t
from polku.loader import LoadResult
from polku.models import ACTOR_KINDS, HANDOFFS, PHASE_KINDS, ROLE_KINDS, STEP_KINDS
from polku.summary import finding_where, render_finding
from polku.text import upper_first
from polku.yaml_out import dump_raw

DRAFT = "_own_draft"  # {"data", "lang", "v": {table: n}, "published", "valid_text"}
CONFIRM_DISCARD = "_own_confirm_discard"

# The codes each drop-down offers, by (table, column), and the catalogue prefix of their names.
CODES: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {
    ("actors", "kind"): (ACTOR_KINDS, "actor_kind"),
    ("phases", "kind"): (PHASE_KINDS, "phase_kind"),
    ("steps", "kind"): (STEP_KINDS, "step_kind"),
    ("roles", "role"): (ROLE_KINDS, "role"),
    ("transitions", "handoff"): (HANDOFFS, "own.handoff"),
}
# A handoff may be left unstated: a choice of its own, not an empty cell that the grid would
# show as "None".
UNSTATED = {("transitions", "handoff"): "own.handoff.none"}
# Columns that hold the id of a row in another table.
REFERENCES: dict[tuple[str, str], str] = {
    ("steps", "phase"): "phases",
    ("roles", "step"): "steps",
    ("roles", "actor"): "actors",
    ("transitions", "from"): "steps",
    ("transitions", "to"): "steps",
}
# A drop-down's width in pixels: its list is as wide as the column, and the longest names
# ("Sektorsövergripande bedömning") wrap onto two lines rather than being cut.
WIDTH = 220
HELP = {"id", "start", "handoff"}  # columns whose header has a tooltip (own.help.*)


def code_name(prefix: str, code: str, lang: str) -> str:
    """A code's name as a drop-down shows it: the catalogue's name, with a capital letter."""
    return upper_first(t(f"{prefix}.{code}", lang))


def shown_names(name: str, refs: dict[str, dict[str, str]], lang: str) -> dict[str, dict[str, str]]:
    """The names a table's drop-downs show: {column: {code or id: name}}."""
    out = {
        col: {code: code_name(prefix, code, lang) for code in codes}
        for (table, col), (codes, prefix) in CODES.items()
        if table == name
    }
    for (table, col), key in UNSTATED.items():
        if table == name:
            out[col] = {**out[col], "": t(key, lang)}
    out.update({col: refs[target] for (table, col), target in REFERENCES.items() if table == name})
    return out


def column(col: str, names: dict[str, str] | None, lang: str) -> Any:
    label = t(f"own.col.{col}", lang)
    tip = t(f"own.help.{col}", lang) if col in HELP else None
    if names is not None:
        unstated = names.get("")  # then a new row starts with it, and there is no blank
        return st.column_config.SelectboxColumn(
            label,
            help=tip,
            width=WIDTH,
            options=list(names.values()),
            default=unstated,
            required=unstated is not None,
        )
    if col == "start":
        return st.column_config.CheckboxColumn(label, help=tip)
    return st.column_config.TextColumn(label, help=tip, max_chars=2000)


def _commit(name: str, codes: dict[str, dict[str, str]]) -> None:
    """Apply one editor's change to the draft, the names its drop-downs showed turned back
    into codes. The editor is then remounted on the new draft, so its change is never
    applied twice."""
    d = st.session_state[DRAFT]
    delta = st.session_state.get(f"own-ed-{name}-{d['v'][name]}") or {}
    d["data"], renamed = apply_edit(d["data"], d["lang"], name, delta_codes(delta, codes))
    d["v"] = {k: n + (1 if k == name or renamed else 0) for k, n in d["v"].items()}


def tables(draft: dict, tables: dict[str, list[dict[str, Any]]], lang: str) -> None:
    """One tab and one table per part of the draft, headed and labelled in `lang`. A
    drop-down's cells hold the names it shows (so a screen reader and a copied cell give the
    name too), and `_commit` turns them back into codes."""
    refs = reference_labels(tables)
    tabs = st.tabs([t(f"own.tab.{name}", lang) for name in TABLES])
    for tab, name in zip(tabs, TABLES, strict=True):
        names = shown_names(name, refs, lang)
        rows = [
            {k: names[k].get(v, v) if k in names else v for k, v in row.items()}
            for row in tables[name]
        ]
        with tab:
            st.caption(t(f"own.tab_help.{name}", lang))
            st.data_editor(
                pd.DataFrame(rows, columns=list(TABLES[name])),
                key=f"own-ed-{name}-{draft['v'][name]}",
                num_rows="dynamic",
                hide_index=True,
                width="stretch",
                column_config={col: column(col, names.get(col), lang) for col in TABLES[name]},
                on_change=_commit,
                args=(name, {col: {v: k for k, v in m.items()} for col, m in names.items()}),
            )
    st.caption(t("own.tables_help", lang))


def in_force(result: LoadResult, lang: str) -> str:
    """When the valid draft applies and when it was checked, dates as `lang` writes them."""
    path = result.path
    parts = []
    if path.valid_from and path.valid_until:
        start, end = day(path.valid_from, lang), day(path.valid_until, lang)
        parts.append(t("own.in_force_range", lang, start=start, end=end))
    elif path.valid_from:
        parts.append(t("own.in_force_from", lang, start=day(path.valid_from, lang)))
    parts.append(t("own.updated", lang, date=day(path.updated, lang)))
    return upper_first(" · ".join(parts))


def discard() -> None:
    draft = st.session_state.pop(DRAFT, None) or {}
    if draft.get("published"):
        withdraw(draft["published"])
    st.session_state.pop(CONFIRM_DISCARD, None)


def status(draft: dict, lang: str) -> LoadResult:
    """Whether the draft is valid (and why not), when it applies and its findings. A valid
    draft is published to the session."""
    text = dump_raw(draft["data"])
    result, graph = parse_text(text)  # cached on the text: a rerun without an edit parses nothing
    if result.ok:
        path = result.path
        if draft.get("published") and draft["published"] != path.id:
            withdraw(draft["published"])  # the id changed: the old one goes
        n = len(graph.findings)
        if publish(path.id, text):
            draft["published"] = path.id
            st.success(t("own.valid", lang, id=path.id, n=n), icon=":material/check:")
        else:  # the session holds MAX_OWN other paths: valid, but not in use
            draft.pop("published", None)
            st.warning(t("own.too_many", lang, n=MAX_OWN))
        st.caption(in_force(result, lang))  # dates and catalogue words: no file text
        draft["valid_text"] = text
        if graph.findings:
            with st.expander(t("own.findings", lang, n=n)):
                st.markdown(
                    "\n".join(
                        f"- **{md(finding_where(graph, f, lang))}** — {md(render_finding(f, lang))}"
                        for f in graph.findings
                    )
                )
    else:
        st.error(
            t("own.invalid", lang)
            + "\n\n"
            + "\n".join(f"- {md(e.render(lang))}" for e in result.errors[:20]),
            icon=":material/error:",
        )
    return result


def actions(draft: dict, result: LoadResult, lang: str) -> None:
    """The download, a link to the explorer, discarding, and the session's own paths."""
    text = dump_raw(draft["data"])
    st.download_button(
        t("own.download", lang),
        text.encode("utf-8"),
        file_name=f"{draft['data'].get('id') or 'polku'}.yaml",
        mime="application/x-yaml",
        key="own-download",
        type="primary",
    )
    if result.ok:
        page_link(
            "pages/explorer.py",
            label=t("own.open_explorer", lang),
            icon=":material/route:",
            query_params={"path": result.path.id, "lang": lang},
        )
    if st.session_state.get(CONFIRM_DISCARD):
        st.warning(t("own.discard_q", lang))
        a, b = st.columns(2)
        a.button(t("own.discard_yes", lang), key="own-discard-yes", on_click=discard)
        b.button(
            t("own.replace_no", lang),
            key="own-discard-no",
            on_click=lambda: st.session_state.pop(CONFIRM_DISCARD, None),
        )
    else:
        st.button(
            t("own.discard", lang),
            key="own-discard",
            on_click=lambda: st.session_state.update({CONFIRM_DISCARD: True}),
        )
    if st.session_state.get(OWN):
        st.caption(t("own.session_only", lang, ids=", ".join(sorted(st.session_state[OWN]))))
