"""Your own path: upload a file, start from the template or copy a loaded path, edit it in
tables with a live preview, and download it. It lives in this browser session only."""

import copy

import streamlit as st

from components import own_editor
from components.library import MAX_OWN, parse_text, publish, session_file, shared_library, today
from components.own_editor import DRAFT
from components.path_diagram import path_diagram
from components.safe import md
from components.shell import require_shell
from components.uploader import file_uploader
from polku.edit import TABLES, to_tables
from polku.i18n import LANG_NAMES, t
from polku.loader import MAX_BYTES, LoadError, load_text
from polku.models import LANGS
from polku.summary import ordered_ids
from polku.template import template
from polku.text import resolve
from polku.yaml_out import raw

lang = require_shell()
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


# --- starting points -----------------------------------------------------------------------------
# Side by side while each has room; a tablet beside the sidebar stacks them full width instead
# of three boxes 9 letters wide whose buttons break mid-word.
st.html(
    "<style>.st-key-own-starts [data-testid='stColumn'] { min-width: min(100%, 15rem); }</style>"
)
c1, c2, c3 = st.container(key="own-starts").columns(3)
with c1.container(border=True):
    st.markdown(f"**{t('own.upload', lang)}**")
    upload = file_uploader(
        t("own.upload_label", lang), key="own-upload", help=t("own.upload_help", lang), lang=lang
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
    format_func=LANG_NAMES.get,
)
if edit_lang != draft["lang"]:
    draft["lang"] = edit_lang
    draft["v"] = {k: n + 1 for k, n in draft["v"].items()}  # the tables show other text now

# Whether the draft is valid and what to do with it, then the tables at full width: a step
# has six columns, and a narrower editor would scroll sideways.
state, actions = st.columns([3, 2])
with state:
    result = own_editor.status(draft, lang)
with actions:
    own_editor.actions(draft, result, lang)
own_editor.tables(draft, to_tables(draft["data"], draft["lang"]), lang)

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
