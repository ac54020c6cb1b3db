"""Home page logic through Streamlit's AppTest, in all three languages."""

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import FIXTURES, ROOT, dump

APP = str(ROOT / "app.py")


def run_app(monkeypatch, folder, lang=None) -> AppTest:
    monkeypatch.setenv("POLKU_PATHS", str(folder))
    at = AppTest.from_file(APP, default_timeout=30)
    if lang:
        at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    return at


def all_text(at: AppTest) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption]
    parts += [e.value for e in at.title] + [e.value for e in at.header]
    parts += [e.value for e in at.subheader] + [e.value for e in at.error]
    parts += [e.label for e in at.metric] + [e.label for e in at.expander]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize(
    "lang,heading,steps_label",
    [
        (None, "Ladatut palvelupolut", "Vaiheita"),
        ("fi", "Ladatut palvelupolut", "Vaiheita"),
        ("sv", "Inlästa servicestigar", "Steg"),
        ("en", "Loaded service paths", "Steps"),
    ],
)
def test_home_lists_every_path_in_the_chosen_language(monkeypatch, lang, heading, steps_label):
    at = run_app(monkeypatch, FIXTURES / "valid", lang)
    assert heading in [h.value for h in at.header]
    # The two files in tests/fixtures/valid, by title: minimal.yaml's Finnish-only title first.
    expected = {"sv": "Iakttagelsetest", "en": "Findings fixture"}.get(lang, "Havaintotesti")
    assert [s.value for s in at.subheader] == ["Esimerkkipolku", expected]
    # Steps per card: 2 in minimal.yaml, 5 in findings.yaml.
    assert [m.value for m in at.metric if m.label == steps_label] == ["2", "5"]
    assert at.radio(key="lang").value == (lang or "fi")


def _switch_only():
    import streamlit as st

    from components.lang import language_switch

    st.header(language_switch())


def test_switching_language_rewrites_the_link_and_the_link_wins_when_it_changes():
    # AppTest cannot rerun an st.navigation app (the second run loses the sidebar), so the
    # switch is exercised on its own here; the browser tests click it in the real app.
    at = AppTest.from_function(_switch_only)
    at.run()
    assert at.header[0].value == "fi" and at.query_params["lang"] == "fi"
    at.radio(key="lang").set_value("sv").run()
    assert at.header[0].value == "sv" and at.query_params["lang"] == "sv"
    at.query_params["lang"] = "en"  # a shared link or the back button
    at.run()
    assert at.header[0].value == "en" and at.radio(key="lang").value == "en"
    at.query_params["lang"] = "xx"  # junk in the link keeps the current language
    at.run()
    assert at.header[0].value == "en"


def test_unknown_language_in_the_link_falls_back_to_finnish(monkeypatch):
    at = run_app(monkeypatch, FIXTURES / "valid", "../../etc/passwd")
    assert "Ladatut palvelupolut" in [h.value for h in at.header]


def test_invalid_files_are_listed_with_their_messages_and_others_still_load(
    monkeypatch, tmp_path, minimal
):
    (tmp_path / "good.yaml").write_text(dump(minimal), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("format: 1\nid: [\n", encoding="utf-8")
    at = run_app(monkeypatch, tmp_path, "en")
    assert "Esimerkkipolku" in {s.value for s in at.subheader}
    assert "Invalid files" in [h.value for h in at.header]
    assert len(at.error) == 1
    assert "broken.yaml:3:1" in at.error[0].value.replace("\\", "")
    assert "not valid YAML" in at.error[0].value


def test_text_from_a_file_is_shown_literally(monkeypatch, tmp_path, minimal):
    minimal["title"] = '<script>alert(1)</script> "]; x [label="'
    minimal["region"] = "[click](javascript:alert(1)) **bold** :red[x]"
    (tmp_path / "xss.yaml").write_text(dump(minimal), encoding="utf-8")
    at = run_app(monkeypatch, tmp_path, "en")
    title = at.subheader[0].value
    # Every punctuation character is escaped, so markdown shows it as typed.
    assert title.replace("\\", "") == minimal["title"]
    assert "\\<script\\>" in title
    text = all_text(at)
    assert "\\[click\\]\\(javascript\\:alert\\(1\\)\\)" in text


def test_no_paths_gives_a_friendly_message(monkeypatch, tmp_path):
    at = run_app(monkeypatch, tmp_path, "en")
    assert any("No valid path files" in i.value for i in at.info)
