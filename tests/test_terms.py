"""One term for one thing (docs/TERMS.md), and no UI text outside the catalogue."""

import ast
import re
from pathlib import Path

import pytest

from polku.i18n import LANGS
from polku.messages import MESSAGES

ROOT = Path(__file__).resolve().parent.parent

# The "Not" column of docs/TERMS.md, as patterns on the casefolded text.
REFUSED = {
    "fi": [r"lämmin siirto", r"lämpimä\w* siirto", r"vaihetyyp", r"havain", r"muistiinpano"],
    "sv": [r"varm överlämning", r"varmt överlämnande", r"\bskede", r"anmärkning"],
    "en": [r"handover", r"\bpathway", r"\bcustomer"],
}
# Where a refused word is the right one: the client's legal remedy (muistutus) is "anmärkning".
ALLOWED = {("notice.rights", "sv", "anmärkning")}


def texts(entry, lang: str) -> list[str]:
    value = entry[lang]
    return list(value.values()) if isinstance(value, dict) else [value]


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogue_uses_one_term_for_each_thing(lang):
    found = [
        (key, pattern)
        for key, entry in MESSAGES.items()
        for text in texts(entry, lang)
        for pattern in REFUSED[lang]
        if re.search(pattern, text.casefold()) and (key, lang, pattern) not in ALLOWED
    ]
    assert found == []


def test_the_terms_table_lists_what_the_test_refuses():
    table = (ROOT / "docs" / "TERMS.md").read_text(encoding="utf-8").casefold()
    for word in ("lämmin siirto", "varm överlämning", "handover", "havainto", "anmärkning"):
        assert word in table


# Streamlit calls whose first argument, or these keywords, are text a user reads.
WIDGETS = {
    "title", "header", "subheader", "markdown", "caption", "text", "write", "info", "warning",
    "error", "success", "toast", "button", "download_button", "link_button", "page_link",
    "checkbox", "toggle", "radio", "selectbox", "multiselect", "select_slider", "slider",
    "text_input", "text_area", "number_input", "date_input", "file_uploader", "expander",
    "popover", "metric", "segmented_control", "pills", "form_submit_button", "tabs", "status",
    "spinner", "dialog", "TextColumn", "NumberColumn", "SelectboxColumn", "CheckboxColumn",
    "LinkColumn", "Column", "ListColumn", "DateColumn",
}  # fmt: skip
TEXT_KEYWORDS = {"label", "help", "placeholder", "caption", "title", "body", "text"}


def _letters_in(node: ast.AST) -> list[str]:
    """The literal text (with letters) a node puts on screen: plain strings, the fixed parts
    of f-strings, the items of a list of labels. Icons (":material/…:") are not text."""
    out = []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(node, ast.List | ast.Tuple):
        return [text for item in node.elts for text in _letters_in(item)]
    else:
        return out
    for part in parts:
        bare = re.sub(r":material/\w+:", "", part)
        bare = re.sub(r"</?\w+[^>]*>|&\w+;", "", bare)  # markup around catalogue text
        if re.search(r"[^\W\d_]{2,}", bare):
            out.append(part)
    return out


def literal_ui_strings(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if name not in WIDGETS:
            continue
        args = [*node.args[:1], *(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)]
        if name == "page_link":  # its first argument is the page's file
            args = args[1:]
        found += [(node.lineno, text) for arg in args for text in _letters_in(arg)]
    return found


UI_FILES = sorted(
    [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "components").glob("*.py")]
)


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.name)
def test_no_ui_text_outside_the_catalogue(path):
    """Every label, heading and message a page shows comes from `t()`: a literal with words
    in it would stay in one language."""
    assert literal_ui_strings(path) == []


def test_the_scan_finds_a_literal_label(tmp_path):
    page = tmp_path / "page.py"
    page.write_text(
        "import streamlit as st\n"
        "st.button('Tallenna')\n"
        "st.markdown(f'**{t(\"x\", lang)}**')\n"
        "st.selectbox(t('a', lang), options, help='Valitse polku')\n"
        "st.page_link('pages/x.py', label=t('b', lang), icon=':material/route:')\n"
        "st.tabs(['Yksi', t('c', lang)])\n"
    )
    assert literal_ui_strings(page) == [(2, "Tallenna"), (4, "Valitse polku"), (6, "Yksi")]
