"""Your own path: upload a file, start from the template or copy a loaded path, edit it in
tables with a live preview, and download it. It lives in this browser session only."""

import copy

import pandas as pd
import streamlit as st

from components.library import (
    MAX_OWN,
    OWN,
    parse_text,
    publish,
    session_file,
    shared_library,
    today,
    withdraw,
)
from components.links import page_link
from components.path_diagram import path_diagram
from components.safe import md
from components.shell import require_shell
from polku.edit import TABLES, apply_tables, rename_step, to_tables
from polku.i18n import t
from polku.loader import MAX_BYTES, LoadError, load_text
from polku.models import ACTOR_KINDS, HANDOFFS, LANGS, PHASE_KINDS, ROLE_KINDS, STEP_KINDS
from polku.summary import finding_where, ordered_ids, render_finding
from polku.template import template
from polku.text import resolve
from polku.yaml_out import dump_raw, raw

lang = require_shell()
DRAFT = "_own_draft"  # {"data", "lang", "v": {table: n}, "published", "valid_text"}
PENDING = "_own_pending"  # a start that would replace the draft, waiting for a yes
UPLOAD_SEEN = "_own_upload_seen"
NOTICE = "_own_notice"  # (kind, lines) from the last upload, shown until the next one

st.title(t("nav.own", lang))
st.caption(t("own.intro", lang))


def start(data: dict, origin: str) -> None:
    """Make `data` the draft; ask first when that would replace a draft."""
    if st.session_state.get(DRAFT):
        st.session_state[PENDING] = {"data": data, "origin": origin}
    else:
        _replace(data)


def _replace(data: dict) -> None:
    old = st.session_state.get(DRAFT) or {}
    versions = {name: old.get("v", {}).get(name, 0) + 1 for name in TABLES}
    st.session_state[DRAFT] = {
        "data": data,
        "lang": data.get("language", "fi") if data.get("language") in LANGS else "fi",
        "v": versions,
        "published": old.get("published"),
        "valid_text": None,
    }
    st.session_state.pop(PENDING, None)


def discard() -> None:
    draft = st.session_state.pop(DRAFT, None) or {}
    if draft.get("published"):
        withdraw(draft["published"])
    st.session_state.pop("_own_confirm_discard", None)


# --- starting points -----------------------------------------------------------------------------
c1, c2, c3 = st.columns(3)
with c1.container(border=True):
    st.markdown(f"**{t('own.upload', lang)}**")
    upload = st.file_uploader(
        t("own.upload_label", lang),
        type=["yaml", "yml"],
        key="own-upload",
        help=t("own.upload_help", lang),
    )
    if upload is not None and st.session_state.get(UPLOAD_SEEN) != upload.file_id:
        st.session_state[UPLOAD_SEEN] = upload.file_id
        if upload.size > MAX_BYTES:  # checked before reading a byte of it
            error = LoadError(
                upload.name, "err.too_large", params=(("size", upload.size), ("limit", MAX_BYTES))
            )
            st.session_state[NOTICE] = ("error", [error.render(lang)])
        else:
            result = load_text(upload.getvalue(), upload.name)
            if result.ok and not publish(result.path.id, upload.getvalue().decode("utf-8-sig")):
                st.session_state[NOTICE] = ("error", [t("own.too_many", lang, n=MAX_OWN)])
            elif result.ok:
                lines = [t("own.uploaded", lang, id=result.path.id)]
                if result.path.id in shared_library().paths:
                    lines.append(t("own.replaces", lang, id=result.path.id))
                st.session_state[NOTICE] = ("success", lines)
                start(raw(result.path), upload.name)
            else:
                st.session_state[NOTICE] = ("error", [e.render(lang) for e in result.errors])
    notice = st.session_state.get(NOTICE)
    if notice:
        kind, lines = notice
        (st.success if kind == "success" else st.error)(
            "\n".join(f"- {md(line)}" for line in lines), icon=None
        )

with c2.container(border=True):
    st.markdown(f"**{t('own.template', lang)}**")
    region = st.text_input(t("own.region", lang), key="own-region", max_chars=80)
    text = template(region, lang)
    if st.button(t("own.start_template", lang), key="own-start-template"):
        start(raw(load_text(text, "template.yaml").path), "template")
        st.rerun()
    st.download_button(
        t("own.download_template", lang),
        text.encode("utf-8"),
        file_name="polku-pohja.yaml",
        mime="application/x-yaml",
        key="own-template-download",
    )

with c3.container(border=True):
    st.markdown(f"**{t('own.copy', lang)}**")
    shared = shared_library()
    ids = ordered_ids(shared.paths, lang, today())
    if ids:
        source = st.selectbox(
            t("own.copy_which", lang),
            ids,
            key="own-copy-which",
            format_func=lambda pid: (
                resolve(shared.paths[pid].title, lang, shared.paths[pid].language).text
            ),
        )
        if st.button(t("own.start_copy", lang), key="own-start-copy"):
            data = copy.deepcopy(raw(shared.paths[source]))
            data["id"] = f"{source}-oma"[:64]
            start(data, source)
            st.rerun()

pending = st.session_state.get(PENDING)
if pending:
    st.warning(t("own.replace_q", lang), icon=":material/warning:")
    y, n = st.columns(2)
    y.button(
        t("own.replace_yes", lang),
        key="own-replace-yes",
        on_click=_replace,
        args=(pending["data"],),
        type="primary",
    )
    n.button(
        t("own.replace_no", lang),
        key="own-replace-no",
        on_click=lambda: st.session_state.pop(PENDING, None),
    )

draft = st.session_state.get(DRAFT)
if not draft:
    st.info(t("own.no_draft", lang))
    st.stop()

