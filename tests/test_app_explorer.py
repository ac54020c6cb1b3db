"""Explorer page logic through AppTest: deep links, walking, lens, matrix, bad links.

The page file is run on its own (as the shell would run it) because AppTest cannot rerun an
st.navigation app; the shell's language is given through session state.
"""

from functools import partial

import pytest
from streamlit.testing.v1 import AppTest

from polku.loader import load_library
from polku.text import resolve
from tests.apptest import run_page
from tests.conftest import FIXTURES, SHIPPED, dump
from tests.pathgen import generate

open_page = partial(run_page, page="explorer", folder=SHIPPED, lang="fi")


def panel_title(at: AppTest) -> str:
    return at.subheader[0].value.replace("\\", "")


def warnings(at: AppTest) -> str:
    return " ".join(w.value for w in at.warning).replace("\\", "")


def test_deep_link_reproduces_the_view(monkeypatch):
    at = open_page(monkeypatch, lang="sv", path="pohjanmaa", step="asiakasvastaava", actor="kela")
    path = load_library([SHIPPED]).paths["pohjanmaa"]
    step = path.step("asiakasvastaava")
    assert step is not None
    assert panel_title(at) == resolve(step.title, "sv", "fi").text
    assert at.selectbox(key="path").value == "pohjanmaa"
    assert at.selectbox(key="actor").value == "kela"
    assert any("uppgifter i ordning" in s.value for s in at.subheader)
    assert dict(at.query_params) == {
        "path": "pohjanmaa",
        "step": "asiakasvastaava",
        "actor": "kela",
    }


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"path": "../../etc/passwd"}, "hittades inte"),
        ({"path": "kaiku", "step": "<script>"}, "finns inte på stigen"),
        ({"path": "kaiku", "actor": "%00"}, "Aktören"),
    ],
)
def test_unknown_values_in_the_link_give_a_message_and_a_default(monkeypatch, params, expected):
    at = open_page(monkeypatch, lang="sv", **params)
    assert expected in warnings(at)
    assert at.selectbox(key="path").value in load_library([SHIPPED]).paths
    assert "passwd" not in str(dict(at.query_params)) and "<script>" not in str(
        dict(at.query_params)
    )


def test_walk_forward_to_an_exit_and_back(monkeypatch):
    at = open_page(monkeypatch, lang="en", path="kansallinen")
    first = at.query_params["step"]
    seen = [first]
    for _ in range(40):
        nexts = [b for b in at.button if b.key == "next" or str(b.key).startswith("next-")]
        if not nexts:
            break
        nexts[-1].click().run()
        seen.append(at.query_params["step"])
    assert any("The path ends at this step." in m.value for m in at.markdown)
    # Previous retraces the walk exactly, back to the entry.
    for expected in reversed(seen[:-1]):
        at.button(key="prev").click().run()
        assert at.query_params["step"] == expected


def test_the_step_selectbox_and_professional_text(monkeypatch):
    at = open_page(monkeypatch, lang="fi", path="kaiku")
    graph = load_library([SHIPPED]).graphs["kaiku"]
    last = graph.order[-1]
    at.selectbox(key="step").set_value(last).run()
    assert at.query_params["step"] == last
    assert panel_title(at) == resolve(graph.steps[last].title, "fi", "fi").text
    at.toggle(key="pro").set_value(True).run()
    assert any(c.value == "Ammattilaisen teksti" for c in at.caption)


@pytest.mark.parametrize("seed", [1, 2])
def test_any_valid_file_every_step_and_actor_appears(monkeypatch, tmp_path, seed):
    data = generate(seed)
    (tmp_path / "gen.yaml").write_text(dump(data), encoding="utf-8")
    at = open_page(monkeypatch, folder=tmp_path, lang="en")
    alt = [m.value for m in at.markdown if m.value.startswith("1. ")]
    assert alt and alt[0].count("\n") + 1 == len(data["steps"])
    assert at.selectbox(key="step").options and len(at.selectbox(key="step").options) == len(
        data["steps"]
    )
    matrix = at.dataframe[0].value
    assert len(matrix) == len(data["steps"])
    assert len(matrix.columns) == len(data["actors"])
    assert len(at.selectbox(key="actor").options) >= len(data["actors"]) + 1


def test_lens_by_kind_and_fixture(monkeypatch):
    at = open_page(
        monkeypatch, folder=FIXTURES / "valid", lang="en", path="havainnot", actor="social-services"
    )
    lens_md = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "hands the client on to: Employment (warm handoff)" in lens_md
