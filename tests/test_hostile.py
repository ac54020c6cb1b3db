"""The hostile-input corpus in tests/hostile/: every broken file gets a clear message in all
three languages and runs nothing; the valid file full of markup and DOT syntax renders with its
text shown literally everywhere (diagram SVG, side-by-side SVG, handout PDF and HTML, tables,
summary, every page); link parameters read nothing outside the paths folders."""

import datetime as dt
import io
import os
import re
from pathlib import Path

import pypdf
import pytest
import yaml

from polku.compare_diagram import build_side_by_side
from polku.describe import step_sentences
from polku.diagram import build, render_variants
from polku.exports import comparison_summary, role_matrix_table
from polku.graph import PathGraph
from polku.handout import handout_content, handout_html, handout_pdf
from polku.layout import render_svg
from polku.loader import load_file, load_library
from polku.models import LANGS
from tests.apptest import run_page
from tests.conftest import ROOT, SHIPPED

HOSTILE = ROOT / "tests" / "hostile"
BROKEN = sorted(p for p in HOSTILE.glob("*.yaml") if p.name != "hostile-text.yaml")
PWNED = Path("/tmp/polku-pwned")


@pytest.fixture(scope="module")
def hostile() -> PathGraph:
    result = load_file(HOSTILE / "hostile-text.yaml")
    assert result.ok, result.errors
    return PathGraph(result.path)


@pytest.mark.parametrize("file", BROKEN, ids=lambda p: p.name)
def test_every_broken_file_gets_a_located_message_in_every_language(file):
    PWNED.unlink(missing_ok=True)
    result = load_file(file)
    assert not result.ok and result.errors
    for lang in LANGS:
        for error in result.errors:
            text = error.render(lang)
            assert text.startswith(f"{file}:") and len(text) > len(str(file)) + 10
            assert "Traceback" not in text
    assert not PWNED.exists()  # the python tag ran nothing


