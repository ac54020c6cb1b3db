"""The hostile-input corpus in tests/hostile/: every broken file gets a clear message in all
three languages and runs nothing; the valid file full of markup and DOT syntax renders with its
text shown literally everywhere (diagram SVG, side-by-side SVG, handout PDF and HTML, tables,
summary, every page); link parameters read nothing outside the paths folders."""

import io
import os
import re
from pathlib import Path

import pypdf
import pytest

from polku.compare_diagram import build_side_by_side
from polku.describe import step_sentences
from polku.diagram import build
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
    _svg_text_is_literal(render_svg(side.dot, engine="neato"))


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


@pytest.mark.parametrize("page", ["explorer", "meeting", "onboarding", "compare"])
@pytest.mark.parametrize("lang", LANGS)
def test_every_page_renders_the_corpus_without_an_error(monkeypatch, page, lang):
    at = run_page(monkeypatch, page=page, folder=HOSTILE, lang=lang, path="vihamielinen")
    shown = [m.value for m in at.markdown] + [m.value for m in at.caption]
    for value in shown:
        assert "<script>" not in value, value  # escaped as \<script\> for Markdown
        assert "](javascript" not in value, value


USES = {
    "explorer": {"path", "step", "actor"},
    "meeting": {"path", "step"},
    "onboarding": {"path", "role"},
    "compare": {"paths"},
}
EVIL = "../../etc/passwd"


@pytest.mark.parametrize(
    "params",
    [
        {"path": EVIL},
        {"path": "vihamielinen", "step": EVIL, "actor": "<script>", "role": EVIL},
        {"path": "/etc/passwd", "lang": "../../x"},
        {"paths": f"{EVIL},vihamielinen,%00"},
    ],
)
@pytest.mark.parametrize("page", sorted(USES))
def test_hostile_link_parameters_change_nothing_and_read_nothing(monkeypatch, page, params):
    both = f"{HOSTILE}{os.pathsep}{SHIPPED}"
    at = run_page(monkeypatch, page=page, folder=both, lang="en", query=params)
    text = " ".join(m.value for m in (*at.markdown, *at.warning))
    assert "root:" not in text  # /etc/passwd was never read
    hostile = {k: v for k, v in params.items() if k in USES[page] and v != "vihamielinen"}
    if hostile:
        assert at.warning, "an unknown value in the link is said, not silently used"
    for key, value in hostile.items():
        assert at.query_params.get(key) != value  # replaced by a loaded one, or dropped


def test_a_huge_key_does_not_become_a_huge_message():
    from polku.loader import load_text

    result = load_text("? " + "x" * 900_000 + "\n: 1\n", "k.yaml")
    assert result.errors and max(len(e.render("en")) for e in result.errors) < 400