# --- the editor ----------------------------------------------------------------------------------
st.divider()
edit_lang = st.radio(
    t("own.edit_lang", lang),
    LANGS,
    index=LANGS.index(draft["lang"]),
    horizontal=True,
    key="own-edit-lang",
    format_func=lambda code: {"fi": "Suomi", "sv": "Svenska", "en": "English"}[code],
)
if edit_lang != draft["lang"]:
    draft["lang"] = edit_lang
    draft["v"] = {k: n + 1 for k, n in draft["v"].items()}  # the tables show other text now

tables = to_tables(draft["data"], draft["lang"])


def commit(name: str) -> None:
    """Apply one editor's change to the draft. The editor is then remounted on the new draft,
    so its change is never applied twice."""
    d = st.session_state[DRAFT]
    key = f"own-ed-{name}-{d['v'][name]}"
    delta = st.session_state.get(key) or {}
    current = to_tables(d["data"], d["lang"])
    rows = [dict(r) for r in current[name]]
    renamed = {}
    for index, changes in (delta.get("edited_rows") or {}).items():
        i = int(index)
        if i < len(rows):
            if name == "steps" and "id" in changes and rows[i]["id"]:
                renamed[rows[i]["id"]] = changes["id"]
            rows[i].update(changes)
    deleted = {int(i) for i in delta.get("deleted_rows") or []}
    rows = [r for i, r in enumerate(rows) if i not in deleted]
    rows += [{k: r.get(k, "") for k in TABLES[name]} for r in delta.get("added_rows") or []]
    current[name] = rows
    for old, new in renamed.items():  # a step's roles and transitions follow its new id
        current = rename_step(current, old, new)
    d["data"] = apply_tables(d["data"], current, d["lang"])
    d["v"] = {k: n + (1 if k == name or renamed else 0) for k, n in d["v"].items()}


step_ids = [r["id"] for r in tables["steps"] if r["id"]]
options = {
    "kind_actor": list(ACTOR_KINDS),
    "kind_phase": list(PHASE_KINDS),
    "kind_step": list(STEP_KINDS),
    "phase": [r["id"] for r in tables["phases"] if r["id"]],
    "step": step_ids,
    "actor": [r["id"] for r in tables["actors"] if r["id"]],
    "role": list(ROLE_KINDS),
    "handoff": list(HANDOFFS),
}


def column(name: str, col: str):
    label = t(f"own.col.{col}", lang)
    choices = {
        ("actors", "kind"): "kind_actor",
        ("phases", "kind"): "kind_phase",
        ("steps", "kind"): "kind_step",
        ("steps", "phase"): "phase",
        ("roles", "step"): "step",
        ("roles", "actor"): "actor",
        ("roles", "role"): "role",
        ("transitions", "from"): "step",
        ("transitions", "to"): "step",
        ("transitions", "handoff"): "handoff",
    }.get((name, col))
    if choices:
        return st.column_config.SelectboxColumn(label, options=options[choices])
    if col == "start":
        return st.column_config.CheckboxColumn(label)
    return st.column_config.TextColumn(label, max_chars=2000)


editor, preview = st.columns([3, 2])
with editor:
    tabs = st.tabs([t(f"own.tab.{name}", lang) for name in TABLES])
    for tab, name in zip(tabs, TABLES, strict=True):
        with tab:
            frame = pd.DataFrame(tables[name], columns=list(TABLES[name]))
            st.data_editor(
                frame,
                key=f"own-ed-{name}-{draft['v'][name]}",
                num_rows="dynamic",
                hide_index=True,
                width="stretch",
                column_config={col: column(name, col) for col in TABLES[name]},
                on_change=commit,
                args=(name,),
            )
    st.caption(t("own.tables_help", lang))

# --- validation, publishing and the preview ------------------------------------------------------
text = dump_raw(draft["data"])
result, graph = parse_text(text)  # cached on the text: a rerun without an edit parses nothing
with preview:
    if result.ok:
        path = result.path
        if draft.get("published") and draft["published"] != path.id:
            withdraw(draft["published"])  # the id changed: the old one goes
        if publish(path.id, text):
            draft["published"] = path.id
            st.success(
                t("own.valid", lang, id=path.id, n=len(graph.findings)), icon=":material/check:"
            )
        else:  # the session holds MAX_OWN other paths: valid, but not in use
            draft.pop("published", None)
            st.warning(t("own.too_many", lang, n=MAX_OWN))
        draft["valid_text"] = text
        if graph.findings:
            with st.expander(t("own.findings", lang, n=len(graph.findings))):
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
    if st.session_state.get("_own_confirm_discard"):
        st.warning(t("own.discard_q", lang))
        a, b = st.columns(2)
        a.button(t("own.discard_yes", lang), key="own-discard-yes", on_click=discard)
        b.button(
            t("own.replace_no", lang),
            key="own-discard-no",
            on_click=lambda: st.session_state.pop("_own_confirm_discard", None),
        )
    else:
        st.button(
            t("own.discard", lang),
            key="own-discard",
            on_click=lambda: st.session_state.update({"_own_confirm_discard": True}),
        )
    if st.session_state.get(OWN):
        st.caption(t("own.session_only", lang, ids=", ".join(sorted(st.session_state[OWN]))))

# The preview at full width, as large as the explorer's: the editor's column would show a
# step and a half of it.
shown = draft.get("valid_text")
if shown:
    last_result, shown_graph = parse_text(shown)
    last = last_result.path
    st.subheader(t("own.preview", lang), anchor=False)
    if not result.ok:
        st.caption(t("own.preview_last", lang))
    path_diagram(
        session_file(last.id, shown),
        last.id,
        shown_graph,
        lang,
        key="own-diagram",
        selected=None,
        on_select=lambda _step: None,
    )