def test_a_2_mb_file_is_refused_by_its_size(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_text("format: 1\n# " + "x" * (2 * 1024 * 1024) + "\n", encoding="utf-8")
    (error,) = load_file(big).errors
    assert error.key == "err.too_large"


def test_the_corpus_never_stops_the_other_files_loading():
    library = load_library([HOSTILE, SHIPPED])
    assert set(load_library([SHIPPED]).paths) <= set(library.paths)
    assert "vihamielinen" in library.paths
    assert len(library.failed) == len(BROKEN)


def _svg_text_is_literal(svg: str) -> None:
    assert "<script" not in svg and "<b>" not in svg and "<TABLE" not in svg
    assert "&lt;script&gt;" in svg  # the label, as text (Graphviz may wrap it over lines)
    assert "javascript:" not in re.sub(r"<text[^>]*>[^<]*</text>", "", svg)  # only as text


@pytest.mark.parametrize("lang", LANGS)
def test_diagrams_show_the_text_literally(hostile, lang):
    _svg_text_is_literal(render_svg(build(hostile, lang).dot))
    graphs = {"vihamielinen": hostile}
    side = build_side_by_side(
        graphs | {"toinen": hostile}, {"vihamielinen": "<b>", "toinen": "x"}, lang
    )
    for svg in render_variants(side).values():  # with the row headings drawn in
        _svg_text_is_literal(svg)


def test_the_handout_shows_the_text_literally(hostile):
    content = handout_content(hostile, "s1", "fi")
    flat = " ".join(
        "".join(
            p.extract_text() for p in pypdf.PdfReader(io.BytesIO(handout_pdf(content))).pages
        ).split()
    )
    assert "<script>alert(1)</script>" in flat
    page = handout_html(content)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'href="javascript' not in page


def test_tables_summary_and_text_alternative_keep_the_text_as_text(hostile):
    table = role_matrix_table(hostile, "fi")
    assert any("<script>" in str(i) for i in table.index)  # data stays data in a CSV
    summary = comparison_summary({"vihamielinen": hostile, "b": hostile}, "fi")
    assert "<script>" not in summary and "](javascript" not in summary
    assert any("<script>" in s for s in step_sentences(hostile, "en"))


@pytest.mark.parametrize("page_name", ["explorer", "meeting", "onboarding", "compare"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders_the_corpus_without_an_error(monkeypatch, page_name, lang):
    at = run_page(monkeypatch, page=page_name, folder=HOSTILE, lang=lang, path="vihamielinen")
    shown = [m.value for m in at.markdown] + [m.value for m in at.caption]
    for value in shown:
        assert "<script>" not in value, value  # escaped as \<script\> for Markdown
        assert "](javascript" not in value, value
    # What is shown is the file's text, every character of it, as typed.
    title = yaml.safe_load((HOSTILE / "hostile-text.yaml").read_text(encoding="utf-8"))
    title = title["steps"][0]["title"]
    assert "\\" not in title  # so unescaping is stripping every backslash
    heading = {
        "explorer": lambda: at.subheader[0].value,
        "meeting": lambda: at.header[0].value,
        "onboarding": lambda: at.subheader[0].value.removeprefix("1\\. "),
    }
    if page_name in heading:
        assert heading[page_name]().replace("\\", "") == title
        assert "\\<script\\>alert\\(1\\)\\<\\/script\\>" in heading[page_name]()
    else:  # the corpus has one valid path: nothing to compare it with
        need_two = {
            "fi": "Vertailuun tarvitaan vähintään kaksi ladattua polkua.",
            "sv": "Jämförelsen behöver minst två inlästa stigar.",
            "en": "Comparing needs at least two loaded paths.",
        }
        assert [i.value for i in at.info] == [need_two[lang]]


USES = {
    "explorer": {"path", "step", "actor"},
    "meeting": {"path", "step"},
    "onboarding": {"path", "role"},
    "compare": {"paths"},
}
EVIL = "../../etc/passwd"
LINKS = {  # the link, and the language the session is in
    "evil-path": ({"path": EVIL}, "en"),
    "evil-step-actor-role": (
        {"path": "vihamielinen", "step": EVIL, "actor": "<script>", "role": EVIL},
        "en",
    ),
    "absolute-path-sv": ({"path": "/etc/passwd"}, "sv"),
    "evil-paths": ({"paths": f"{EVIL},vihamielinen,%00"}, "en"),
}
# With tests/hostile and paths/ loaded on 2026-11-23, the paths in force by title start in
# English "Central Ostrobothnia …" (keski-pohjanmaa), "North Ostrobothnia …"
# (pohjois-pohjanmaa); in Swedish "Arbetsverksamhet …" (kansallinen), "Mellersta Österbotten …"
# (keski-pohjanmaa). The first is each page's default; compare opens with the first two.
CENTRAL = "Central Ostrobothnia – rehabilitative work activity and work ability support (Soite)"
NATIONAL_SV = "Arbetsverksamhet i rehabiliteringssyfte – nationell ram 2025–2026"
NOT_FOUND = f"The path “{EVIL}” in the link was not found; showing {CENTRAL}."
NOT_FOUND_SV = f"Stigen ”/etc/passwd” i länken hittades inte; visar {NATIONAL_SV}."
BAD_STEP = f"The step “{EVIL}” in the link is not on this path; showing the first step."
# page, link: (the link warnings, each given whole or by its start; the widgets' values)
EXPECTED = {
    ("explorer", "evil-path"): ([NOT_FOUND], {"path": "keski-pohjanmaa", "step": "tunnistaminen"}),
    ("explorer", "evil-step-actor-role"): (
        [BAD_STEP, "The actor “<script>” in the link is not on this path; showing all actors."],
        {"path": "vihamielinen", "step": "s1", "actor": ""},
    ),
    ("explorer", "absolute-path-sv"): ([NOT_FOUND_SV], {"path": "kansallinen"}),
    ("explorer", "evil-paths"): ([], {"path": "keski-pohjanmaa"}),
    ("meeting", "evil-path"): ([NOT_FOUND], {"path": "keski-pohjanmaa"}),
    ("meeting", "evil-step-actor-role"): ([BAD_STEP], {"path": "vihamielinen"}),
    ("meeting", "absolute-path-sv"): ([NOT_FOUND_SV], {"path": "kansallinen"}),
    ("meeting", "evil-paths"): ([], {"path": "keski-pohjanmaa"}),
    ("onboarding", "evil-path"): (
        [NOT_FOUND],
        {"path": "keski-pohjanmaa", "role": "social-services"},
    ),
    ("onboarding", "evil-step-actor-role"): (
        [f"The actor kind “{EVIL}” in the link is not on this path; showing social services."],
        {"path": "vihamielinen", "role": "social-services"},
    ),
    ("onboarding", "absolute-path-sv"): ([NOT_FOUND_SV], {"path": "kansallinen"}),
    ("onboarding", "evil-paths"): ([], {"path": "keski-pohjanmaa"}),
    ("compare", "evil-path"): ([], {"paths": ["keski-pohjanmaa", "pohjois-pohjanmaa"]}),
    ("compare", "evil-step-actor-role"): ([], {"paths": ["keski-pohjanmaa", "pohjois-pohjanmaa"]}),
    ("compare", "absolute-path-sv"): ([], {"paths": ["kansallinen", "keski-pohjanmaa"]}),
    ("compare", "evil-paths"): (
        ["Paths in the link were not found: ../../etc/passwd, %00"],
        {"paths": ["vihamielinen"]},
    ),
}


@pytest.mark.parametrize("link", sorted(LINKS))
@pytest.mark.parametrize("page_name", sorted(USES))
def test_hostile_link_parameters_change_nothing_and_read_nothing(monkeypatch, page_name, link):
    monkeypatch.setattr("components.library.today", lambda: dt.date(2026, 11, 23))
    params, lang = LINKS[link]
    both = f"{HOSTILE}{os.pathsep}{SHIPPED}"
    at = run_page(monkeypatch, page=page_name, folder=both, lang=lang, query=params)
    text = " ".join(m.value for m in (*at.markdown, *at.warning))
    assert "root:" not in text  # /etc/passwd was never read
    said = [
        w.value.replace("\\", "") for w in at.warning if w.icon == ":material/link_off:"
    ]  # the step panel's findings are warnings too
    expected, values = EXPECTED[(page_name, link)]
    assert len(said) == len(expected), said
    for message, start in zip(said, expected, strict=True):
        assert message.startswith(start), (message, start)
    for key, value in values.items():
        widget = at.multiselect(key=key) if key == "paths" else at.selectbox(key=key)
        assert widget.value == value, key
    for key in USES[page_name] & set(params):
        if params[key] != "vihamielinen":  # replaced by a loaded one, or dropped
            assert at.query_params.get(key) != params[key]


def test_a_huge_key_does_not_become_a_huge_message():
    from polku.loader import load_text

    result = load_text("? " + "x" * 900_000 + "\n: 1\n", "k.yaml")
    assert result.errors and max(len(e.render("en")) for e in result.errors) < 400
